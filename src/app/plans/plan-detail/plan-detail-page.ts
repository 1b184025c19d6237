import { TagList } from '../../core/crosswalk/tag-list';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { loadFor, loadReportsFor } from '../../core/org-data/load-for';
import { selectRecentPeriodIds } from '../../core/org-data/org-data.selectors';
import { eachOf, planRecords } from '../../core/org-data/record-queries';
import { sessionFeature } from '../../core/session/session.feature';
import { can } from '../../domain/policy';
import { ContributionList } from '../../shared/ui/contribution-list';
import { StatusChip } from '../../shared/ui/status-chip';
import { planWritesFeature } from '../state/plan-writes.feature';
import { PlanPageActions } from '../state/plan-writes.actions';
import { AreaRow, selectPlanDetail } from './plan-detail.selectors';
import { askRemoveArea } from './remove-area-dialog';
import { IndicatorTable } from './indicator-table';
import { ActivityTable } from './activity-table';
import { Dialog } from '@angular/cdk/dialog';
import { PeriodNamePipe } from '../../core/i18n/period-name';
import { koladaComparisons } from '../../domain/kolada-api';
import { KoladaComparisons } from '../../core/kolada/kolada-comparisons';

/**
 * One plan as a tree — focus areas, goals with their status, indicators with progress,
 * activities — and, for strategists, where the plan is built: add, edit, reorder, remove.
 */
@Component({
  selector: 'app-plan-detail-page',
  imports: [
    TagList,
    PeriodNamePipe,
    TranslocoPipe,
    RouterLink,
    MatButtonModule,
    StatusChip,
    ContributionList,
    IndicatorTable,
    ActivityTable,
    KoladaComparisons,
  ],
  templateUrl: './plan-detail-page.html',
  styleUrl: './plan-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanDetailPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(Dialog);

  /** Route parameter. */
  readonly planId = input.required<string>();

  private readonly structureReady = this.store.selectSignal(orgDataFeature.selectStructureReady);
  private readonly loaded = this.store.selectSignal(orgDataFeature.selectLoaded);
  private readonly recent = this.store.selectSignal(selectRecentPeriodIds);
  /**
   * Each goal's status and latest values come from this plan's reports of the recent periods,
   * asked for as soon as the periods (the first collection) are in.
   */
  private readonly reports = loadReportsFor(() =>
    this.loaded().periods ? eachOf('periodId', this.recent(), { planId: this.planId() }) : null,
  );
  /** The plan's focus areas and goals with their statuses: shown before its indicators and activities. */
  protected readonly ready = computed(() => this.structureReady() && this.reports.ready());
  /**
   * The plan's indicators, activities and Kolada values, asked for beside its reports. The goals
   * do not wait for them, and removing a focus area (which removes what is under it) waits until
   * they are here.
   */
  private readonly planRecords = loadFor(() => planRecords(this.planId()));
  protected readonly detailsReady = computed(() => this.ready() && this.planRecords.ready());
  protected readonly editor = this.store.selectSignal(planWritesFeature.selectPlanWritesState);
  private readonly state = this.store.selectSignal((state: object) => state);
  /** The memoised selector of this plan, applied to the store's state. */
  protected readonly detail = computed(() => selectPlanDetail(this.planId())(this.state()));
  /** The plan's Kolada-linked indicators beside the county, the country and the comparison group. */
  protected readonly comparisons = computed(() =>
    koladaComparisons(
      (this.detail()?.areas ?? []).flatMap((a) =>
        a.goals.flatMap((g) => g.indicators.map((i) => i.indicator)),
      ),
      (this.detail()?.areas ?? []).flatMap((a) =>
        a.goals.flatMap((g) => g.indicators.flatMap((i) => i.measurements)),
      ),
    ),
  );
  private readonly session = this.store.selectSignal(sessionFeature.selectSession);
  protected readonly municipality = computed(() => this.session()?.organisation.name ?? '');

  private readonly member = this.store.selectSignal(sessionFeature.selectMember);
  protected readonly canEdit = computed(() => can(this.member(), 'update', { kind: 'goals' }));

  constructor() {
    this.store.dispatch(PlanPageActions.opened());
  }

  protected moveArea(index: number, delta: -1 | 1): void {
    const areas = this.detail()?.areas ?? [];
    const row = areas[index];
    // The first cannot go up, nor the last down (their buttons are disabled too).
    if (!row || !areas[index + delta]) return;
    this.store.dispatch(
      PlanPageActions.focusAreaMoved({ planId: this.planId(), areaId: row.area.id, delta }),
    );
    // Keep the keyboard where the person is: on the same button of the moved area.
    const button = `${delta < 0 ? 'up' : 'down'}-${row.area.id}`;
    setTimeout(() => document.getElementById(button)?.focus(), 300);
  }

  /** Removing a focus area asks what happens to its goals (not before they have all arrived). */
  protected askRemove(row: AreaRow): void {
    if (!this.detailsReady()) return;
    const targets = (this.detail()?.areas ?? []).filter((a) => a.area.id !== row.area.id).map((a) => a.area);
    askRemoveArea(this.dialog, { row, targets }).subscribe((how) => {
      if (!how) return;
      this.store.dispatch(
        PlanPageActions.focusAreaRemoved({ planId: this.planId(), areaId: row.area.id, how }),
      );
      // Its button is gone with it: the keyboard goes to the plan's title.
      setTimeout(() => document.getElementById('plan-title')?.focus());
    });
  }
}
