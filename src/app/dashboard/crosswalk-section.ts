import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CrosswalkNamesService } from '../core/crosswalk/crosswalk-names';
import { LocalNumberPipe } from '../core/i18n/format-pipes';
import { GapVerdict } from '../domain/equality-analysis';
import { gapInPercentagePoints, GapTrend, shownDecimals } from '../domain/indicator';
import { StatusChip } from '../shared/ui/status-chip';
import { CrosswalkSection } from './crosswalk-follow-up';

const TREND_SYMBOL: Record<GapTrend, string> = {
  narrowing: '↘',
  widening: '↗',
  unchanged: '→',
  reversed: '⇄',
  unknown: '–',
};
const VERDICT_SYMBOL: Record<GapVerdict, string> = { met: '✓', 'not-met': '✗', unknown: '–', none: '' };

/**
 * What is tagged with one CEMR article, Agenda 2030 goal or target: the plans, a table of the goals
 * (status now and the period before, their gender-split indicators with the gap, its movement, its
 * target and the equality analysis) and a table of the activities. A heading of `level`.
 */
@Component({
  selector: 'app-crosswalk-section',
  imports: [TranslocoPipe, LocalNumberPipe, StatusChip, RouterLink],
  template: `
    @let s = section();
    <section [attr.aria-labelledby]="headingId()">
      @switch (level()) {
        @case (2) {
          <h2 [id]="headingId()">{{ title() }}</h2>
        }
        @default {
          <h3 [id]="headingId()">{{ title() }}</h3>
        }
      }
      @if (part()) {
        <p class="meta">{{ 'crosswalkPage.part' | transloco: { part: part() } }}</p>
      }
      @if (s.plans.length) {
        <p>
          {{ 'crosswalkPage.plansTagged' | transloco }}
          @for (plan of s.plans; track plan.id; let last = $last) {
            <a [routerLink]="['/plans', plan.id]">{{ plan.title }}</a>{{ last ? '' : ', ' }}
          }
        </p>
      }
      @if (s.goals.length) {
        <div class="scroll">
          <table class="figures">
            <caption>
              {{
                'crosswalkPage.goalsCaption' | transloco: { name: title() }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'common.goal' | transloco }}</th>
                <th scope="col">{{ 'crosswalkPage.status' | transloco }}</th>
                <th scope="col">{{ 'crosswalkPage.previousStatus' | transloco }}</th>
                <th scope="col">{{ 'crosswalkPage.gaps' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of s.goals; track row.goal.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/plans', row.plan.id]">{{ row.goal.title }}</a>
                    <span class="meta"> ({{ row.plan.title }})</span>
                  </th>
                  <td><app-status-chip [status]="row.status" /></td>
                  <td>
                    @if (row.previousStatus) {
                      <app-status-chip [status]="row.previousStatus" />
                    } @else {
                      –
                    }
                  </td>
                  <td>
                    @if (row.gaps.length) {
                      <ul class="gaps">
                        @for (gap of row.gaps; track gap.indicator.id) {
                          @let digits = decimals(gap.indicator.unit);
                          @let unit =
                            points(gap.indicator.unit)
                              ? ('units.percentagePoints' | transloco)
                              : gap.indicator.unit;
                          <li>
                            <strong>{{ gap.indicator.name }}</strong>:
                            {{
                              'crosswalkPage.values'
                                | transloco
                                  : {
                                      women: (gap.women | localNumber: digits) || '–',
                                      men: (gap.men | localNumber: digits) || '–',
                                      unit: gap.indicator.unit,
                                    }
                            }}
                            @if (gap.gap !== null) {
                              ·
                              <span aria-hidden="true">{{ trendSymbol[gap.trend] }}</span>
                              @if (gap.trend === 'unknown') {
                                {{
                                  'crosswalkPage.gapOnly'
                                    | transloco: { gap: (gap.gap | localNumber: digits), unit }
                                }}
                              } @else {
                                {{
                                  'equality.movement.' + gap.trend
                                    | transloco
                                      : {
                                          from: (gap.previousGap | localNumber: digits),
                                          to: (gap.gap | localNumber: digits),
                                          unit,
                                        }
                                }}
                              }
                            }
                            @if (gap.indicator.gapTarget; as target) {
                              ·
                              {{
                                'equality.gapTargetText'
                                  | transloco
                                    : { max: (target.maxGap | localNumber: digits), unit, year: target.year }
                              }}:
                              <span aria-hidden="true">{{ verdictSymbol[gap.verdict] }}</span>
                              {{ 'equality.gapVerdict.' + gap.verdict | transloco }}
                            }
                            @if (gap.analysis) {
                              <p class="analysis">
                                <span class="label">{{ 'crosswalkPage.analysis' | transloco }}</span>
                                {{ gap.analysis }}
                              </p>
                            }
                          </li>
                        }
                      </ul>
                    } @else {
                      –
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      @if (s.activities.length) {
        <div class="scroll">
          <table class="figures">
            <caption>
              {{
                'crosswalkPage.activitiesCaption' | transloco: { name: title() }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'crosswalkPage.activity' | transloco }}</th>
                <th scope="col">{{ 'crosswalkPage.status' | transloco }}</th>
                <th scope="col">{{ 'crosswalkPage.previousStatus' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of s.activities; track row.activity.id) {
                <tr>
                  <th scope="row">
                    {{ row.activity.title }}<span class="meta"> ({{ row.plan.title }})</span>
                  </th>
                  <td><app-status-chip [status]="row.status" /></td>
                  <td>
                    @if (row.previousStatus) {
                      <app-status-chip [status]="row.previousStatus" />
                    } @else {
                      –
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      @for (target of s.targets; track target.tag) {
        <app-crosswalk-section [section]="target" [level]="3" />
      }
    </section>
  `,
  styles: `
    .gaps {
      margin: 0;
      padding-left: 1rem;
    }
    .analysis {
      margin: 0.25rem 0 0;
      white-space: pre-line;
    }
    .label {
      font-weight: 600;
    }
  `,
  styleUrl: './dashboard.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CrosswalkSectionView {
  private readonly crosswalk = inject(CrosswalkNamesService);

  /** The article, goal or target with what is tagged with it. */
  readonly section = input.required<CrosswalkSection>();
  /** The heading level: 2 for an article or a goal, 3 for a target under its goal. */
  readonly level = input<2 | 3>(2);

  protected readonly trendSymbol = TREND_SYMBOL;
  protected readonly verdictSymbol = VERDICT_SYMBOL;
  protected readonly decimals = shownDecimals;
  protected readonly points = gapInPercentagePoints;
  protected readonly headingId = computed(() => `tag-${this.section().tag.replace(/[^a-z0-9]+/gi, '-')}`);
  protected readonly title = computed(() => this.crosswalk.text(this.section().tag));
  /** For a charter article: the part of the charter it is in. */
  protected readonly part = computed(() => this.crosswalk.part(this.section().tag));
}
