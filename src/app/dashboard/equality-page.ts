import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { loadReportsFor } from '../core/org-data/load-reports-for';
import { eachOf } from '../core/org-data/report-queries';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { LocalNumberPipe } from '../core/i18n/format-pipes';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { selectCurrentPeriod, selectPeriodsInOrder } from '../core/org-data/org-data.selectors';
import { gapInPercentagePoints, GapTrend } from '../domain/indicator';
import { buildEqualityRows } from './equality';
import { downloadCsv, downloadXlsx, ExportTable } from '../shared/files/export';
import { previousPeriod } from './overview';
import { PeriodNamePipe, translatePeriodName } from '../core/i18n/period-name';

const TREND_SYMBOL: Record<GapTrend, string> = {
  narrowing: '↘',
  widening: '↗',
  unchanged: '→',
  reversed: '⇄',
  unknown: '–',
};

@Component({
  selector: 'app-equality-page',
  imports: [PeriodNamePipe, TranslocoPipe, LocalNumberPipe, RouterLink, MatButtonModule],
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
                <th scope="col" class="num">{{ 'equality.total' | transloco }}</th>
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
                    <span class="unit">({{ row.indicator.unit }})</span>
                  </th>
                  <td class="num">{{ row.women | localNumber: 2 }}</td>
                  <td class="num">{{ row.men | localNumber: 2 }}</td>
                  <td class="num">
                    @if (row.gap !== null) {
                      {{ row.gap | localNumber: 2 }}
                      {{
                        percentagePoints(row.indicator.unit)
                          ? ('units.percentagePoints' | transloco)
                          : row.indicator.unit
                      }}
                    }
                  </td>
                  <td>
                    <span aria-hidden="true">{{ symbol[row.trend] }}</span>
                    {{ 'equality.gapTrend.' + row.trend | transloco }}
                  </td>
                  <td class="num">{{ row.total | localNumber: 2 }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p>{{ 'equality.none' | transloco }}</p>
      }
    } @else {
      <p>{{ 'overview.noPeriods' | transloco }}</p>
    }
  `,
  styleUrl: './dashboard.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EqualityPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  /** Filters from the URL. */
  readonly plan = input<string>();
  readonly period = input<string>();

  protected readonly symbol = TREND_SYMBOL;
  /** A gap between two percentages is in percentage points. */
  protected readonly percentagePoints = gapInPercentagePoints;
  private readonly storeReady = this.store.selectSignal(orgDataFeature.selectReady);
  private readonly structureReady = this.store.selectSignal(orgDataFeature.selectStructureReady);
  protected readonly ready = computed(() => this.storeReady() && this.planReports.ready());
  protected readonly periods = this.store.selectSignal(selectPeriodsInOrder);
  private readonly current = this.store.selectSignal(selectCurrentPeriod);
  protected readonly plans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  private readonly indicators = this.store.selectSignal(orgDataFeature.selectAllIndicators);
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
  /** The plan's reports of the period and the one before (for the trend arrow). */
  private readonly planReports = loadReportsFor(() => {
    const planId = this.planId();
    const period = this.selected();
    if (!planId || !period) return this.structureReady() ? [] : null;
    return eachOf('periodId', [period.id, previousPeriod(this.periods(), period)?.id], { planId });
  });
  protected readonly rows = computed(() => {
    const period = this.selected();
    if (!period) return [];
    const indicators = this.indicators().filter((i) => i.planId === this.planId());
    return buildEqualityRows(indicators, this.reports(), period, previousPeriod(this.periods(), period));
  });

  protected choose(name: 'plan' | 'period', value: string): void {
    void this.router.navigate([], {
      queryParams: { [name]: value || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

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
        t('equality.total'),
        t('equality.gapUnit'),
      ],
      rows: this.rows().map((r) => [
        r.indicator.name,
        r.indicator.unit,
        r.women,
        r.men,
        r.gap,
        t(`equality.gapTrend.${r.trend}`),
        r.total,
        gapInPercentagePoints(r.indicator.unit) ? t('units.percentagePoints') : r.indicator.unit,
      ]),
    };
    const name = `jamstalldhet-${(period?.name ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    if (format === 'csv') downloadCsv([table], `${name}.csv`);
    else await downloadXlsx([table], `${name}.xlsx`);
  }
}
