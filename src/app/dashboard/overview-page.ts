import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { summariesFor } from '../core/org-data/summaries-for';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LocalNumberPipe } from '../core/i18n/format-pipes';
import { LanguageService } from '../core/i18n/language';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { selectCurrentPeriod, selectPeriodsInOrder } from '../core/org-data/org-data.selectors';
import { GOAL_STATUSES } from '../domain/model';
import { gapInPercentagePoints } from '../domain/indicator';
import { StatusCounts } from '../domain/status';
import { BarChart, ChartSeries } from '../shared/ui/bar-chart';
import { STATUS_COLORS } from '../shared/ui/status-colors';
import { StatusChip } from '../shared/ui/status-chip';
import { downloadCsv, downloadXlsx, ExportTable, fileSlug } from '../shared/files/export';
import { buildOverviewFromFacts, Overview, previousPeriod } from './overview';
import { AttentionList } from './attention-list';
import { FilterOption, FilterSelect } from '../shared/ui/filter-select';
import { DepartmentCompleteness } from './department-completeness';
import { PeriodNamePipe, translatePeriodName } from '../core/i18n/period-name';

import { urlFilter } from '../core/routing/url-filter';
import { loadFor } from '../core/org-data/load-for';
import { CrosswalkNamesService } from '../core/crosswalk/crosswalk-names';
import { frameworkOf, matchesTag, sdgGoalOf, sortTags } from '../domain/crosswalk';
import { widenedGaps } from './crosswalk-follow-up';
import { WidenedGaps } from './widened-gaps';

