import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** The spreadsheet files an import reads: CSV (Excel's Swedish export included) and .xlsx. */
const SPREADSHEETS =
  '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Choosing a spreadsheet to import: a labelled file field with its hint (already translated), which
 * says which file was chosen, or that the choice was cleared (null).
 */
@Component({
  selector: 'app-file-choice',
  template: `
    <label class="file" [for]="inputId()">{{ label() }}</label>
    <input
      [id]="inputId()"
      type="file"
      [accept]="accept"
      [attr.aria-describedby]="inputId() + '-hint'"
      (change)="chosen.emit($any($event.target).files?.[0] ?? null)"
    />
    <p [id]="inputId() + '-hint'" class="hint">{{ hint() }}</p>
  `,
  styles: `
    :host {
      display: block;
    }
    label.file {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    input[type='file'] {
      max-width: 100%;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileChoice {
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input.required<string>();
  readonly chosen = output<File | null>();
  protected readonly accept = SPREADSHEETS;
}
