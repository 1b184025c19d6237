import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

/** "Ta tillbaka": the department takes back a submitted report nobody has reviewed yet. */
@Component({
  selector: 'app-withdraw-report',
  imports: [TranslocoPipe, MatButtonModule],
  template: `
    <section aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">{{ 'report.withdrawTitle' | transloco }}</h2>
      <p class="hint" id="withdraw-hint">{{ 'report.withdrawHint' | transloco }}</p>
      <button
        mat-stroked-button
        type="button"
        aria-describedby="withdraw-hint"
        [disabled]="busy()"
        (click)="withdraw.emit()"
      >
        {{ 'report.withdraw' | transloco }}
      </button>
    </section>
  `,
  styles: `
    section {
      margin-top: 1.5rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .hint {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
      margin: 0.25rem 0 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WithdrawReport {
  /** While a write is on its way. */
  readonly busy = input(false);
  readonly withdraw = output();
}
