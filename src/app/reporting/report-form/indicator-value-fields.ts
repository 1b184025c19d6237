import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { analysisReason } from '../../domain/equality-analysis';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { fieldMessage } from '../../core/errors/error-message';
import { formatNumber } from '../../core/i18n/format';
import { LanguageService } from '../../core/i18n/language';
import { gapInPercentagePoints, genderGap, indicatorProgress } from '../../domain/indicator';
import { Indicator, IndicatorValue } from '../../domain/model';
import { FieldErrors } from '../../domain/validation';
import { Message } from '../../shared/ui/message';
import { fieldId, parseValueGroup, ValueGroup } from './report-form.model';

/**
 * One indicator's values in the report form: women and men (when split by gender) and the total,
 * with the gap and the progress towards the target worked out from what is typed.
 */
@Component({
  selector: 'app-indicator-value-fields',
  imports: [ReactiveFormsModule, TranslocoPipe, MatCheckboxModule, MatFormFieldModule, MatInputModule],
  templateUrl: './indicator-value-fields.html',
  styleUrl: './indicator-value-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorValueFields {
  private readonly language = inject(LanguageService);
  readonly indicator = input.required<Indicator>();
  readonly group = input.required<ValueGroup>();
  /** The form's field errors (`values.<indicatorId>.<part>`), shown under each field. */
  readonly errors = input.required<FieldErrors>();
  /** This indicator's value in the department's last report (a widened gap needs explaining). */
  readonly previous = input<IndicatorValue | undefined>(undefined);

  protected readonly fieldId = fieldId;
  protected readonly parts = ['women', 'men'] as const;
  /** What is typed, read again on every change of the group. */
  private readonly typed = signal(0);
  private readonly parsed = computed(() => {
    this.typed();
    return parseValueGroup(this.group().getRawValue());
  });
  /** "Uppgift saknas" is ticked: the reason is asked for. */
  protected readonly missing = computed(() => {
    this.typed();
    return this.group().controls.missing.value;
  });
  protected readonly gap = computed(() => genderGap(this.parsed().women, this.parsed().men));
  protected readonly progress = computed(() => {
    const i = this.indicator();
    const progress = indicatorProgress(i.baselineValue, i.targetValue, this.parsed().total, i.direction);
    return progress === null ? null : Math.round(progress * 100);
  });
  /** A gap between two percentages is in percentage points. */
  protected readonly inPercentagePoints = computed(() => gapInPercentagePoints(this.indicator().unit));
  /** Why the numbers ask for an equality analysis, if they do. */
  protected readonly analysisNeed = computed(() =>
    analysisReason(this.indicator(), this.parsed(), this.previous()),
  );
  /** The field shows when it is asked for, or holds text already. */
  protected readonly showAnalysis = computed(() => {
    this.typed();
    return !!this.analysisNeed() || this.group().controls.equalityAnalysis.value.trim() !== '';
  });

  constructor() {
    effect((onCleanup) => {
      const subscription = this.group().valueChanges.subscribe(() => this.typed.update((n) => n + 1));
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected errorOf(part: string): Message | null {
    const error = this.errors()[`values.${this.indicator().id}.${part}`];
    return error ? fieldMessage(error) : null;
  }

  protected number(value: number | null): string {
    return formatNumber(value, this.language.locale(), 2);
  }
}
