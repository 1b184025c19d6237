import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalNumberPipe } from '../../core/i18n/format-pipes';
import { ReviewValue } from './review.selectors';

/** A report's indicator values on its review card: women, men, total and the gap, as a table. */
@Component({
  selector: 'app-review-values',
  imports: [TranslocoPipe, LocalNumberPipe],
  template: `
    <div class="scroll">
      <table class="figures">
        <caption>
          {{
            'review.valuesCaption' | transloco: { title: caption() }
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'equality.indicator' | transloco }}</th>
            <th scope="col" class="num">{{ 'equality.women' | transloco }}</th>
            <th scope="col" class="num">{{ 'equality.men' | transloco }}</th>
            <th scope="col" class="num">{{ 'equality.total' | transloco }}</th>
            <th scope="col" class="num">{{ 'equality.gap' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of values(); track row.indicator.id) {
            <tr>
              <th scope="row">
                {{ row.indicator.name }}
                @if (row.value.missingReason) {
                  <span class="missing">
                    {{ 'report.genderMissingShown' | transloco: { reason: row.value.missingReason } }}
                  </span>
                }
                @if (row.value.equalityAnalysis) {
                  <span class="missing">
                    {{ 'report.equalityAnalysisShown' | transloco: { text: row.value.equalityAnalysis } }}
                  </span>
                }
              </th>
              @if (row.indicator.genderDisaggregated) {
                <td class="num">{{ row.value.women | localNumber: 2 }}</td>
                <td class="num">{{ row.value.men | localNumber: 2 }}</td>
              } @else {
                <td class="num">–</td>
                <td class="num">–</td>
              }
              <td class="num">{{ row.value.total | localNumber: 2 }}&nbsp;{{ row.indicator.unit }}</td>
              <td class="num">
                @if (row.gap !== null) {
                  {{ row.gap | localNumber: 2 }}&nbsp;{{
                    row.percentagePoints ? ('units.percentagePoints' | transloco) : row.indicator.unit
                  }}
                } @else {
                  –
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .missing {
      display: block;
      font-style: italic;
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewValues {
  readonly values = input.required<readonly ReviewValue[]>();
  /** The goal's or activity's title, for the table's caption. */
  readonly caption = input.required<string>();
}
