import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** One choice of a filter: its value in the URL and what it says (a translation key when `key`). */
export interface FilterOption {
  value: string;
  label: string;
  key?: boolean;
}

/**
 * One filter of a page's filter bar: a labelled native select with "all" first, whose choice the
 * page puts in its URL (so a filtered view can be shared and survives a reload).
 */
@Component({
  selector: 'app-filter-select',
  imports: [TranslocoPipe],
  template: `
    <div class="filter">
      <label [for]="inputId()">{{ label() }}</label>
      <select [id]="inputId()" (change)="chosen.emit($any($event.target).value)">
        <option value="" [selected]="!value()">{{ allLabel() }}</option>
        @for (o of options(); track o.value) {
          <option [value]="o.value" [selected]="o.value === value()">
            {{ o.key ? (o.label | transloco) : o.label }}
          </option>
        }
      </select>
    </div>
  `,
  styles: ':host { display: contents; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterSelect {
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  /** What the empty choice says ("Alla planer"). */
  readonly allLabel = input.required<string>();
  readonly options = input.required<readonly FilterOption[]>();
  /** The chosen value; empty or undefined for all. */
  readonly value = input<string | null | undefined>();
  readonly chosen = output<string>();
}
