import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { errorMessage } from '../core/errors/error-message';
import { CountKeyPipe, LocalNumberPipe } from '../core/i18n/format-pipes';
import { EXPORTS } from '../data-access/backend';
import { exportFileName } from '../domain/data-export';
import { ENTITY_KINDS } from '../domain/model';
import { downloadJson } from '../shared/files/export';
import { Message } from '../shared/ui/message';

/** Everything of the organisation as one JSON file, for moving to production (scripts/import-data.mjs). */
@Component({
  selector: 'app-data-export-section',
  imports: [TranslocoPipe, MatButtonModule, LocalNumberPipe, CountKeyPipe],
  template: `
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{{ 'admin.exportTitle' | transloco }}</h2>
      <p>{{ 'admin.exportIntro' | transloco }}</p>
      <button mat-stroked-button type="button" [disabled]="exporting()" (click)="exportData()">
        {{ 'admin.exportButton' | transloco }}
      </button>
      <p role="status" class="status">
        @if (exporting()) {
          {{ 'admin.exporting' | transloco }}
        } @else if (exported(); as done) {
          {{
            'admin.exported'
              | countKey: done.count
              | transloco: { file: done.file, count: (done.count | localNumber) }
          }}
        }
      </p>
      @if (exportError(); as error) {
        <p class="error" role="alert">{{ error.key | transloco: error.params }}</p>
      }
    </section>
  `,
  styles: `
    .error {
      color: #8f1d14;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataExportSection {
  private readonly exports = inject(EXPORTS);
  protected readonly exporting = signal(false);
  protected readonly exported = signal<{ file: string; count: number } | null>(null);
  protected readonly exportError = signal<Message | null>(null);

  protected async exportData(): Promise<void> {
    this.exporting.set(true);
    this.exported.set(null);
    this.exportError.set(null);
    try {
      const data = await this.exports.exportData();
      const file = exportFileName(data.organisation, new Date());
      downloadJson(data, file);
      const count = [...ENTITY_KINDS, 'audit' as const].reduce((n, kind) => n + data[kind].length, 0);
      this.exported.set({ file, count });
    } catch (error) {
      this.exportError.set(errorMessage(error));
    } finally {
      this.exporting.set(false);
    }
  }
}
