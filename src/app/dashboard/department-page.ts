import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { loadReportsFor } from '../core/org-data/load-for';
import { summariesFor } from '../core/org-data/summaries-for';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LocalNumberPipe } from '../core/i18n/format-pipes';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { selectCurrentPeriod, selectPeriodsInOrder } from '../core/org-data/org-data.selectors';
import { sessionFeature } from '../core/session/session.feature';
import { StatusChip } from '../shared/ui/status-chip';
import { buildDepartmentView } from './department';
import { PeriodNamePipe } from '../core/i18n/period-name';

import { urlFilter } from '../core/routing/url-filter';
@Component({
  selector: 'app-department-page',
  imports: [PeriodNamePipe, TranslocoPipe, LocalNumberPipe, RouterLink, StatusChip],
  template: `
    <h1>{{ 'departmentView.title' | transloco }}</h1>
    <p>{{ 'departmentView.intro' | transloco }}</p>
    @if (!ready()) {
      <p role="status">{{ 'common.loading' | transloco }}</p>
    } @else if (selectedPeriod(); as period) {
      <div class="filters">
        <div class="filter">
          <label for="dv-department">{{ 'departmentView.choose' | transloco }}</label>
          <select id="dv-department" (change)="choose('department', $any($event.target).value)">
            @for (d of departments(); track d.id) {
              <option [value]="d.id" [selected]="d.id === view()?.department?.id">{{ d.name }}</option>
            }
          </select>
        </div>
        <div class="filter">
          <label for="dv-period">{{ 'common.period' | transloco }}</label>
          <select id="dv-period" (change)="choose('period', $any($event.target).value)">
            @for (p of periods(); track p.id) {
              <option [value]="p.id" [selected]="p.id === period.id">{{ p | periodName }}</option>
            }
          </select>
        </div>
      </div>
      @if (view(); as view) {
        <p>
          <strong>{{ 'overview.completeness' | transloco }}:</strong>
          {{
            'overview.completenessValue'
              | transloco
                : {
                    reported: view.completeness.reported,
                    expected: view.completeness.expected,
                    percent: ((view.completeness.ratio ?? 0) * 100 | localNumber: 0),
                  }
          }}
        </p>
        @for (entry of view.plans; track entry.plan.id) {
          <section [attr.aria-labelledby]="'dv-' + entry.plan.id">
            <h2 [id]="'dv-' + entry.plan.id">{{ entry.plan.title }}</h2>
            <div class="scroll">
              <table class="figures">
                <thead>
                  <tr>
                    <th scope="col">{{ 'common.goal' | transloco }}</th>
                    <th scope="col">{{ 'overview.area' | transloco }}</th>
                    <th scope="col">{{ 'departmentView.role' | transloco }}</th>
                    <th scope="col">{{ 'departmentView.goalStatus' | transloco }}</th>
                    <th scope="col">{{ 'departmentView.ownReport' | transloco }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (item of entry.goals; track item.goal.id) {
                    <tr>
                      <th scope="row">
                        @if (item.report) {
                          <a
                            [routerLink]="['/reporting', period.id, item.goal.id, item.report.departmentId]"
                            >{{ item.goal.title }}</a
                          >
                        } @else {
                          {{ item.goal.title }}
                        }
                      </th>
                      <td>{{ item.area?.title }}</td>
                      <td>{{ 'reporting.' + item.role | transloco }}</td>
                      <td><app-status-chip [status]="item.status" /></td>
                      <td>
                        @if (item.report; as report) {
                          {{ 'state.' + report.state | transloco }}
                          @if (item.role === 'contributing') {
                            · {{ 'departmentView.contributionStatus' | transloco }}
                            <app-status-chip [status]="report.status" />
                          }
                        } @else {
                          {{ 'departmentView.notSubmitted' | transloco }}
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </section>
        } @empty {
          <p>{{ 'departmentView.none' | transloco }}</p>
        }
      }
    } @else {
      <p>{{ 'overview.noPeriods' | transloco }}</p>
    }
  `,
  styleUrl: './dashboard.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentPage {
  private readonly store = inject(Store);

  /** Filters from the URL. */
  readonly department = input<string>();
  readonly period = input<string>();

  protected readonly periods = this.store.selectSignal(selectPeriodsInOrder);
  private readonly current = this.store.selectSignal(selectCurrentPeriod);
  protected readonly departments = this.store.selectSignal(orgDataFeature.selectAllDepartments);
  private readonly member = this.store.selectSignal(sessionFeature.selectMember);
  private readonly plans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  private readonly areas = this.store.selectSignal(orgDataFeature.selectAllFocusAreas);
  private readonly goals = this.store.selectSignal(orgDataFeature.selectAllGoals);
  private readonly allReports = this.store.selectSignal(orgDataFeature.selectAllReports);
  private readonly structureReady = this.store.selectSignal(orgDataFeature.selectStructureReady);

  protected readonly selectedPeriod = computed(
    () => this.periods().find((p) => p.id === this.period()) ?? this.current(),
  );
  /** The chosen department; the person's own first, else the first in the list. */
  private readonly selectedDepartment = computed(() => {
    const id = this.department() ?? this.member()?.departmentIds[0];
    return this.departments().find((d) => d.id === id) ?? this.departments().at(0) ?? null;
  });
  /** The department's own reports of the period, and every goal's status from the summaries. */
  private readonly reports = loadReportsFor(() => {
    const period = this.selectedPeriod();
    const department = this.selectedDepartment();
    if (period && department) return [{ departmentId: department.id, periodId: period.id }];
    return this.structureReady() ? [] : null;
  });
  private readonly summaries = summariesFor(() => [this.selectedPeriod()]);
  protected readonly ready = computed(
    () => this.structureReady() && this.reports.ready() && this.summaries.ready(),
  );

  protected readonly view = computed(() => {
    const period = this.selectedPeriod();
    const department = this.selectedDepartment();
    if (!period || !department) return null;
    return buildDepartmentView(
      department,
      period,
      this.plans(),
      this.areas(),
      this.goals(),
      this.departments(),
      this.allReports(),
      this.summaries.factsOf(period.id).lead,
    );
  });

  /** A filter chosen: into the address. */
  protected readonly choose = urlFilter<'department' | 'period'>();
}
