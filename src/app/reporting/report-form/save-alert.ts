import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatDateTime } from '../../core/i18n/format';
import { Report } from '../../domain/model';
import { Message } from '../../shared/ui/message';
import { StatusChip } from '../../shared/ui/status-chip';

/**
 * Why the last save did not go through, with the way on: after a conflict, look at the other
 * version, load it, or keep one's own over it; after a failure, try again.
 */
@Component({
  selector: 'app-save-alert',
  imports: [TranslocoPipe, MatButtonModule, StatusChip],
  template: `
    <div class="alert-box" role="alert">
      <p>{{ message().key | transloco: message().params }}</p>
      @if (theirs(); as theirs) {
        <div class="actions">
          <button
            mat-stroked-button
            type="button"
            (click)="showTheirs.set(!showTheirs())"
            [attr.aria-expanded]="showTheirs()"
          >
            {{ 'report.showTheirs' | transloco }}
          </button>
          <button mat-stroked-button type="button" (click)="useTheirs.emit()">
            {{ 'report.useTheirs' | transloco }}
          </button>
          <button mat-stroked-button type="button" (click)="keepMine.emit()">
            {{ 'report.keepMine' | transloco }}
          </button>
        </div>
        @if (showTheirs()) {
          <section aria-labelledby="theirs-heading">
            <h2 id="theirs-heading">{{ 'report.theirVersion' | transloco }}</h2>
            <app-status-chip [status]="theirs.status" />
            <p class="pre">{{ theirs.analysis }}</p>
            <p class="pre">{{ theirs.nextSteps }}</p>
          </section>
        }
      } @else if (failed()) {
        <button mat-stroked-button type="button" (click)="retry.emit()">
          {{ 'report.retry' | transloco }}
        </button>
      }
    </div>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.5rem 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveAlert {
  readonly message = input.required<Message>();
  /** The other version, after a conflict. */
  readonly theirs = input<Report | null>(null);
  /** The save failed for another reason (storage full, offline …): it can be tried again. */
  readonly failed = input(false);
  readonly useTheirs = output();
  readonly keepMine = output();
  readonly retry = output();
  protected readonly showTheirs = signal(false);
}

/** The save state for the form's live region: what a person needs to know about their work. */
export function saveStateMessage(
  saveState: string,
  savedAt: string | null,
  invalid: boolean,
): Message | null {
  const none: Record<string, string> = {};
  if (invalid) return { key: 'report.invalidPaused', params: none };
  switch (saveState) {
    case 'saving':
    case 'pending':
      return { key: 'report.saving', params: none };
    case 'saved':
      return savedAt ? { key: 'report.saved', params: { at: formatDateTime(savedAt) } } : null;
    case 'failed':
    case 'conflict':
      return { key: 'report.notSaved', params: none };
    default:
      return null;
  }
}
