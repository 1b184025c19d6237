import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { loadFor } from '../core/org-data/load-for';
import { eachOf, reportsWhere } from '../core/org-data/record-queries';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { LocalNumberPipe } from '../core/i18n/format-pipes';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { selectCurrentPeriod, selectPeriodsInOrder } from '../core/org-data/org-data.selectors';
import { gapInPercentagePoints, GapTrend, shownDecimals } from '../domain/indicator';
import { buildEqualityRows, EqualityRow } from './equality';
import { ComparisonRow, koladaComparisons } from '../domain/kolada-api';
import { LanguageService } from '../core/i18n/language';
import { formatDate } from '../core/i18n/format';
import { GapVerdict, gapTargetVerdict, genderTargetVerdicts } from '../domain/equality-analysis';
import { KoladaComparisons } from '../core/kolada/kolada-comparisons';
import { sessionFeature } from '../core/session/session.feature';
import { downloadCsv, downloadXlsx, ExportTable } from '../shared/files/export';
import { PeriodNamePipe, translatePeriodName } from '../core/i18n/period-name';

const TREND_SYMBOL: Record<GapTrend, string> = {
  narrowing: '↘',
  widening: '↗',
  unchanged: '→',
  reversed: '⇄',
  unknown: '–',
};

import { urlFilter } from '../core/routing/url-filter';
@Component({
  selector: 'app-equality-page',
  imports: [PeriodNamePipe, TranslocoPipe, LocalNumberPipe, RouterLink, MatButtonModule, KoladaComparisons],
  template: `
    <h1>{{ 'equality.title' | transloco }}</h1>
    <p>{{ 'equality.intro' | transloco }}</p>
    @if (!ready()) {
      <p role="status">{{ 'common.loading' | transloco }}</p>
    } @else if (selected(); as period) {
      <div class="filters">
        <div class="filter">
          <label for="eq-plan">{{ 'overview.plan' | transloco }}</label>
          <select id="eq-plan" (change)="choose('plan', $any($event.target).value)">
            @for (p of plans(); track p.id) {
              <option [value]="p.id" [selected]="p.id === planId()">{{ p.title }}</option>
            }
          </select>
        </div>
        <div class="filter">
          <label for="eq-period">{{ 'common.period' | transloco }}</label>
          <select id="eq-period" (change)="choose('period', $any($event.target).value)">
            @for (p of periods(); track p.id) {
              <option [value]="p.id" [selected]="p.id === period.id">{{ p | periodName }}</option>
            }
          </select>
        </div>
      </div>
      @if (rows().length > 0) {
        <div class="links">
          <a routerLink="/cemr" [queryParams]="{ plan: planId(), period: period.id }">{{
            'crosswalkPage.title.cemr' | transloco
          }}</a>
          <button mat-stroked-button type="button" (click)="exportTable('csv')">
            {{ 'overview.exportCsv' | transloco }}
          </button>
          <button mat-stroked-button type="button" (click)="exportTable('xlsx')">
            {{ 'overview.exportXlsx' | transloco }}
          </button>
        </div>
        <div class="scroll">
          <table class="figures">
            <caption>
              {{
                planTitle()
              }}
              –
              {{
                period | periodName
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'equality.indicator' | transloco }}</th>
                <th scope="col" class="num">{{ 'equality.women' | transloco }}</th>
                <th scope="col" class="num">{{ 'equality.men' | transloco }}</th>
                <th scope="col" class="num">{{ 'equality.gap' | transloco }}</th>
                <th scope="col">{{ 'equality.trendCol' | transloco }}</th>
                <th scope="col">{{ 'equality.gapTarget' | transloco }}</th>
                <th scope="col">{{ 'equality.genderTargets' | transloco }}</th>
                <th scope="col" class="num">{{ 'equality.total' | transloco }}</th>
                <th scope="col">{{ 'equality.valuePeriod' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.indicator.id) {
                <tr>
                  <th scope="row">
                    <a
                      [routerLink]="['/trend', row.indicator.id]"
                      [attr.aria-label]="'equality.showTrend' | transloco: { name: row.indicator.name }"
                      >{{ row.indicator.name }}</a
                    >
                    {{ ' ' }}<span class="unit">({{ row.indicator.unit }})</span>
                  </th>
                  @let digits = decimals(row.indicator.unit);
                  @let unit =
                    percentagePoints(row.indicator.unit)
                      ? ('units.percentagePoints' | transloco)
                      : row.indicator.unit;
                  <td class="num">{{ row.women | localNumber: digits }}</td>
                  <td class="num">{{ row.men | localNumber: digits }}</td>
                  <td class="num">
                    @if (row.gap !== null) {
                      {{ row.gap | localNumber: digits }}&nbsp;{{ unit }}
                    }
                  </td>
                  <td>
                    <span aria-hidden="true">{{ symbol[row.trend] }}</span>
                    @if (row.trend === 'unknown') {
                      {{ 'equality.gapTrend.unknown' | transloco }}
                    } @else {
                      {{
                        'equality.movement.' + row.trend
                          | transloco
                            : {
                                from: (row.previousGap | localNumber: digits),
                                to: (row.gap | localNumber: digits),
                                unit,
                              }
                      }}
                    }
                  </td>
                  <td>
                    @if (row.indicator.gapTarget; as target) {
                      @let verdict = verdictOf(row.gap, target);
                      {{
                        'equality.gapTargetText'
                          | transloco
                            : { max: (target.maxGap | localNumber: digits), unit, year: target.year }
                      }}:
                      <span aria-hidden="true">{{ verdictSymbol[verdict] }}</span>
                      {{ 'equality.gapVerdict.' + verdict | transloco }}
                    } @else {
                      –
                    }
                  </td>
                  <td>
                    @if (genderVerdicts(row); as verdicts) {
                      @for (who of genders; track who) {
                        <span class="target">
                          {{
                            'equality.genderTargetText'
                              | transloco
                                : {
                                    who: ('equality.' + who + '_lc' | transloco),
                                    target: (row.indicator.genderTargets![who] | localNumber: digits),
                                    year: row.indicator.targetYear,
                                  }
                          }}:
                          <span aria-hidden="true">{{ verdictSymbol[verdicts[who]] }}</span>
                          {{ 'equality.gapVerdict.' + verdicts[who] | transloco }}
                        </span>
                      }
                    } @else {
                      –
                    }
                  </td>
                  <td class="num">{{ row.total | localNumber: digits }}</td>
                  <td>
                    @if (row.valuePeriod; as from) {
                      <span [class.earlier]="from.id !== period.id">{{ from | periodName }}</span>
                      <span class="meta">
                        ({{
                          'equality.reportedBy' | transloco: { name: departmentName(row.departmentId) }
                        }})</span
                      >
                    } @else {
                      {{ 'equality.notReported' | transloco }}
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p>{{ 'equality.none' | transloco }}</p>
      }
      <app-kolada-comparisons [comparisons]="comparisons()" [municipality]="municipality()" />
    } @else {
      <p>{{ 'overview.noPeriods' | transloco }}</p>
    }
  `,
  styleUrl: './dashboard.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EqualityPage {
  private readonly store = inject(Store);
  private readonly transloco = inject(TranslocoService);

  /** Filters from the URL. */
  readonly plan = input<string>();
  readonly period = input<string>();

  protected readonly symbol = TREND_SYMBOL;
  protected readonly verdictSymbol: Record<GapVerdict, string> = {
    met: '✓',
    'not-met': '✗',
    unknown: '–',
    none: '',
  };
  protected readonly verdictOf = gapTargetVerdict;
  protected readonly genders = ['women', 'men'] as const;
  protected genderVerdicts(row: EqualityRow) {
    return genderTargetVerdicts(row.indicator, row.women, row.men);
  }
  /** A gap between two percentages is in percentage points. */
  protected readonly percentagePoints = gapInPercentagePoints;
  /** Counts are whole numbers. */
  protected readonly decimals = shownDecimals;
  private readonly structureReady = this.store.selectSignal(orgDataFeature.selectStructureReady);
  protected readonly ready = computed(() => this.structureReady() && this.planData.ready());
  protected readonly periods = this.store.selectSignal(selectPeriodsInOrder);
  private readonly current = this.store.selectSignal(selectCurrentPeriod);
  protected readonly plans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  private readonly indicators = this.store.selectSignal(orgDataFeature.selectAllIndicators);
  private readonly departments = this.store.selectSignal(orgDataFeature.selectAllDepartments);
  protected departmentName(id: string | null): string {
    return this.departments().find((d) => d.id === id)?.name ?? id ?? '';
  }
  private readonly reports = this.store.selectSignal(orgDataFeature.selectAllReports);

  /** The chosen plan; the gender-equality plan by default. */
  protected readonly planId = computed(
    () => this.plan() ?? this.plans().find((p) => p.theme === 'gender-equality')?.id ?? this.plans()[0]?.id,
  );
  protected readonly planTitle = computed(
    () => this.plans().find((p) => p.id === this.planId())?.title ?? '',
  );
  protected readonly selected = computed(
    () => this.periods().find((p) => p.id === this.period()) ?? this.current(),
  );
  /**
   * The plan's indicators, and its reports of the period and the ones before it, back to a year's
   * cycle: the latest reported value, and the one before it for the movement of the gap.
   */
  private readonly planData = loadFor(() => {
    const planId = this.planId();
    const period = this.selected();
    if (!planId || !period) return this.structureReady() ? [] : null;
    return [
      { kind: 'indicators', planId },
      { kind: 'measurements', planId },
      ...eachOf('periodId', this.lookBack(period.id), { planId }).map(reportsWhere),
    ];
  });
  private readonly measurements = this.store.selectSignal(orgDataFeature.selectAllMeasurements);
  private readonly language = inject(LanguageService);
  private readonly session = this.store.selectSignal(sessionFeature.selectSession);
  protected readonly municipality = computed(() => this.session()?.organisation.name ?? '');
  /** The plan's Kolada-linked indicators beside the county, the country and the comparison group. */
  protected readonly comparisons = computed(() => {
    const planId = this.planId();
    return koladaComparisons(
      this.indicators().filter((i) => i.planId === planId),
      this.measurements().filter((m) => m.planId === planId),
    );
  });
  protected readonly rows = computed(() => {
    const period = this.selected();
    if (!period) return [];
    const indicators = this.indicators().filter((i) => i.planId === this.planId());
    const periods = this.periods().filter((p) => this.lookBack(period.id).includes(p.id));
    return buildEqualityRows(indicators, this.reports(), periods, period);
  });

  /** The chosen period and up to five before it (a year and a half of the standard cycle). */
  private lookBack(periodId: string): string[] {
    const started = this.periods().filter((p) => p.state !== 'planned' || p.id === periodId);
    const index = started.findIndex((p) => p.id === periodId);
    return started.slice(Math.max(0, index - 5), index + 1).map((p) => p.id);
  }

  /** "kvinnor 85: uppfyllt, män 80: inte uppfyllt" for the export (empty without such targets). */
  private genderTargetsText(row: EqualityRow): string {
    const verdicts = genderTargetVerdicts(row.indicator, row.women, row.men);
    const targets = row.indicator.genderTargets;
    if (!verdicts || !targets) return '';
    const t = (key: string) => this.transloco.translate(key);
    return this.genders
      .map(
        (who) => `${t(`equality.${who}_lc`)} ${targets[who]}: ${t(`equality.gapVerdict.${verdicts[who]}`)}`,
      )
      .join(', ');
  }

  /** A filter chosen: into the address. */
  protected readonly choose = urlFilter<'plan' | 'period'>();

  protected async exportTable(format: 'csv' | 'xlsx'): Promise<void> {
    const t = (key: string) => this.transloco.translate(key);
    const period = this.selected();
    const table: ExportTable = {
      name: `${t('equality.title')} – ${translatePeriodName(this.transloco, period)}`,
      header: [
        t('equality.indicator'),
        t('equality.unit'),
        t('equality.women'),
        t('equality.men'),
        t('equality.gap'),
        t('equality.trendCol'),
        t('equality.gapTarget'),
        t('equality.genderTargets'),
        t('equality.total'),
        t('equality.gapUnit'),
        t('equality.valuePeriod'),
        t('koladaComparison.source'),
      ],
      rows: this.rows().map((r) => [
        r.indicator.name,
        r.indicator.unit,
        r.women,
        r.men,
        r.gap,
        t(`equality.gapTrend.${r.trend}`),
        r.indicator.gapTarget
          ? `≤ ${r.indicator.gapTarget.maxGap} (${r.indicator.gapTarget.year}): ${t(`equality.gapVerdict.${gapTargetVerdict(r.gap, r.indicator.gapTarget)}`)}`
          : '',
        this.genderTargetsText(r),
        r.total,
        gapInPercentagePoints(r.indicator.unit) ? t('units.percentagePoints') : r.indicator.unit,
        translatePeriodName(this.transloco, r.valuePeriod),
        r.valuePeriod
          ? this.transloco.translate('planDetail.reportSource', {
              department: this.departmentName(r.departmentId),
              period: translatePeriodName(this.transloco, r.valuePeriod),
            })
          : '',
      ]),
    };
    // The Kolada comparison too, each value with its source, as Kolada's terms ask.
    const locale = this.language.locale();
    const place = (row: ComparisonRow) =>
      row.place === 'own'
        ? this.municipality()
        : row.place === 'group'
          ? row.name
          : t(`koladaComparison.${row.place}`);
    const comparison: ExportTable = {
      name: t('koladaComparison.title'),
      header: [
        t('equality.indicator'),
        t('koladaImport.year'),
        t('koladaComparison.place'),
        t('equality.women'),
        t('equality.men'),
        t('equality.gap'),
        t('equality.gapUnit'),
        t('koladaComparison.source'),
      ],
      rows: this.comparisons().flatMap((c) =>
        c.rows.map((row) => [
          c.indicator.name,
          c.measurement.year,
          place(row),
          row.women,
          row.men,
          row.gap,
          gapInPercentagePoints(c.indicator.unit) ? t('units.percentagePoints') : c.indicator.unit,
          this.transloco.translate('planDetail.koladaSource', {
            kpi: c.kpi,
            date: formatDate(c.measurement.fetchedAt ?? '', locale),
          }),
        ]),
      ),
    };
    const tables = comparison.rows.length > 0 ? [table, comparison] : [table];
    const name = `jamstalldhet-${(period?.name ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    if (format === 'csv') downloadCsv(tables, `${name}.csv`);
    else await downloadXlsx(tables, `${name}.xlsx`);
  }
}
