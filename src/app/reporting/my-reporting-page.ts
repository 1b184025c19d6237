import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LocalDatePipe } from '../core/i18n/format-pipes';
import { loadFor } from '../core/org-data/load-for';
import { selectOpenPeriods } from '../core/org-data/org-data.selectors';
import { daysUntil } from '../domain/dates';
import { isReported } from '../domain/status';
import { StatusChip } from '../shared/ui/status-chip';
import {
  byWhatNeedsDoing,
  isTodo,
  periodWithWorkDue,
  selectMyDepartments,
  selectMyRecordQueries,
  selectMyWork,
  WorkGroup,
  WorkItem,
} from '../core/org-data/my-reporting.selectors';
import { PeriodNamePipe } from '../core/i18n/period-name';

/** The report-state filter: one workflow state, not started, or everything still to do. */
export type StateFilter = 'todo' | 'none' | 'draft' | 'submitted' | 'approved' | 'returned';
export const STATE_FILTERS: StateFilter[] = ['todo', 'none', 'draft', 'returned', 'submitted', 'approved'];

import { urlFilter } from '../core/routing/url-filter';
import { FilterOption, FilterSelect } from '../shared/ui/filter-select';
@Component({
  selector: 'app-my-reporting-page',
  imports: [
    PeriodNamePipe,
    NgTemplateOutlet,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
    StatusChip,
    FilterSelect,
  ],
  templateUrl: './my-reporting-page.html',
  styleUrl: './my-reporting-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyReportingPage {
  private readonly store = inject(Store);

  /** Filters from the URL (`?plan=…&state=…&department=…&order=plan`), so a link keeps the view. */
  readonly plan = input<string>();
  /** `plan`: grouped by plan and focus area; otherwise one list, what needs doing first. */
  readonly order = input<string>();
  readonly state = input<string>();
  readonly department = input<string>();
  /** The open period shown (`?period=`); absent: the one with work due first. */
  readonly period = input<string>();
  protected readonly stateOptions: FilterOption[] = STATE_FILTERS.map((f) => ({
    value: f,
    label: f === 'todo' ? 'reporting.todo' : `state.${f}`,
    key: true,
  }));
  protected readonly orderOptions: FilterOption[] = [
    { value: 'plan', label: 'reporting.orderPlan', key: true },
  ];
  /** The person's departments' reports of the open periods, and their activities. */
  private readonly data = loadFor(this.store.selectSignal(selectMyRecordQueries));
  protected readonly ready = this.data.ready;
  protected readonly departments = this.store.selectSignal(selectMyDepartments);
  protected readonly openPeriods = this.store.selectSignal(selectOpenPeriods);
  private readonly everyPeriodsWork = this.store.selectSignal(selectMyWork);
  protected readonly shownPeriod = computed(
    () =>
      this.openPeriods().find((p) => p.id === this.period()) ??
      periodWithWorkDue(this.openPeriods(), this.everyPeriodsWork()),
  );
  /** Each open period with how much is still to do in it (shown when more than one is open). */
  protected readonly periodTabs = computed(() =>
    this.openPeriods().map((period) => ({
      period,
      todo: this.everyPeriodsWork()
        .filter((g) => g.period.id === period.id)
        .flatMap((g) => g.areas.flatMap((a) => a.items))
        .filter(isTodo).length,
      current: period.id === this.shownPeriod()?.id,
    })),
  );
  private readonly allGroups = computed(() =>
    this.everyPeriodsWork().filter((g) => g.period.id === this.shownPeriod()?.id),
  );
  protected readonly plans = computed(() => this.allGroups().map((g) => g.plan));
  protected readonly planOptions = computed(() =>
    this.plans().map((p): FilterOption => ({ value: p.id, label: p.title })),
  );
  protected readonly departmentOptions = computed(() =>
    this.departments().map((d): FilterOption => ({ value: d.id, label: d.name })),
  );

  /** The work after the filters; empty groups and focus areas disappear. */
  protected readonly groups = computed((): WorkGroup[] => {
    const keep = (item: WorkItem) =>
      (!this.department() || item.department.id === this.department()) && matchesState(item, this.state());
    return this.allGroups()
      .filter((g) => !this.plan() || g.plan.id === this.plan())
      .map((g) => ({
        ...g,
        areas: g.areas.map((a) => ({ ...a, items: a.items.filter(keep) })).filter((a) => a.items.length > 0),
      }))
      .filter((g) => g.areas.length > 0);
  });

  /** The filtered work as one list, what needs doing first (returned, not started, drafts …). */
  protected readonly todoFirst = computed(() =>
    byWhatNeedsDoing(
      this.groups().flatMap((g) =>
        g.areas.flatMap((a) => a.items.map((item) => ({ ...item, plan: g.plan }))),
      ),
    ),
  );

  protected readonly departmentNames = computed(() =>
    this.departments()
      .map((d) => d.name)
      .join(', '),
  );
  protected readonly daysLeft = computed(() => {
    const period = this.shownPeriod();
    return period ? daysUntil(new Date(), period.deadline) : null;
  });
  protected readonly progress = computed(() => {
    const items = this.allGroups().flatMap((g) => g.areas.flatMap((a) => a.items));
    return { total: items.length, done: items.filter((i) => i.report && isReported(i.report)).length };
  });

  /** A filter chosen: into the address. */
  protected readonly filterBy = urlFilter<'plan' | 'state' | 'department' | 'order' | 'period'>();
}

function matchesState(item: WorkItem, filter: string | undefined): boolean {
  if (!filter) return true;
  if (filter === 'todo') return isTodo(item);
  return (item.report?.state ?? 'none') === filter;
}
