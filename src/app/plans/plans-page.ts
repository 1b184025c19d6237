import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { sessionFeature } from '../core/session/session.feature';
import { can } from '../domain/policy';
import { Store } from '@ngrx/store';
import { LocalDatePipe } from '../core/i18n/format-pipes';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { summariesFor } from '../core/org-data/summaries-for';
import { selectCurrentPeriod } from '../core/org-data/org-data.selectors';
import { StatusChip } from '../shared/ui/status-chip';
import { selectPlanTree } from './plans.selectors';
import { PeriodNamePipe } from '../core/i18n/period-name';

@Component({
  selector: 'app-plans-page',
  imports: [PeriodNamePipe, TranslocoPipe, LocalDatePipe, StatusChip, RouterLink, MatButtonModule],
  template: `
    <h1>{{ 'plans.title' | transloco }}</h1>
    @if (canEdit()) {
      <p>
        <a mat-flat-button routerLink="/plans/new">{{ 'planForm.new' | transloco }}</a>
        <a mat-stroked-button routerLink="/plans/kolada">{{ 'koladaImport.link' | transloco }}</a>
      </p>
    }
    @if (!ready()) {
      <p role="status">{{ 'common.loading' | transloco }}</p>
    } @else {
      @if (period(); as period) {
        <p>{{ 'plans.statusFor' | transloco: { period: (period | periodName) } }}</p>
      }
      @for (node of tree(); track node.plan.id) {
        <section class="plan" [attr.aria-labelledby]="'plan-' + node.plan.id">
          <h2 [id]="'plan-' + node.plan.id">
            <a [routerLink]="['/plans', node.plan.id]">{{ node.plan.title }}</a>
          </h2>
          @if (canEdit()) {
            <a [routerLink]="['/plans', node.plan.id, 'edit']">{{
              'planForm.edit' | transloco: { title: node.plan.title }
            }}</a>
          }
          <p class="meta">
            <span class="tag">{{ 'theme.' + node.plan.theme | transloco }}</span>
            <span class="tag">{{ 'planStatus.' + node.plan.status | transloco }}</span>
            {{ 'plans.validity' | transloco: { from: node.plan.validFrom, to: node.plan.validTo } }}
            @if (node.plan.decisionRef) {
              · {{ 'plans.decision' | transloco: { ref: node.plan.decisionRef }
              }}{{ node.plan.adoptedOn ? ',' : '' }}
            }
            @if (node.plan.adoptedOn) {
              @if (!node.plan.decisionRef) {
                ·
              }
              <span class="nowrap">{{
                'plans.adopted' | transloco: { date: (node.plan.adoptedOn | localDate) }
              }}</span>
            }
          </p>
          <p>{{ node.plan.description }}</p>
          <p class="counts">
            {{ 'plans.counts' | transloco: { areas: node.areas.length, goals: node.goalCount } }}
          </p>
          @for (entry of node.areas; track entry.area.id) {
            <details>
              <summary>
                <span class="area-title">{{ entry.area.title }}</span>
                <span class="area-count">{{
                  'plans.goalCount' | transloco: { count: entry.goals.length }
                }}</span>
              </summary>
              <ul class="goals">
                @for (item of entry.goals; track item.goal.id) {
                  <li>
                    <app-status-chip [status]="item.status" />
                    <span class="goal-title">{{ item.goal.title }}</span>
                    <span class="lead">{{ 'plans.lead' | transloco: { name: item.leadName } }}</span>
                  </li>
                }
              </ul>
            </details>
          }
        </section>
      } @empty {
        <p>{{ 'plans.none' | transloco }}</p>
      }
    }
  `,
  styles: `
    .plan {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 0 1rem 1rem;
      margin-bottom: 1.5rem;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .tag {
      display: inline-block;
      padding: 0 0.5em;
      margin-right: 0.4em;
      border-radius: 4px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    details {
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding: 0.5rem 0;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      display: flex;
      gap: 1rem;
      flex-wrap: wrap;
    }
    .area-count {
      font-weight: 400;
      color: var(--mat-sys-on-surface-variant);
    }
    .goals {
      list-style: none;
      padding: 0;
      li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: baseline;
        padding: 0.4rem 0;
      }
    }
    .lead {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlansPage {
  private readonly store = inject(Store);
  private readonly structureReady = this.store.selectSignal(orgDataFeature.selectStructureReady);
  protected readonly tree = this.store.selectSignal(selectPlanTree);
  protected readonly period = this.store.selectSignal(selectCurrentPeriod);
  /** Each goal's status comes from the plans' summaries of the current period. */
  private readonly summaries = summariesFor(() => [this.period()]);
  /**
   * The plans with their goals and statuses. Indicators and activities are counted on each plan's
   * page: a region has 40 000 of each, and the list does not read them.
   */
  protected readonly ready = computed(() => this.structureReady() && this.summaries.ready());
  private readonly member = this.store.selectSignal(sessionFeature.selectMember);
  protected readonly canEdit = computed(() => can(this.member(), 'update', { kind: 'plans' }));
}
