import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalNumberPipe } from '../core/i18n/format-pipes';
import { gapInPercentagePoints, shownDecimals } from '../domain/indicator';
import { Indicator } from '../domain/model';
import { WidenedGap } from './crosswalk-follow-up';

/**
 * The overview's gender gaps that widened since the period before: per indicator, its goal, the
 * gap then and now, and the lead department's equality analysis ("Varför skiljer det sig …?").
 */
@Component({
  selector: 'app-widened-gaps',
  imports: [TranslocoPipe, LocalNumberPipe, RouterLink],
  template: `
    <section aria-labelledby="widened-gaps">
      <h2 id="widened-gaps">{{ 'widenedGaps.title' | transloco }}</h2>
      @if (!ready()) {
        <p role="status">{{ 'common.loading' | transloco }}</p>
      } @else if (!hasPrevious()) {
        <p>{{ 'widenedGaps.noPrevious' | transloco }}</p>
      } @else if (rows().length === 0) {
        <p>{{ 'widenedGaps.none' | transloco }}</p>
      } @else {
        @if (total() > rows().length) {
          <p>{{ 'widenedGaps.widest' | transloco: { shown: rows().length, total: total() } }}</p>
        }
        <div class="scroll">
          <table class="figures">
            <caption class="visually-hidden">
              {{
                'widenedGaps.title' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'equality.indicator' | transloco }}</th>
                <th scope="col">{{ 'common.goal' | transloco }}</th>
                <th scope="col">{{ 'widenedGaps.change' | transloco }}</th>
                <th scope="col">{{ 'widenedGaps.analysis' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (item of rows(); track item.indicator.id) {
                @let digits = decimals(item.indicator.unit);
                @let unit =
                  points(item.indicator.unit) ? ('units.percentagePoints' | transloco) : item.indicator.unit;
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/trend', item.indicator.id]">{{ item.indicator.name }}</a>
                  </th>
                  <td>{{ item.goal.title }}</td>
                  <td>
                    <span aria-hidden="true">↗</span>
                    {{
                      'equality.movement.' + item.trend
                        | transloco
                          : {
                              from: (item.previousGap | localNumber: digits),
                              to: (item.gap | localNumber: digits),
                              unit,
                            }
                    }}
                  </td>
                  <td class="analysis">
                    {{ item.analysis || ('widenedGaps.noAnalysis' | transloco) }}
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    .analysis {
      white-space: pre-line;
    }
  `,
  styleUrl: './dashboard.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WidenedGaps {
  /** The widened gaps, widest change first. */
  readonly rows = input.required<readonly (WidenedGap & { indicator: Indicator })[]>();
  /** How many widened in all (more than `rows` when only the widest are listed). */
  readonly total = input(0);
  /** Whether the values have arrived. */
  readonly ready = input(true);
  /** Whether there is a period before to compare with. */
  readonly hasPrevious = input(true);

  protected readonly decimals = shownDecimals;
  protected readonly points = gapInPercentagePoints;
}
