import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LocalNumberPipe } from '../core/i18n/format-pipes';
import { LanguageService } from '../core/i18n/language';
import { BarChart, ChartSeries } from '../shared/ui/bar-chart';
import { Overview } from './overview';

/** How much of what each department is expected to report it has reported: a table and its chart. */
@Component({
  selector: 'app-department-completeness',
  imports: [TranslocoPipe, LocalNumberPipe, BarChart],
  templateUrl: './department-completeness.html',
  styleUrl: './department-completeness.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentCompleteness {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly rows = input.required<Overview['departments']>();

  protected readonly labels = computed(() =>
    this.rows().map((r) => r.department.shortName || r.department.name),
  );
  protected readonly series = computed((): ChartSeries[] => {
    this.language.current();
    return [
      {
        label: this.transloco.translate('common.share'),
        data: this.rows().map((r) => Math.round((r.completeness.ratio ?? 0) * 100)),
        color: '#0072b2',
      },
    ];
  });

  protected percent(ratio: number | null): number | null {
    return ratio === null ? null : ratio * 100;
  }
}
