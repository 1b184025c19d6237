import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LocalNumberPipe } from '../core/i18n/format-pipes';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { selectCurrentPeriod, selectPeriodsInOrder } from '../core/org-data/org-data.selectors';
import { StatusChip } from '../shared/ui/status-chip';
import { buildOverview } from './overview';

@Component({
  selector: 'app-overview-page',
  imports: [TranslocoPipe, LocalNumberPipe, StatusChip],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);

  /** The period id from the URL (`?period=`), so a link shows the same view. */
  readonly period = input<string>();

  protected readonly ready = this.store.selectSignal(orgDataFeature.selectReady);
  protected readonly periods = this.store.selectSignal(selectPeriodsInOrder);
  private readonly current = this.store.selectSignal(selectCurrentPeriod);
  private readonly plans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  private readonly goals = this.store.selectSignal(orgDataFeature.selectAllGoals);
  private readonly departments = this.store.selectSignal(orgDataFeature.selectAllDepartments);
  private readonly reports = this.store.selectSignal(orgDataFeature.selectAllReports);

  protected readonly selected = computed(
    () => this.periods().find((p) => p.id === this.period()) ?? this.current(),
  );
  protected readonly overview = computed(() => {
    const period = this.selected();
    return period
      ? buildOverview(period, this.plans(), this.goals(), this.departments(), this.reports())
      : null;
  });

  protected choosePeriod(periodId: string): void {
    void this.router.navigate([], {
      queryParams: { period: periodId },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected percent(ratio: number | null): number | null {
    return ratio === null ? null : ratio * 100;
  }
}
