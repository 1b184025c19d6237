import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { CrosswalkNamesService } from '../core/crosswalk/crosswalk-names';
import { PeriodNamePipe, translatePeriodName } from '../core/i18n/period-name';
import { loadFor } from '../core/org-data/load-for';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { selectCurrentPeriod, selectPeriodsInOrder } from '../core/org-data/org-data.selectors';
import { eachOf, reportsWhere } from '../core/org-data/record-queries';
import { urlFilter } from '../core/routing/url-filter';
import { Framework, tagCode } from '../domain/crosswalk';
import { gapInPercentagePoints } from '../domain/indicator';
import { downloadCsv, downloadXlsx, ExportTable, fileSlug } from '../shared/files/export';
import { buildCrosswalkFollowUp, CrosswalkSection } from './crosswalk-follow-up';
import { CrosswalkSectionView } from './crosswalk-section';
import { previousPeriod } from './overview';

/**
 * "CEMR-uppföljning" and "Uppföljning mot Agenda 2030": per charter article (or Agenda 2030 goal,
 * then target) the plans, goals and activities tagged with it, their status in the chosen period
 * and the one before, and the goals' gender-split indicators; exportable and printable, for a
 * municipality's CEMR follow-up or its Agenda 2030 report. The route's data says which framework.
 */
