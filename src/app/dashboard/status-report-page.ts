import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { loadFor, loadReportsFor } from '../core/org-data/load-for';
import { koladaComparisons } from '../domain/kolada-api';
import { KoladaComparisons } from '../core/kolada/kolada-comparisons';
import { eachOf } from '../core/org-data/record-queries';
import { MatButtonModule } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LocalDatePipe, LocalNumberPipe } from '../core/i18n/format-pipes';
import { LanguageService } from '../core/i18n/language';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import {
  selectCurrentPeriod,
  selectDepartmentsById,
  selectPeriodsInOrder,
} from '../core/org-data/org-data.selectors';
import { sessionFeature } from '../core/session/session.feature';
import { GOAL_STATUSES } from '../domain/model';
import { contributionsByGoal, leadReports } from '../domain/status';
import { contributionItem, ContributionList } from '../shared/ui/contribution-list';
import { BarChart, ChartSeries } from '../shared/ui/bar-chart';
import { STATUS_COLORS } from '../shared/ui/status-colors';
import { StatusChip } from '../shared/ui/status-chip';
import { buildOverview, previousPeriod } from './overview';
import { PeriodNamePipe, translatePeriodName } from '../core/i18n/period-name';

/** "Lägesrapport": a plan's status for one period, laid out for print and PDF. */
import { urlFilter } from '../core/routing/url-filter';
@Component({
  selector: 'app-status-report-page',
  imports: [
    PeriodNamePipe,
    TranslocoPipe,
    LocalNumberPipe,
    LocalDatePipe,
    MatButtonModule,
    StatusChip,
    BarChart,
    ContributionList,
    KoladaComparisons,
  ],
  templateUrl: './status-report-page.html',
  styleUrl: './status-report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusReportPage {
  private readonly store = inject(Store);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  /** Filters from the URL. */
  readonly plan = input<string>();
  readonly period = input<string>();

  protected readonly today = new Date();
  private readonly structureReady = this.store.selectSignal(orgDataFeature.selectStructureReady);
  protected readonly ready = computed(() => this.structureReady() && this.planReports.ready());
  protected readonly organisation = this.store.selectSignal(sessionFeature.selectSession);
  protected readonly periods = this.store.selectSignal(selectPeriodsInOrder);
  private readonly current = this.store.selectSignal(selectCurrentPeriod);
  protected readonly plans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  private readonly areas = this.store.selectSignal(orgDataFeature.selectAllFocusAreas);
  private readonly goals = this.store.selectSignal(orgDataFeature.selectAllGoals);
  private readonly departments = this.store.selectSignal(orgDataFeature.selectAllDepartments);
  private readonly departmentById = this.store.selectSignal(selectDepartmentsById);
  private readonly reports = this.store.selectSignal(orgDataFeature.selectAllReports);

  protected readonly selectedPlan = computed(
    () => this.plans().find((p) => p.id === this.plan()) ?? this.plans().at(0) ?? null,
  );
  protected readonly selectedPeriod = computed(
    () => this.periods().find((p) => p.id === this.period()) ?? this.current(),
  );
  /** The plan's reports of the period and the one before (for the change since then). */
  private readonly planReports = loadReportsFor(() => {
    const plan = this.selectedPlan();
    const period = this.selectedPeriod();
    if (!plan || !period) return this.structureReady() ? [] : null;
    return eachOf('periodId', [period.id, previousPeriod(this.periods(), period)?.id], { planId: plan.id });
  });

  /** The plan's indicators and Kolada values, for the comparison with the county and the country. */
  private readonly planKolada = loadFor(() => {
    const plan = this.selectedPlan();
    if (!plan) return this.structureReady() ? [] : null;
    return [
      { kind: 'indicators', planId: plan.id },
      { kind: 'measurements', planId: plan.id },
    ];
  });
  private readonly indicators = this.store.selectSignal(orgDataFeature.selectAllIndicators);
  private readonly measurements = this.store.selectSignal(orgDataFeature.selectAllMeasurements);
  protected readonly comparisons = computed(() => {
    const planId = this.selectedPlan()?.id;
    if (!this.planKolada.ready()) return [];
    return koladaComparisons(
      this.indicators().filter((i) => i.planId === planId),
      this.measurements().filter((m) => m.planId === planId),
    );
  });

  protected readonly figures = computed(() => {
    const plan = this.selectedPlan();
    const period = this.selectedPeriod();
    if (!plan || !period) return null;
    const overview = buildOverview({
      period,
      previous: previousPeriod(this.periods(), period),
      plans: [plan],
      areas: this.areas(),
      goals: this.goals(),
      departments: this.departments(),
      reports: this.reports(),
    });
    return overview.plans[0] ?? null;
  });

  /** Every focus area with its goals, each with its lead report (which sets its status) and the contributions. */
  protected readonly sections = computed(() => {
    const plan = this.selectedPlan();
    const period = this.selectedPeriod();
    if (!plan || !period) return [];
    const lead = leadReports(period.id, this.reports());
    const contributions = contributionsByGoal(period.id, this.reports());
    return this.areas()
      .filter((a) => a.planId === plan.id)
      .sort((a, b) => a.order - b.order)
      .map((area) => ({
        area,
        goals: this.goals()
          .filter((g) => g.focusAreaId === area.id)
          .sort((a, b) => a.order - b.order)
          .map((goal) => ({
            goal,
            lead: this.departmentById().get(goal.leadDepartmentId)?.name ?? '',
            report: lead.get(goal.id) ?? null,
            contributions: (contributions.get(goal.id) ?? []).map((r) =>
              contributionItem(r, this.departmentById().get(r.departmentId)?.name ?? r.departmentId),
            ),
          })),
      }));
  });

  constructor() {
    const title = inject(Title);
    // The document title becomes the PDF's title when saved from the print dialog.
    effect(() => {
      this.language.current();
      const plan = this.selectedPlan();
      const period = this.selectedPeriod();
      if (plan && period) {
        title.setTitle(
          this.transloco.translate('statusReport.documentTitle', {
            plan: plan.title,
            period: translatePeriodName(this.transloco, period),
          }),
        );
      }
    });
  }

  /** A filter chosen: into the address. */
  protected readonly choose = urlFilter<'plan' | 'period'>();

  protected printReport(): void {
    window.print();
  }

  protected percent(ratio: number | null): number | null {
    return ratio === null ? null : ratio * 100;
  }

  protected statusSeries(): ChartSeries[] {
    this.language.current();
    const counts = this.figures()?.counts;
    if (!counts) return [];
    return GOAL_STATUSES.map((s) => ({
      label: this.transloco.translate(`status.${s}`),
      data: [counts[s]],
      color: STATUS_COLORS[s],
    }));
  }
}
