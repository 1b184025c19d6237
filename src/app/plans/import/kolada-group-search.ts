import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { KOLADA } from '../../data-access/kolada/kolada-address';
import { KoladaClient, KoladaFailed, KoladaProblem } from '../../data-access/kolada/kolada-client';
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
  protected readonly query = signal('');
  protected readonly searching = signal(false);
  protected readonly results = signal<KoladaGroup[] | null>(null);
  protected readonly problem = signal<KoladaProblem | null>(null);

  protected async search(): Promise<void> {
    if (!this.query().trim() || this.searching()) return;
    this.searching.set(true);
    this.problem.set(null);
    this.results.set(null);
    try {
      this.results.set(await this.client.groups(this.query()));
    } catch (error) {
      if (!(error instanceof KoladaFailed)) throw error;
      this.problem.set(error.problem);
    } finally {
      this.searching.set(false);
    }
  }
}
