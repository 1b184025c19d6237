import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoladaLookup } from './kolada-lookup';

/**
 * The search field, button and status line of a search in one of Kolada's lists (KPIs,
 * municipality groups); the page lists what `lookup` found under it in its own way.
 */
@Component({
  selector: 'app-kolada-search-box',
  imports: [TranslocoPipe, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    @let search = lookup();
    <div class="search" role="search" [attr.aria-label]="region()">
      <mat-form-field subscriptSizing="dynamic" appearance="outline">
        <mat-label>{{ label() }}</mat-label>
        <input
          matInput
          type="search"
          [value]="search.query()"
          (input)="search.query.set($any($event.target).value)"
          (keydown.enter)="$event.preventDefault(); search.search()"
        />
      </mat-form-field>
      <button mat-stroked-button type="button" [disabled]="search.searching()" (click)="search.search()">
        {{ button() }}
      </button>
    </div>
    <p role="status" class="search-outcome">
      @if (search.searching()) {
        {{ 'koladaSearch.searching' | transloco }}
      } @else if (search.problem(); as p) {
        {{ 'koladaImport.problem.' + p | transloco: { detail: '' } }}
      } @else if (search.results(); as found) {
        {{ 'koladaSearch.found' | transloco: { count: found.length } }}
      }
    </p>
  `,
  styles: `
    .search {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KoladaSearchBox {
  /** The search: what is typed, and what it found. */
  readonly lookup = input.required<KoladaLookup<unknown>>();
  /** The search region's name, the field's label and the button's text (translated). */
  readonly region = input.required<string>();
  readonly label = input.required<string>();
  readonly button = input.required<string>();
}
