import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LocalDatePipe } from '../core/i18n/format-pipes';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { selectOpenPeriod } from '../core/org-data/org-data.selectors';
import { daysUntil } from '../domain/dates';
import { isReported } from '../domain/status';
import { StatusChip } from '../shared/ui/status-chip';
import { selectMyDepartments, selectMyWork } from './my-reporting.selectors';

@Component({
  selector: 'app-my-reporting-page',
  imports: [RouterLink, TranslocoPipe, LocalDatePipe, StatusChip],
  templateUrl: './my-reporting-page.html',
  styleUrl: './my-reporting-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyReportingPage {
  private readonly store = inject(Store);
  protected readonly ready = this.store.selectSignal(orgDataFeature.selectReady);
  protected readonly departments = this.store.selectSignal(selectMyDepartments);
  protected readonly period = this.store.selectSignal(selectOpenPeriod);
  protected readonly groups = this.store.selectSignal(selectMyWork);

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
    const items = this.groups().flatMap((g) => g.areas.flatMap((a) => a.items));
    return { total: items.length, done: items.filter((i) => i.report && isReported(i.report)).length };
  });
}
