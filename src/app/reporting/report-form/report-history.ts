import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatDateTime } from '../../core/i18n/format';
import { AuditEntry } from '../../domain/model';

/** A report's history: who did what, when, with the comment if there was one. */
@Component({
  selector: 'app-report-history',
  imports: [TranslocoPipe],
  template: `
    <h2>{{ 'report.history' | transloco }}</h2>
    <ol class="history">
      @for (entry of entries(); track entry.id) {
        <li>
          <span class="when">{{ time(entry.at) }}</span>
          {{
            'report.historyEntry'
              | transloco: { action: ('audit.' + entry.action | transloco), name: entry.byName }
          }}
          @if (entry.comment) {
            <span class="comment">{{ entry.comment }}</span>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    h2 {
      font-size: 1.1rem;
    }
    .history {
      padding-left: 1.25rem;
    }
    li {
      margin-bottom: 0.5rem;
    }
    .when {
      display: block;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .comment {
      display: block;
      font-style: italic;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportHistory {
  readonly entries = input.required<readonly AuditEntry[]>();
  protected readonly time = formatDateTime;
}
