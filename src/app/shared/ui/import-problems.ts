import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Message } from './message';

/** One problem of an import file, ready to show. */
export interface ImportProblemRow {
  /** The spreadsheet's row number; 0 for the file as a whole. */
  row: number;
  column: string;
  message: Message;
}

/** The table of everything wrong with an import file, by row and column. */
@Component({
  selector: 'app-import-problems',
  imports: [TranslocoPipe],
  template: `
    <div class="scroll">
      <table class="figures">
        <caption>
          {{
            'goalImport.problemsCaption' | transloco: { file: fileName() }
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'goalImport.row' | transloco }}</th>
            <th scope="col">{{ 'goalImport.column' | transloco }}</th>
            <th scope="col">{{ 'goalImport.problem' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (p of problems(); track $index) {
            <tr>
              <th scope="row">{{ p.row === 0 ? ('goalImport.wholeFile' | transloco) : p.row }}</th>
              <td>{{ p.column }}</td>
              <td>{{ p.message.key | transloco: p.message.params }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportProblems {
  /** The problems, in file order. */
  readonly problems = input.required<readonly ImportProblemRow[]>();
  /** The file's name, for the caption. */
  readonly fileName = input<string | null>(null);
}
