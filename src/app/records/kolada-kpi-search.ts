import { KoladaLookup } from '../core/kolada/kolada-lookup';
import { KoladaSearchBox } from '../core/kolada/kolada-search-box';
import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { KOLADA } from '../data-access/kolada/kolada-address';
import { KoladaClient } from '../data-access/kolada/kolada-client';
import { KoladaKpi } from '../domain/kolada-api';

/**
 * Finds a Kolada KPI by id or by words of its title, in Kolada's own list, and shows what the
 * strategist needs to choose: title, description, whether it is split by gender, when Kolada
 * publishes it. Choosing one emits it (the indicator form takes its id).
 */
@Component({
  selector: 'app-kolada-kpi-search',
  imports: [TranslocoPipe, MatButtonModule, KoladaSearchBox],
  template: `
    <app-kolada-search-box
      [lookup]="lookup"
      [region]="'koladaSearch.region' | transloco"
      [label]="'koladaSearch.label' | transloco"
      [button]="'koladaSearch.search' | transloco"
    />
    @if (results(); as found) {
      <ul class="results">
        @for (kpi of found; track kpi.id) {
          <li>
            <p class="title">
              <strong>{{ kpi.id }}</strong> {{ kpi.title }}
            </p>
            @if (kpi.description) {
              <p class="description">{{ kpi.description }}</p>
            }
            <p class="facts">
              {{ (kpi.dividedByGender ? 'koladaSearch.byGender' : 'koladaSearch.notByGender') | transloco }}
              @if (kpi.publicationDate) {
                · {{ 'koladaSearch.published' | transloco: { date: kpi.publicationDate } }}
              }
            </p>
            <button mat-stroked-button type="button" (click)="chosen.emit(kpi)">
              {{ 'koladaSearch.choose' | transloco: { id: kpi.id } }}
            </button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .results {
      list-style: none;
      padding: 0;
      max-height: 24rem;
      overflow-y: auto;
      li {
        border-bottom: 1px solid #bdbdbd;
        padding-block: 0.5rem;
      }
      p {
        margin-block: 0.2rem;
      }
    }
    .description,
    .facts {
      color: #424242;
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KoladaKpiSearch {
  private readonly client = new KoladaClient(inject(KOLADA).baseUrl);
  readonly chosen = output<KoladaKpi>();
  protected readonly lookup = new KoladaLookup<KoladaKpi>((text) => this.client.search(text));
  protected readonly results = this.lookup.results;
}
