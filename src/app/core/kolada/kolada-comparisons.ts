import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ComparisonRow, KoladaComparison } from '../../domain/kolada-api';
import { gapInPercentagePoints } from '../../domain/indicator';
import { BarChart, ChartSeries } from '../../shared/ui/bar-chart';
import { GENDER_COLORS } from '../../shared/ui/status-colors';
import { formatDate, formatNumber } from '../i18n/format';
import { LanguageService } from '../i18n/language';

/**
 * The Kolada-linked indicators' latest values for women and men beside the county, the whole
 * country and the comparison group: a section with, per indicator, a chart and a table with the
 * same figures, the gap and the source. Shown on the plan page, in Jämställdhet and in the
 * Lägesrapport; nothing when there is nothing to compare.
 */
@Component({
  selector: 'app-kolada-comparisons',
  imports: [TranslocoPipe, BarChart],
  template: `
    @if (comparisons().length) {
      <section aria-labelledby="kolada-comparisons">
        <h2 id="kolada-comparisons">{{ 'koladaComparison.title' | transloco }}</h2>
        <p>{{ 'koladaComparison.intro' | transloco }}</p>
        @for (c of shown(); track c.comparison.indicator.id) {
          <h3>{{ c.comparison.indicator.name }}</h3>
          <app-bar-chart
            [labels]="c.labels"
            [series]="c.series"
            [summary]="
              'koladaComparison.summary'
                | transloco: { name: c.comparison.indicator.name, year: c.comparison.measurement.year }
            "
            [height]="220"
          />
          <div class="scroll">
            <table class="figures">
              <caption>
                {{
                  'koladaComparison.caption'
                    | transloco
                      : {
                          name: c.comparison.indicator.name,
                          year: c.comparison.measurement.year,
                          kpi: c.comparison.kpi,
                          date: c.fetched,
                        }
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
                @for (row of c.rows; track row.name) {
                  <tr>
                    <th scope="row">{{ row.name }}</th>
                    <td class="num">{{ row.women }}</td>
                    <td class="num">{{ row.men }}</td>
                    <td class="num">{{ row.gap }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </section>
    }
  `,
  styles: `
    h3 {
      font-size: 1.05rem;
      margin-block: 1rem 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KoladaComparisons {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  readonly comparisons = input.required<KoladaComparison[]>();
  /** The municipality's name (its own row). */
  readonly municipality = input.required<string>();

  /** Each comparison as the page shows it: names, numbers and dates in the page's language. */
  protected readonly shown = computed(() => {
    this.language.current();
    const locale = this.language.locale();
    const t = (key: string) => this.transloco.translate(key);
    const number = (value: number | null) =>
      value === null ? t('koladaImport.missing') : formatNumber(value, locale);
    return this.comparisons().map((comparison) => {
      const name = (row: ComparisonRow) =>
        row.place === 'own'
          ? this.municipality()
          : row.place === 'group'
            ? row.name
            : t(`koladaComparison.${row.place}`);
      // A difference between two percentages is in procentenheter.
      const gapUnit = gapInPercentagePoints(comparison.indicator.unit)
        ? t('units.percentagePoints')
        : comparison.indicator.unit;
      const series: ChartSeries[] = [
        { label: t('equality.women'), data: comparison.rows.map((r) => r.women), color: GENDER_COLORS.women },
        { label: t('equality.men'), data: comparison.rows.map((r) => r.men), color: GENDER_COLORS.men },
      ];
      return {
        comparison,
        labels: comparison.rows.map(name),
        series,
        fetched: formatDate(comparison.measurement.fetchedAt ?? '', locale),
        rows: comparison.rows.map((row) => ({
          name: name(row),
          women: number(row.women),
          men: number(row.men),
          gap: row.gap === null ? '' : `${number(row.gap)} ${gapUnit}`,
        })),
      };
    });
  });
}
