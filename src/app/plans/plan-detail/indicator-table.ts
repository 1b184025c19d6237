import { PeriodNamePipe } from '../../core/i18n/period-name';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe, LocalNumberPipe } from '../../core/i18n/format-pipes';
import { measurementKpi } from '../../domain/kolada-api';
import { Measurement } from '../../domain/model';
import { IndicatorRow } from './plan-detail.selectors';

/** A goal's indicators: baseline, target, latest value, progress, Kolada's value and source. */
@Component({
  selector: 'app-indicator-table',
  imports: [RouterLink, TranslocoPipe, LocalNumberPipe, LocalDatePipe, PeriodNamePipe],
  templateUrl: './indicator-table.html',
  styles: `
    .tag {
      display: inline-block;
      padding: 0 0.5em;
      margin: 0 0.4em;
      border-radius: 4px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-weight: 400;
      font-size: 0.875rem;
    }
    .bar {
      display: inline-block;
      width: 5rem;
      height: 0.6rem;
      border: 1px solid #555;
      border-radius: 3px;
      vertical-align: middle;
      margin-right: 0.3rem;
      .fill {
        display: block;
        height: 100%;
        background: #1b5e20;
      }
    }
    .split {
      display: block;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorTable {
  /** The KPI a Kolada value came from (`Kolada N00945` → N00945). */
  protected kpiOf(measurement: Measurement): string {
    return measurementKpi(measurement) ?? measurement.source;
  }

  readonly rows = input.required<IndicatorRow[]>();
  /** The goal's title, in the table's caption. */
  readonly goalTitle = input.required<string>();
  readonly planId = input.required<string>();
  /** Whether each row has an edit link. */
  readonly canEdit = input(false);

  protected percent(progress: number): number {
    return Math.round(progress * 100);
  }
}
