import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ComparisonRow, KoladaComparison } from '../../domain/kolada-api';
import { gapInPercentagePoints } from '../../domain/indicator';
import { BarChart, ChartSeries } from './bar-chart';
import { GENDER_COLORS } from './status-colors';

/**
 * An indicator's latest Kolada value for women and men beside the county, the whole country and
 * the comparison group: a chart, and a table with the same figures and the gap.
 */
@Component({
  selector: 'app-kolada-comparison',
  imports: [TranslocoPipe, BarChart],
  template: `
    @let c = comparison();
    <h3>{{ c.indicator.name }}</h3>
    <app-bar-chart
      [labels]="labels()"
      [series]="series()"
      [summary]="'koladaComparison.summary' | transloco: { name: c.indicator.name, year: c.measurement.year }"
      [height]="220"
    />
    <div class="scroll">
      <table class="figures">
        <caption>
          {{
            'koladaComparison.caption'
              | transloco: { name: c.indicator.name, year: c.measurement.year, kpi: c.kpi, date: fetched() }
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'koladaComparison.place' | transloco }}</th>
            <th scope="col" class="num">{{ 'equality.women' | transloco }}</th>
            <th scope="col" class="num">{{ 'equality.men' | transloco }}</th>
            <th scope="col" class="num">{{ 'equality.gap' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of c.rows; track row.place) {
            <tr>
              <th scope="row">{{ nameOf(row) }}</th>
              <td class="num">{{ number(row.women) }}</td>
              <td class="num">{{ number(row.men) }}</td>
              <td class="num">{{ row.gap === null ? '' : number(row.gap) + ' ' + gapUnit() }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    h3 {
      font-size: 1.05rem;
      margin-block: 1rem 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KoladaComparisonView {
  private readonly transloco = inject(TranslocoService);
  readonly comparison = input.required<KoladaComparison>();
  /** The municipality's name (its own row). */
  readonly municipality = input.required<string>();
  /** Writes a number in the page's language (`1 234,5`). */
  readonly format = input.required<(value: number) => string>();
  /** Writes a day in the page's language. */
  readonly formatDay = input.required<(iso: string) => string>();

  protected readonly labels = computed(() => this.comparison().rows.map((row) => this.nameOf(row)));
  protected readonly series = computed((): ChartSeries[] => [
    {
      label: this.transloco.translate('equality.women'),
      data: this.comparison().rows.map((r) => r.women),
      color: GENDER_COLORS.women,
    },
    {
      label: this.transloco.translate('equality.men'),
      data: this.comparison().rows.map((r) => r.men),
      color: GENDER_COLORS.men,
    },
  ]);
  protected readonly fetched = computed(() =>
    this.formatDay()(this.comparison().measurement.fetchedAt ?? ''),
  );
  /** A difference between two percentages is in procentenheter. */
  protected readonly gapUnit = computed(() =>
    gapInPercentagePoints(this.comparison().indicator.unit)
      ? this.transloco.translate('units.percentagePoints')
      : this.comparison().indicator.unit,
  );

  protected nameOf(row: ComparisonRow): string {
    if (row.place === 'own') return this.municipality();
    if (row.place === 'group') return row.name;
    return this.transloco.translate(`koladaComparison.${row.place}`);
  }

  protected number(value: number | null): string {
    return value === null ? this.transloco.translate('koladaImport.missing') : this.format()(value);
  }
}
