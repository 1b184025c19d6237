import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { GoalStatus } from '../../domain/model';

/** A shape beside the colour, so status never depends on colour alone (WCAG 1.4.1). */
const SYMBOL: Record<GoalStatus, string> = {
  'not-started': '○',
  'on-track': '✓',
  'at-risk': '!',
  'off-track': '✕',
  completed: '★',
  'not-reported': '–',
};

/** A traffic-light status as symbol, colour and text. */
@Component({
  selector: 'app-status-chip',
  imports: [TranslocoPipe],
  template: `<span class="chip" [class]="'chip status-' + status()"
    ><span class="symbol" aria-hidden="true">{{ symbol[status()] }}</span
    >{{ 'status.' + status() | transloco }}</span
  >`,
  styles: `
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      padding: 0.1em 0.6em 0.1em 0.3em;
      border-radius: 1em;
      font-size: 0.875rem;
      line-height: 1.5;
      white-space: nowrap;
      border: 1px solid transparent;
    }
    .symbol {
      display: inline-grid;
      place-items: center;
      width: 1.3em;
      height: 1.3em;
      border-radius: 50%;
      font-weight: 700;
      color: #fff;
    }
    /* Okabe–Ito based palette; every text/background pair has at least 4.5:1 contrast. */
    .status-on-track {
      background: #e3f3ea;
      color: #0b5b33;
    }
    .status-on-track .symbol {
      background: #0b7a43;
    }
    .status-at-risk {
      background: #fdf1d8;
      color: #6b4700;
    }
    .status-at-risk .symbol {
      background: #8a5d00;
    }
    .status-off-track {
      background: #fbe3e1;
      color: #8f1d14;
    }
    .status-off-track .symbol {
      background: #b3261e;
    }
    .status-completed {
      background: #e1ecf9;
      color: #0b4a8f;
    }
    .status-completed .symbol {
      background: #0b5cad;
    }
    .status-not-started,
    .status-not-reported {
      background: #eeeeee;
      color: #424242;
      border-color: #9e9e9e;
    }
    .status-not-started .symbol,
    .status-not-reported .symbol {
      background: #616161;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  /** The status to show. */
  readonly status = input.required<GoalStatus>();
  protected readonly symbol = SYMBOL;
}
