import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Message } from './message';

/** One problem in the summary: the field's element id, its label (a translation key or a name), the message. */
export interface SummaryError {
  field: string;
  id: string;
  label: string;
  message: Message;
}

/**
 * Every problem of a form at submit, each a link to its field. The page focuses the summary
 * (`focus()`) so a screen reader hears it first; following a link focuses the field (a radio group
 * its checked or first option).
 */
@Component({
  selector: 'app-error-summary',
  imports: [TranslocoPipe],
  template: `
    <div class="alert-box" tabindex="-1" #box role="group" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{{ title() | transloco }}</h2>
      <ul>
        @for (e of errors(); track e.field) {
          <li>
            <a [href]="'#' + e.id" (click)="$event.preventDefault(); goTo(e.id)"
              >{{ e.label | transloco }}: {{ e.message.key | transloco: e.message.params }}</a
            >
          </li>
        }
      </ul>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorSummary {
  readonly errors = input.required<readonly SummaryError[]>();
  /** The heading's translation key. */
  readonly title = input.required<string>();
  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');

  focus(): void {
    this.box().nativeElement.focus();
  }

  protected goTo(id: string): void {
    const target = document.getElementById(id);
    const focusable = target?.matches('input, textarea, select')
      ? target
      : target?.querySelector<HTMLElement>('input');
    focusable?.focus();
  }
}
