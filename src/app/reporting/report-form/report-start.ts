import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { Indicator, Period, Report } from '../../domain/model';
import { PreviousReport } from './previous-report';
import { PeriodNamePipe } from '../../core/i18n/period-name';

/** A report not started yet: last period's for reference, and starting empty or from it. */
@Component({
  selector: 'app-report-start',
  imports: [PeriodNamePipe, TranslocoPipe, MatButtonModule, PreviousReport],
  template: `
    <p>{{ 'report.notStarted' | transloco }}</p>
    <aside [attr.aria-label]="'report.previous' | transloco: { period: (previous()?.period | periodName) }">
      <app-previous-report [previous]="previous()" [indicators]="indicators()" />
    </aside>
    @if (canStart()) {
      <div class="actions">
        <button mat-flat-button type="button" (click)="started.emit(false)">
          {{ 'report.start' | transloco }}
        </button>
        @if (previous()) {
          <button mat-stroked-button type="button" (click)="started.emit(true)">
            {{ 'report.copyForward' | transloco }}
          </button>
        }
      </div>
    }
  `,
  styles: `
    aside {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 0 1rem 0.5rem;
      margin-bottom: 1rem;
      max-width: 40rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.5rem 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportStart {
  readonly previous = input.required<{ report: Report; period: Period } | null>();
  readonly indicators = input.required<readonly Indicator[]>();
  readonly canStart = input.required<boolean>();
  /** `true`: start from last period's report (its texts are copied, and marked as copied). */
  readonly started = output<boolean>();
}