/** Without a plan chosen, the overview lists this many of the gaps that widened (the widest). */
const WIDENED_SHOWN = 20;
@Component({
  selector: 'app-overview-page',
  imports: [
    PeriodNamePipe,
    TranslocoPipe,
    LocalNumberPipe,
    StatusChip,
    BarChart,
    RouterLink,
    MatButtonModule,
    AttentionList,
    FilterSelect,
    DepartmentCompleteness,
    WidenedGaps,
  ],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly store = inject(Store);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  /** Filters from the URL, so a link shows the same view. */
  readonly period = input<string>();
  readonly plan = input<string>();
  readonly theme = input<string>();
  readonly area = input<string>();
  /** A CEMR article or Agenda 2030 goal or target (`cemr:11`, `sdg:5`, `sdg:5.5`). */
  readonly tag = input<string>();
  private readonly crosswalk = inject(CrosswalkNamesService);

  protected readonly statuses = GOAL_STATUSES;
  private readonly structureReady = this.store.selectSignal(orgDataFeature.selectStructureReady);
  protected readonly periods = this.store.selectSignal(selectPeriodsInOrder);
  private readonly current = this.store.selectSignal(selectCurrentPeriod);
  protected readonly allPlans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  private readonly areas = this.store.selectSignal(orgDataFeature.selectAllFocusAreas);
  private readonly goals = this.store.selectSignal(orgDataFeature.selectAllGoals);
  private readonly departments = this.store.selectSignal(orgDataFeature.selectAllDepartments);

  protected readonly selected = computed(
    () => this.periods().find((p) => p.id === this.period()) ?? this.current(),
  );
  protected readonly previous = computed(() => {
    const period = this.selected();
    return period ? previousPeriod(this.periods(), period) : null;
  });
  /** The figures come from the plans' summaries of the two periods, not from every report. */
  private readonly summaries = summariesFor(() => [this.selected(), this.previous()]);
  protected readonly ready = computed(() => this.structureReady() && this.summaries.ready());
  protected readonly overview = computed(() => {
    const period = this.selected();
    if (!period) return null;
    const previous = this.previous();
    const overview = buildOverviewFromFacts({
      period,
      previous,
      plans: this.filteredPlans(),
      areas: this.areas(),
      goals: this.filteredGoals(),
      departments: this.departments(),
      current: this.summaries.factsOf(period.id),
      before: previous ? this.summaries.factsOf(previous.id) : null,
    });
    const area = this.area();
    if (!area) return overview;
    // One focus area: its row and its goals needing attention.
    return {
      ...overview,
      plans: overview.plans.map((p) => ({
        ...p,
        areas: p.areas.filter((a) => a.area.id === area),
        attention: p.attention.filter((a) => a.goal.focusAreaId === area),
      })),
    };
  });

  protected readonly themes = ['integration', 'gender-equality', 'other'] as const;
  protected readonly themeOptions: FilterOption[] = this.themes.map((t) => ({
    value: t,
    label: `theme.${t}`,
    key: true,
  }));
  protected readonly planOptions = computed(() =>
    this.allPlans().map((p): FilterOption => ({ value: p.id, label: p.title })),
  );
  protected readonly areaChoices = computed(() =>
    this.areaOptions().map((a): FilterOption => ({ value: a.id, label: a.title })),
  );
  /** The plans chosen by plan and theme (and, with an article or goal chosen, having goals under it). */
  private readonly filteredPlans = computed(() => {
    const tag = this.tag();
    const tagged = new Set(this.filteredGoals().map((g) => g.planId));
    return this.plansInView().filter((p) => !tag || tagged.has(p.id));
  });
  private readonly plansInView = computed(() =>
    this.allPlans().filter(
      (p) => (!this.plan() || p.id === this.plan()) && (!this.theme() || p.theme === this.theme()),
    ),
  );
  /** The goals under the chosen CEMR article or Agenda 2030 goal or target (all without one). */
  private readonly filteredGoals = computed(() => {
    const tag = this.tag();
    return tag ? this.goals().filter((g) => matchesTag(g.tags, tag)) : this.goals();
  });
  /** The articles, goals and targets the goals in view are tagged with (a target's goal too). */
  protected readonly tagOptions = computed(() => {
    const planIds = new Set(this.plansInView().map((p) => p.id));
    const used = this.goals()
      .filter((g) => planIds.has(g.planId))
      .flatMap((g) => g.tags ?? [])
      .flatMap((t) => (frameworkOf(t) === 'sdg' ? [t, `sdg:${sdgGoalOf(t)}`] : [t]));
    return sortTags(used).map((t): FilterOption => ({ value: t, label: this.crosswalk.text(t) }));
  });

  private readonly allSummaries = this.store.selectSignal(orgDataFeature.selectAllSummaries);
  private readonly indicators = this.store.selectSignal(orgDataFeature.selectAllIndicators);
  /** The gender gaps that widened since the period before, from the summaries the page reads. */
  private readonly widenedEntries = computed(() => {
    const period = this.selected();
    if (!period) return [];
    const planIds = new Set(this.filteredPlans().map((p) => p.id));
    return widenedGaps(
      this.filteredGoals().filter((g) => planIds.has(g.planId)),
      this.allSummaries(),
      period.id,
      this.previous()?.id ?? null,
    );
  });
  /**
   * The gaps listed: every one when a plan is chosen, else the widest few (a region may have
   * hundreds); their indicators are read by id, or the chosen plan's at once.
   */
  protected readonly widenedShown = computed(() =>
    this.plan() ? this.widenedEntries() : this.widenedEntries().slice(0, WIDENED_SHOWN),
  );
  private readonly gapIndicators = loadFor(() => {
    if (!this.summaries.ready()) return null;
    const plan = this.plan();
    if (plan) return [{ kind: 'indicators' as const, planId: plan }];
    return [...new Set(this.widenedShown().map((w) => w.indicatorId))].map((id) => ({
      kind: 'indicators' as const,
      id,
    }));
  });
  protected readonly widenedCount = computed(() => this.widenedEntries().length);
  protected readonly gapsReady = computed(() => this.ready() && this.gapIndicators.ready());
  protected readonly widened = computed(() => {
    const byId = new Map(this.indicators().map((i) => [i.id, i]));
    return this.widenedShown().flatMap((w) => {
      const indicator = byId.get(w.indicatorId);
      return indicator ? [{ ...w, indicator }] : [];
    });
  });

  constructor() {
    // The articles' and targets' names are fetched only when goals in view carry any.
    effect(() => {
      if (this.tagOptions().length) void this.crosswalk.load();
    });
  }
  /** Focus areas of the plans in view, for the focus-area filter. */
  protected readonly areaOptions = computed(() => {
    const ids = new Set(this.filteredPlans().map((p) => p.id));
    return this.areas()
      .filter((a) => ids.has(a.planId))
      .sort((a, b) => a.planId.localeCompare(b.planId) || a.order - b.order);
  });

  /** A filter chosen: into the address. */
  protected readonly choose = urlFilter<'period' | 'plan' | 'theme' | 'area' | 'tag'>();

  /** A goal's contributions, under it in the attention list. */
  protected percent(ratio: number | null): number | null {
    return ratio === null ? null : ratio * 100;
  }

  /** Chart series are built in the active language; the signal read keeps them in step with a switch. */
  protected statusLabels(): string[] {
    this.language.current();
    return GOAL_STATUSES.map((s) => this.transloco.translate(`status.${s}`));
  }

  protected statusSeries(counts: StatusCounts): ChartSeries[] {
    this.language.current();
    return GOAL_STATUSES.map((s) => ({
      label: this.transloco.translate(`status.${s}`),
      data: [counts[s]],
      color: STATUS_COLORS[s],
    }));
  }

  protected areaSeries(areas: { counts: StatusCounts }[]): ChartSeries[] {
    this.language.current();
    return GOAL_STATUSES.map((s) => ({
      label: this.transloco.translate(`status.${s}`),
      data: areas.map((a) => a.counts[s]),
      color: STATUS_COLORS[s],
    }));
  }

  protected areaLabels(areas: { area: { title: string } }[]): string[] {
    return areas.map((a) => a.area.title);
  }

  /** The view's tables, in the active language, for CSV and Excel. */
  private tables(overview: Overview): ExportTable[] {
    const t = (key: string, params = {}) => this.transloco.translate(key, params);
    const statusNames = GOAL_STATUSES.map((s) => t(`status.${s}`));
    return [
      ...overview.plans.flatMap((entry): ExportTable[] => [
        {
          name: `${t('overview.goalsByStatus')} – ${entry.plan.title}`,
          header: [t('common.status'), t('common.count')],
          rows: entry.rows.map((row) => [t(`status.${row.status}`), row.count]),
        },
        {
          name: `${t('overview.byArea')} – ${entry.plan.title}`,
          header: [t('overview.area'), ...statusNames],
          rows: entry.areas.map((row) => [row.area.title, ...GOAL_STATUSES.map((s) => row.counts[s])]),
        },
        {
          name: `${t('overview.attention')} – ${entry.plan.title}`,
          header: [t('common.goal'), t('common.status'), t('common.department'), t('report.analysis')],
          rows: entry.attention.map((a) => [
            a.goal.title,
            t(`status.${a.status}`),
            a.department?.name ?? '',
            a.report.analysis,
          ]),
        },
      ]),
      {
        name: t('widenedGaps.title'),
        header: [
          t('equality.indicator'),
          t('common.goal'),
          t('crosswalkPage.previousGap'),
          t('equality.gap'),
          t('equality.gapUnit'),
          t('widenedGaps.analysis'),
        ],
        rows: this.widened().map((w) => [
          w.indicator.name,
          w.goal.title,
          w.previousGap,
          w.gap,
          gapInPercentagePoints(w.indicator.unit) ? t('units.percentagePoints') : w.indicator.unit,
          w.analysis,
        ]),
      },
      {
        name: t('overview.byDepartment'),
        header: [t('common.department'), t('overview.reported'), t('overview.expected'), t('common.share')],
        rows: overview.departments.map((d) => [
          d.department.name,
          d.completeness.reported,
          d.completeness.expected,
          d.completeness.ratio === null ? null : Math.round(d.completeness.ratio * 1000) / 10,
        ]),
      },
    ];
  }

  private fileName(overview: Overview, extension: string): string {
    const name = `${this.transloco.translate('overview.title')}-${translatePeriodName(this.transloco, overview.period)}`;
    return `${fileSlug(name)}.${extension}`;
  }

  protected exportCsv(): void {
    const overview = this.overview();
    if (overview) downloadCsv(this.tables(overview), this.fileName(overview, 'csv'));
  }

  protected async exportXlsx(): Promise<void> {
    const overview = this.overview();
    if (overview) await downloadXlsx(this.tables(overview), this.fileName(overview, 'xlsx'));
  }
}
