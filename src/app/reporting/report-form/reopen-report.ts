import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { fieldMessage } from '../../core/errors/error-message';
import { validateComment } from '../../domain/validation';
import { Message } from '../../shared/ui/message';

/** A strategist reopens an approved report with a comment (required: the department reads why). */
@Component({
  selector: 'app-reopen-report',
  imports: [TranslocoPipe, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <section aria-labelledby="reopen-heading">
      <h2 id="reopen-heading">{{ 'report.reopenTitle' | transloco }}</h2>
      <mat-form-field subscriptSizing="dynamic" appearance="outline" class="wide">
        <mat-label>{{ 'review.comment' | transloco }}</mat-label>
        <textarea
          matInput
          id="reopen-comment"
          rows="2"
          [value]="comment()"
          (input)="comment.set($any($event.target).value)"
          [attr.aria-invalid]="!!error()"
          aria-describedby="reopen-help"
        ></textarea>
      </mat-form-field>
      <p id="reopen-help" class="hint" [class.error-text]="!!error()">
        @if (error(); as e) {
          {{ e.key | transloco: e.params }}
        } @else {
          {{ 'report.reopenHint' | transloco }}
        }
      </p>
      <button mat-stroked-button type="button" [disabled]="busy()" (click)="confirm()">
        {{ 'report.reopen' | transloco }}
      </button>
    </section>
  `,
  styles: `
    section {
      margin-top: 1.5rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .wide {
      width: 100%;
    }
    .hint {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
      margin: 0.25rem 0 0.5rem;
    }
    .error-text {
      color: #8f1d14;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReopenReport {
  /** While a decision is on its way. */
  readonly busy = input(false);
  readonly reopen = output<string>();

  protected readonly comment = signal('');
  protected readonly error = signal<Message | null>(null);

  protected confirm(): void {
    const error = validateComment(this.comment())['comment'];
    this.error.set(error ? fieldMessage(error) : null);
    if (error) {
      document.getElementById('reopen-comment')?.focus();
      return;
    }
    this.reopen.emit(this.comment());
  }
}
