import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalNumberPipe } from '../../core/i18n/format-pipes';
import { Indicator, Period, Report } from '../../domain/model';
import { StatusChip } from '../../shared/ui/status-chip';
import { PeriodNamePipe } from '../../core/i18n/period-name';

/** Last period's report of the same goal and department, beside the form for reference. */
@Component({
  selector: 'app-previous-report',
  imports: [PeriodNamePipe, TranslocoPipe, LocalNumberPipe, StatusChip],
  template: `
    @if (previous(); as previous) {
      <h2>{{ 'report.previous' | transloco: { period: (previous.period | periodName) } }}</h2>
      <app-status-chip [status]="previous.report.status" />
      <p class="pre">{{ previous.report.analysis }}</p>
      @for (value of previous.report.indicatorValues; track value.indicatorId) {
        @let indicator = indicatorById(value.indicatorId);
        <p class="small">
          {{ indicator?.name }}:
          @if (indicator?.genderDisaggregated) {
            {{ 'report.women' | transloco }} {{ value.women | localNumber: 2 }},
            {{ 'report.men' | transloco }} {{ value.men | localNumber: 2 }},
          }
          {{ 'report.total' | transloco }} {{ value.total | localNumber: 2 }}
          @if (value.missingReason) {
            — {{ 'report.genderMissingShown' | transloco: { reason: value.missingReason } }}
          }
        </p>
      }
    } @else {
      <p>{{ 'report.noPrevious' | transloco }}</p>
    }
  `,
  styles: `
    h2 {
      font-size: 1.1rem;
    }
    .small {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
      margin: 0.25rem 0 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PreviousReport {
  readonly previous = input.required<{ report: Report; period: Period } | null>();
  readonly indicators = input.required<readonly Indicator[]>();

  protected indicatorById(id: string): Indicator | undefined {
    return this.indicators().find((i) => i.id === id);
  }
}
