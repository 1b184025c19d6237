import { KoladaLookup } from '../../core/kolada/kolada-lookup';
import { KoladaSearchBox } from '../../core/kolada/kolada-search-box';
import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { KOLADA } from '../../data-access/kolada/kolada-address';
import { KoladaClient } from '../../data-access/kolada/kolada-client';
import { KoladaGroup } from '../../domain/kolada-api';

/**
 * Finds a Kolada municipality group by words of its title ("liknande kommuner", "Halmstad") for
 * the strategist to compare the municipality with; choosing one emits it.
 */
@Component({
  selector: 'app-kolada-group-search',
  imports: [TranslocoPipe, MatButtonModule, KoladaSearchBox],
  template: `
    <app-kolada-search-box
      [lookup]="lookup"
      [region]="'koladaGroup.region' | transloco"
      [label]="'koladaGroup.label' | transloco"
      [button]="'koladaGroup.search' | transloco"
    />
    @if (results(); as found) {
      <ul class="results">
        @for (group of found; track group.id) {
          <li>
            <span
              ><strong>{{ group.name }}</strong> ({{ group.id }})</span
            >
            <button mat-stroked-button type="button" (click)="chosen.emit(group)">
              {{ 'koladaGroup.choose' | transloco: { name: group.name } }}
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
      max-height: 20rem;
      overflow-y: auto;
      li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        justify-content: space-between;
        border-bottom: 1px solid #bdbdbd;
        padding-block: 0.4rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KoladaGroupSearch {
  private readonly client = new KoladaClient(inject(KOLADA).baseUrl);
  /** The group the strategist chose. */
  readonly chosen = output<KoladaGroup>();
  protected readonly lookup = new KoladaLookup<KoladaGroup>((text) => this.client.groups(text));
  protected readonly results = this.lookup.results;
}
