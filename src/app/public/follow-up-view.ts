import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe, LocalNumberPipe } from '../core/i18n/format-pipes';
import { GOAL_STATUSES, GoalStatus } from '../domain/model';
import { PublicGoal, PublicSnapshot } from '../domain/public-snapshot';
import { StatusChip } from '../shared/ui/status-chip';
import { IndicatorFigures } from './indicator-figures';

/**
 * One published follow-up as residents read it (also the strategist's preview before publishing):
 * status per focus area as a bar and a table, the goals not going to plan with their analysis,
 * every goal, the indicators with women, men and the gap, and the activities. Text from reports is
 * shown as text.
 */
@Component({
  selector: 'app-follow-up-view',
  imports: [TranslocoPipe, LocalNumberPipe, LocalDatePipe, StatusChip, IndicatorFigures],
  templateUrl: './follow-up-view.html',
  styleUrl: './follow-up-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpView {
  readonly snapshot = input.required<PublicSnapshot>();

  protected readonly statuses = GOAL_STATUSES;

  protected readonly areas = computed(() => {
    const snapshot = this.snapshot();
    return snapshot.focusAreas.map((area) => {
      const goals = snapshot.goals.filter((g) => g.focusAreaId === area.id);
      const counts = new Map<GoalStatus, number>(GOAL_STATUSES.map((s) => [s, 0]));
      for (const goal of goals) counts.set(goal.status, (counts.get(goal.status) ?? 0) + 1);
      return {
        area,
        goals,
        total: goals.length,
        counts: GOAL_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
      };
    });
  });

  protected readonly attention = computed(() =>
    this.snapshot()
      .goals.filter((g) => g.status === 'off-track' || g.status === 'at-risk')
      .sort((a, b) => (a.status === b.status ? a.order - b.order : a.status === 'off-track' ? -1 : 1)),
  );

  protected areaOf(goal: PublicGoal): string {
    return this.snapshot().focusAreas.find((a) => a.id === goal.focusAreaId)?.title ?? '';
  }
}
