import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalNumberPipe } from '../core/i18n/format-pipes';
import { PeriodNamePipe } from '../core/i18n/period-name';
import { gapInPercentagePoints } from '../domain/indicator';
import { PublicSnapshot } from '../domain/public-snapshot';
import { PublicNumberPipe } from './public-number';

/** A published snapshot's indicators: women, men, total and the gap, the target, and earlier published values. */
@Component({
  selector: 'app-indicator-figures',
  imports: [TranslocoPipe, LocalNumberPipe, PeriodNamePipe, PublicNumberPipe],
  templateUrl: './indicator-figures.html',
  styleUrl: './follow-up-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorFigures {
  readonly snapshot = input.required<PublicSnapshot>();
  protected readonly percentagePoints = gapInPercentagePoints;
  private readonly goalTitle = computed(() => new Map(this.snapshot().goals.map((g) => [g.id, g.title])));

  protected titleOf(goalId: string): string {
    return this.goalTitle().get(goalId) ?? '';
  }
}
