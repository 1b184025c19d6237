import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LocalDatePipe } from '../core/i18n/format-pipes';
import { loadFor } from '../core/org-data/load-for';
import { selectOpenPeriod } from '../core/org-data/org-data.selectors';
import { daysUntil } from '../domain/dates';
import { isReported } from '../domain/status';
import { StatusChip } from '../shared/ui/status-chip';
import {
  byWhatNeedsDoing,
  isTodo,
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
  protected readonly stateOptions: FilterOption[] = STATE_FILTERS.map((f) => ({
    value: f,
    label: f === 'todo' ? 'reporting.todo' : `state.${f}`,
    key: true,
  }));
  protected readonly orderOptions: FilterOption[] = [
    { value: 'plan', label: 'reporting.orderPlan', key: true },
  ];
  /** The person's departments' reports of the open period, and their activities. */
  private readonly data = loadFor(this.store.selectSignal(selectMyRecordQueries));
  protected readonly ready = this.data.ready;
  protected readonly departments = this.store.selectSignal(selectMyDepartments);
  protected readonly period = this.store.selectSignal(selectOpenPeriod);
  private readonly allGroups = this.store.selectSignal(selectMyWork);
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
    const period = this.period();
    return period ? daysUntil(new Date(), period.deadline) : null;
  });
  protected readonly progress = computed(() => {
    const items = this.allGroups().flatMap((g) => g.areas.flatMap((a) => a.items));
    return { total: items.length, done: items.filter((i) => i.report && isReported(i.report)).length };
  });

  /** A filter chosen: into the address. */
  protected readonly filterBy = urlFilter<'plan' | 'state' | 'department' | 'order'>();
}

function matchesState(item: WorkItem, filter: string | undefined): boolean {
  if (!filter) return true;
  if (filter === 'todo') return isTodo(item);
  return (item.report?.state ?? 'none') === filter;
}