@Component({
  selector: 'app-crosswalk-page',
  imports: [TranslocoPipe, PeriodNamePipe, MatButtonModule, CrosswalkSectionView],
  template: `
    <h1>{{ 'crosswalkPage.title.' + framework() | transloco }}</h1>
    <p class="no-print">{{ 'crosswalkPage.intro.' + framework() | transloco }}</p>
    @if (!ready()) {
      <p role="status">{{ 'common.loading' | transloco }}</p>
    } @else if (selected(); as period) {
      <div class="filters no-print">
        <div class="filter">
          <label for="cw-plan">{{ 'overview.plan' | transloco }}</label>
          <select id="cw-plan" (change)="choose('plan', $any($event.target).value)">
            <option value="" [selected]="!plan()">{{ 'overview.allPlans' | transloco }}</option>
            @for (p of allPlans(); track p.id) {
              <option [value]="p.id" [selected]="p.id === plan()">{{ p.title }}</option>
            }
          </select>
        </div>
        <div class="filter">
          <label for="cw-period">{{ 'common.period' | transloco }}</label>
          <select id="cw-period" (change)="choose('period', $any($event.target).value)">
            @for (p of periods(); track p.id) {
              <option [value]="p.id" [selected]="p.id === period.id">{{ p | periodName }}</option>
            }
          </select>
        </div>
      </div>
      <div class="links no-print">
        <button mat-stroked-button type="button" (click)="exportTables('csv')">
          {{ 'overview.exportCsv' | transloco }}
        </button>
        <button mat-stroked-button type="button" (click)="exportTables('xlsx')">
          {{ 'overview.exportXlsx' | transloco }}
        </button>
        <button mat-stroked-button type="button" (click)="printPage()">
          {{ 'crosswalkPage.print' | transloco }}
        </button>
      </div>
      <p>
        {{
          'crosswalkPage.periodLine'
            | transloco
              : {
                  period: (period | periodName),
                  previous: previous()
                    ? (previous()! | periodName)
                    : ('crosswalkPage.noPrevious' | transloco),
                }
        }}
      </p>
      @for (section of followUp().sections; track section.tag) {
        <app-crosswalk-section [section]="section" />
      } @empty {
        <p>{{ 'crosswalkPage.none.' + framework() | transloco }}</p>
      }
      @if (followUp().untouched.length) {
        <h2>{{ 'crosswalkPage.untouchedTitle.' + framework() | transloco }}</h2>
        <p>{{ untouchedText() }}</p>
      }
      @if (source(); as s) {
        <p class="meta source">{{ 'crosswalkPage.source' | transloco: { text: s.text } }}</p>
      }
    } @else {
      <p>{{ 'overview.noPeriods' | transloco }}</p>
    }
  `,
  styleUrl: './dashboard.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CrosswalkPage {
  private readonly store = inject(Store);
  private readonly transloco = inject(TranslocoService);
  private readonly crosswalk = inject(CrosswalkNamesService);

  /** Which follow-up: the CEMR charter's (`/cemr`) or Agenda 2030's (`/agenda-2030`); route data. */
  readonly framework = input<Framework>('cemr');
  /** Filters from the URL. */
  readonly plan = input<string>();
  readonly period = input<string>();

  private readonly structureReady = this.store.selectSignal(orgDataFeature.selectStructureReady);
  protected readonly periods = this.store.selectSignal(selectPeriodsInOrder);
  private readonly current = this.store.selectSignal(selectCurrentPeriod);
  protected readonly allPlans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  private readonly goals = this.store.selectSignal(orgDataFeature.selectAllGoals);
  private readonly activities = this.store.selectSignal(orgDataFeature.selectAllActivities);
  private readonly indicators = this.store.selectSignal(orgDataFeature.selectAllIndicators);
  private readonly reports = this.store.selectSignal(orgDataFeature.selectAllReports);

  protected readonly selected = computed(
    () => this.periods().find((p) => p.id === this.period()) ?? this.current(),
  );
  protected readonly previous = computed(() => {
    const period = this.selected();
    return period ? previousPeriod(this.periods(), period) : null;
  });
  private readonly plans = computed(() =>
    this.allPlans().filter((p) => !this.plan() || p.id === this.plan()),
  );

  /** The plans' activities and indicators, and their reports of the period and the one before. */
  private readonly data = loadFor(() => {
    const period = this.selected();
    if (!period) return this.structureReady() ? [] : null;
    const planIds = this.plans().map((p) => p.id);
    const periodIds = [period.id, this.previous()?.id];
    return planIds.flatMap((planId) => [
      { kind: 'indicators' as const, planId },
      { kind: 'activities' as const, planId },
      ...eachOf('periodId', periodIds, { planId }).map(reportsWhere),
    ]);
  });
  protected readonly ready = computed(() => this.structureReady() && this.data.ready());

  constructor() {
    void this.crosswalk.load();
  }

  protected readonly followUp = computed(() => {
    const period = this.selected();
    if (!period) return { sections: [], untouched: [] };
    const planIds = new Set(this.plans().map((p) => p.id));
    return buildCrosswalkFollowUp(this.framework(), {
      plans: this.plans(),
      goals: this.goals().filter((g) => planIds.has(g.planId)),
      activities: this.activities().filter((a) => planIds.has(a.planId)),
      indicators: this.indicators().filter((i) => planIds.has(i.planId)),
      reports: this.reports(),
      period,
      previous: this.previous(),
    });
  });

  protected readonly untouchedText = computed(() =>
    this.followUp()
      .untouched.map((tag) => this.crosswalk.text(tag))
      .join(', '),
  );
  protected readonly source = computed(() => this.crosswalk.source(this.framework()));

  /** A filter chosen: into the address. */
  protected readonly choose = urlFilter<'plan' | 'period'>();

  protected printPage(): void {
    window.print();
  }

  /** One row per goal indicator (or per goal, activity or plan without one), for CSV and Excel. */
  private tables(): ExportTable[] {
    const t = (key: string, params = {}) => this.transloco.translate(key, params);
    const status = (s: string | null) => (s ? t(`status.${s}`) : '');
    const rows: ExportTable['rows'] = [];
    const add = (section: CrosswalkSection) => {
      const head = [tagCode(section.tag), this.crosswalk.label(section.tag).name];
      for (const plan of section.plans)
        rows.push([...head, t('crosswalkPage.kind.plan'), plan.title, plan.title]);
      for (const row of section.goals) {
        const goal = [...head, t('crosswalkPage.kind.goal'), row.goal.title, row.plan.title];
        const statuses = [status(row.status), status(row.previousStatus)];
        if (row.gaps.length === 0) rows.push([...goal, ...statuses]);
        for (const gap of row.gaps) {
          const target = gap.indicator.gapTarget;
          rows.push([
            ...goal,
            ...statuses,
            gap.indicator.name,
            gap.women,
            gap.men,
            gap.gap,
            gap.previousGap,
            gapInPercentagePoints(gap.indicator.unit) ? t('units.percentagePoints') : gap.indicator.unit,
            target ? `≤ ${target.maxGap} (${target.year}): ${t(`equality.gapVerdict.${gap.verdict}`)}` : '',
            gap.analysis ?? '',
          ]);
        }
      }
      for (const row of section.activities) {
        rows.push([
          ...head,
          t('crosswalkPage.kind.activity'),
          row.activity.title,
          row.plan.title,
          status(row.status),
          status(row.previousStatus),
        ]);
      }
      section.targets.forEach(add);
    };
    this.followUp().sections.forEach(add);
    const width = 15;
    const period = this.selected();
    const source = this.source();
    return [
      {
        name: `${t(`crosswalkPage.title.${this.framework()}`)} – ${translatePeriodName(this.transloco, period)}`,
        header: [
          t(`crosswalkPage.code.${this.framework()}`),
          t('crosswalkPage.name'),
          t('crosswalkPage.kindCol'),
          t('crosswalkPage.itemTitle'),
          t('overview.plan'),
          t('crosswalkPage.status'),
          t('crosswalkPage.previousStatus'),
          t('equality.indicator'),
          t('equality.women'),
          t('equality.men'),
          t('equality.gap'),
          t('crosswalkPage.previousGap'),
          t('equality.gapUnit'),
          t('equality.gapTarget'),
          t('crosswalkPage.analysis'),
        ],
        rows: rows.map((row) => [...row, ...Array<null>(width - row.length).fill(null)]),
      },
      ...(source
        ? [
            {
              name: t('crosswalkPage.sourceTitle'),
              header: [t('crosswalkPage.sourceTitle')],
              rows: [[source.text]],
            },
          ]
        : []),
    ];
  }

  protected async exportTables(format: 'csv' | 'xlsx'): Promise<void> {
    const name = fileSlug(
      `${this.transloco.translate(`crosswalkPage.title.${this.framework()}`)}-${translatePeriodName(this.transloco, this.selected())}`,
    );
    if (format === 'csv') downloadCsv(this.tables(), `${name}.csv`);
    else await downloadXlsx(this.tables(), `${name}.xlsx`);
  }
}
