import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { loadFor, loadReportsFor } from '../core/org-data/load-for';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LocalNumberPipe } from '../core/i18n/format-pipes';
import { LanguageService } from '../core/i18n/language';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { GENDER_COLORS } from '../shared/ui/status-colors';
import { BarChart, ChartSeries } from '../shared/ui/bar-chart';
import { indicatorTrend } from './equality';

import { gapInPercentagePoints, shownDecimals } from '../domain/indicator';
import { PeriodNamePipe, translatePeriodName } from '../core/i18n/period-name';
import { urlFilter } from '../core/routing/url-filter';
@Component({
  selector: 'app-trend-page',
  imports: [PeriodNamePipe, TranslocoPipe, LocalNumberPipe, RouterLink, BarChart],
  template: `
    <p>
      <a routerLink="/equality">← {{ 'trend.back' | transloco }}</a>
    </p>
    @if (ready() && indicator(); as indicator) {
      <h1>{{ 'trend.title' | transloco: { name: indicator.name } }}</h1>
      <p class="meta">
        {{
          'trend.meta'
            | transloco
              : {
                  goal: goalTitle(),
                  unit: indicator.unit,
                  source: indicator.koladaKpi
                    ? indicator.source + ' ' + indicator.koladaKpi
                    : indicator.source,
                }
        }}
      </p>
      <div class="filters">
        <div class="filter">
          <label for="trend-kind">{{ 'trend.kinds' | transloco }}</label>
          <select id="trend-kind" (change)="chooseKind($any($event.target).value)">
            @for (k of kindChoices; track k) {
              <option [value]="k" [selected]="k === chosenKind()">{{ 'trend.kind.' + k | transloco }}</option>
            }
          </select>
        </div>
      </div>
      <p class="meta">{{ 'trend.axisFromZero' | transloco }}</p>
      @defer (on viewport; on idle) {
        <app-bar-chart
          kind="line"
          [labels]="labels()"
          [series]="series()"
          [height]="300"
          [summary]="'trend.chart' | transloco: { name: indicator.name }"
        />
      } @placeholder {
        <div class="chart-placeholder"></div>
      }
      @if (indicator.genderDisaggregated) {
        <h2>{{ 'trend.gapTitle' | transloco }}</h2>
        @defer (on viewport; on idle) {
          <app-bar-chart
            kind="line"
            [labels]="labels()"
            [series]="gapSeries()"
            [height]="220"
            [summary]="'trend.gapChart' | transloco: { name: indicator.name }"
          />
        } @placeholder {
          <div class="chart-placeholder"></div>
        }
        <p class="meta">{{ 'trend.gapInTable' | transloco }}</p>
      }
      <div class="scroll">
        <table class="figures">
          <caption>
            {{
              indicator.name
            }}
            ({{
              indicator.unit
            }})
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'trend.period' | transloco }}</th>
              @if (indicator.genderDisaggregated) {
                <th scope="col" class="num">{{ 'equality.women' | transloco }}</th>
                <th scope="col" class="num">{{ 'equality.men' | transloco }}</th>
                <th scope="col" class="num">
                  {{ 'equality.gap' | transloco }},
                  {{
                    percentagePoints(indicator.unit) ? ('units.percentagePoints' | transloco) : indicator.unit
                  }}
                </th>
              }
              <th scope="col" class="num">{{ 'equality.total' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (point of points(); track point.period.id) {
              <tr>
                <th scope="row">{{ point.period | periodName }}</th>
                @if (indicator.genderDisaggregated) {
                  <td class="num">{{ point.women | localNumber: digits() }}</td>
                  <td class="num">{{ point.men | localNumber: digits() }}</td>
                  <td class="num">{{ point.gap | localNumber: digits() }}</td>
                }
                <td class="num">{{ point.total | localNumber: digits() }}</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{{ 'trend.baseline' | transloco: { year: indicator.baselineYear } }}</th>
              <td class="num" [attr.colspan]="indicator.genderDisaggregated ? 4 : 1">
                {{ indicator.baselineValue | localNumber: digits() }}
              </td>
            </tr>
            <tr>
              <th scope="row">{{ 'trend.target' | transloco: { year: indicator.targetYear } }}</th>
              <td class="num" [attr.colspan]="indicator.genderDisaggregated ? 4 : 1">
                {{ indicator.targetValue | localNumber: digits() }}
              </td>
            </tr>
            @if (indicator.genderDisaggregated && (indicator.genderTargets || indicator.gapTarget)) {
              <tr>
                <th scope="row">
                  {{ 'trend.genderTargetsRow' | transloco: { year: indicator.targetYear } }}
                </th>
                <td class="num">{{ indicator.genderTargets?.women ?? null | localNumber: digits() }}</td>
                <td class="num">{{ indicator.genderTargets?.men ?? null | localNumber: digits() }}</td>
                <td class="num">
                  @if (indicator.gapTarget; as target) {
                    {{
                      'trend.gapTargetCell'
                        | transloco: { max: (target.maxGap | localNumber: digits()), year: target.year }
                    }}
                  }
                </td>
                <td></td>
              </tr>
            }
          </tfoot>
        </table>
      </div>
    } @else if (ready()) {
      <h1>{{ 'nav.trend' | transloco }}</h1>
      <p>{{ 'trend.notFound' | transloco }}</p>
    } @else {
      <h1>{{ 'nav.trend' | transloco }}</h1>
      <p role="status">{{ 'common.loading' | transloco }}</p>
    }
  `,
  styleUrl: './dashboard.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendPage {
  /** A gap between two percentages is in percentage points. */
  protected readonly percentagePoints = gapInPercentagePoints;

  private readonly store = inject(Store);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  /** Route parameter. */
  readonly indicatorId = input.required<string>();

  private readonly structureReady = this.store.selectSignal(orgDataFeature.selectStructureReady);
  private readonly indicators = this.store.selectSignal(orgDataFeature.selectAllIndicators);
  private readonly goals = this.store.selectSignal(orgDataFeature.selectAllGoals);
  private readonly periods = this.store.selectSignal(orgDataFeature.selectAllPeriods);
  private readonly reports = this.store.selectSignal(orgDataFeature.selectAllReports);

  protected readonly indicator = computed(
    () => this.indicators().find((i) => i.id === this.indicatorId()) ?? null,
  );
  /** The indicator itself, read by its id. */
  private readonly found = loadFor(() => [{ kind: 'indicators', id: this.indicatorId() }]);
  /** A trend shows every period: its goal's reports of every period are read for it. */
  private readonly history = loadReportsFor(() => {
    const indicator = this.indicator();
    if (indicator) return [{ goalId: indicator.goalId }];
    return this.found.ready() ? [] : null;
  });
  protected readonly ready = computed(
    () => this.structureReady() && this.found.ready() && this.history.ready(),
  );
  protected readonly goalTitle = computed(
    () => this.goals().find((g) => g.id === this.indicator()?.goalId)?.title ?? '',
  );
  /** Like with like: one kind of period across the years (Helår by default), or every period in time order. */
  readonly kind = input<string>();
  protected readonly kindChoices = ['annual', 'interim', 'tertial1', 'all'] as const;
  protected readonly chosenKind = computed(() =>
    (this.kindChoices as readonly string[]).includes(this.kind() ?? '') ? this.kind()! : 'annual',
  );
  protected readonly points = computed(() => {
    const indicator = this.indicator();
    const kind = this.chosenKind();
    const all = indicator ? indicatorTrend(indicator, this.periods(), this.reports()) : [];
    return kind === 'all' ? all : all.filter((p) => p.period.kind === kind);
  });

  private readonly filter = urlFilter<'kind'>();
  /** Helår is the default: it is not in the address. */
  protected chooseKind(kind: string): void {
    this.filter('kind', kind === 'annual' ? null : kind);
  }
  /** Counts are whole numbers. */
  protected readonly digits = computed(() => shownDecimals(this.indicator()?.unit ?? ''));
  protected readonly labels = computed(() => {
    this.language.current();
    return this.points().map((p) => translatePeriodName(this.transloco, p.period));
  });

  /** Women, men and the total where split (the total otherwise), with dashed baseline and target lines. */
  protected readonly series = computed((): ChartSeries[] => {
    this.language.current();
    const indicator = this.indicator();
    if (!indicator) return [];
    const t = (key: string, params = {}) => this.transloco.translate(key, params);
    const points = this.points();
    const total: ChartSeries = {
      label: t('equality.total'),
      data: points.map((p) => p.total),
      color: '#1b1b1b',
    };
    const lines: ChartSeries[] = indicator.genderDisaggregated
      ? [
          { label: t('equality.women'), data: points.map((p) => p.women), color: GENDER_COLORS.women },
          { label: t('equality.men'), data: points.map((p) => p.men), color: GENDER_COLORS.men },
          total,
        ]
      : [{ ...total, color: '#0072b2' }];
    return [
      ...lines,
      {
        label: t('trend.baseline', { year: indicator.baselineYear }),
        data: points.map(() => indicator.baselineValue),
        color: '#8c8c8c',
        dashed: true,
      },
      {
        label: t('trend.target', { year: indicator.targetYear }),
        data: points.map(() => indicator.targetValue),
        color: '#009e73',
        dashed: true,
      },
      ...(indicator.genderDisaggregated && indicator.genderTargets
        ? [
            {
              label: t('trend.targetWomen', { year: indicator.targetYear }),
              data: points.map(() => indicator.genderTargets!.women),
              color: GENDER_COLORS.women,
              dashed: true,
            },
            {
              label: t('trend.targetMen', { year: indicator.targetYear }),
              data: points.map(() => indicator.genderTargets!.men),
              color: GENDER_COLORS.men,
              dashed: true,
            },
          ]
        : []),
    ];
  });

  /** The gap (women − men) per period, with its target drawn either way as dashed lines. */
  protected readonly gapSeries = computed((): ChartSeries[] => {
    this.language.current();
    const indicator = this.indicator();
    if (!indicator) return [];
    const t = (key: string, params = {}) => this.transloco.translate(key, params);
    const points = this.points();
    const unit = gapInPercentagePoints(indicator.unit) ? t('units.percentagePoints') : indicator.unit;
    const target = indicator.gapTarget;
    return [
      { label: t('trend.gapSeries'), data: points.map((p) => p.gap), color: '#1b1b1b' },
      ...(target
        ? [
            {
              label: t('trend.gapTargetLine', { max: target.maxGap, unit, year: target.year }),
              data: points.map(() => target.maxGap),
              color: '#009e73',
              dashed: true,
            },
            {
              label: t('trend.gapTargetLineOther', { max: target.maxGap, unit }),
              data: points.map(() => -target.maxGap),
              color: '#009e73',
              dashed: true,
            },
          ]
        : []),
    ];
  });
}
