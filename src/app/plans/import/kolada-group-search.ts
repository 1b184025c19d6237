import { KoladaLookup } from '../../core/kolada/kolada-lookup';
import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
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
  imports: [TranslocoPipe, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <div class="search" role="search" [attr.aria-label]="'koladaGroup.region' | transloco">
      <mat-form-field subscriptSizing="dynamic" appearance="outline">
        <mat-label>{{ 'koladaGroup.label' | transloco }}</mat-label>
        <input
          matInput
          type="search"
          [value]="query()"
          (input)="query.set($any($event.target).value)"
          (keydown.enter)="$event.preventDefault(); search()"
        />
      </mat-form-field>
      <button mat-stroked-button type="button" [disabled]="searching()" (click)="search()">
        {{ 'koladaGroup.search' | transloco }}
      </button>
    </div>
    <p role="status">
      @if (searching()) {
        {{ 'koladaSearch.searching' | transloco }}
      } @else if (problem(); as p) {
        {{ 'koladaImport.problem.' + p | transloco: { detail: '' } }}
      } @else if (results(); as found) {
        {{ 'koladaSearch.found' | transloco: { count: found.length } }}
      }
    </p>
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
    .search {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
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
  private readonly lookup = new KoladaLookup<KoladaGroup>((text) => this.client.groups(text));
  protected readonly query = this.lookup.query;
  protected readonly searching = this.lookup.searching;
  protected readonly results = this.lookup.results;
  protected readonly problem = this.lookup.problem;

  protected search(): Promise<void> {
    return this.lookup.search();
  }
}
