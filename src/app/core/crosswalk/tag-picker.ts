import {
  ChangeDetectionStrategy,
  Component,
  computed,
  forwardRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { TranslocoPipe } from '@jsverse/transloco';
import { isCrosswalkTag, MAX_TAGS, sortTags } from '../../domain/crosswalk';
import { CrosswalkNamesService, TagLabel } from './crosswalk-names';

/** At most this many suggestions are listed at once (type more to narrow them down). */
const SHOWN = 40;

/** Folds case and accents away, so "jamstalldhet" finds "Jämställdhet". */
const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * A searchable multi-select of CEMR articles and Agenda 2030 goals and targets (a form control
 * whose value is the tags, `cemr:11`, `sdg:5.5`): the chosen ones as removable chips, and a text
 * field that suggests articles, goals and targets by number or by words of their names.
 * Keyboard: type, arrow to a suggestion and press Enter (or type a number such as "5.5" and press
 * Enter); Backspace or Delete on a chip removes it.
 */
@Component({
  selector: 'app-tag-picker',
  imports: [TranslocoPipe, MatFormFieldModule, MatChipsModule, MatAutocompleteModule],
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => TagPicker), multi: true }],
  template: `
    <mat-form-field subscriptSizing="dynamic" appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [disabled]="disabled()" [attr.aria-label]="'crosswalk.chosen' | transloco">
        @for (chip of chosen(); track chip.tag) {
          <mat-chip-row (removed)="remove(chip.tag)">
            {{ chip.code }}{{ chip.name ? ': ' + chip.name : '' }}
            <button
              matChipRemove
              type="button"
              [attr.aria-label]="'crosswalk.remove' | transloco: { code: chip.code }"
            >
              <span aria-hidden="true">×</span>
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <input
        #search
        [id]="inputId()"
        [value]="query()"
        (input)="query.set(search.value)"
        (focus)="loadNames()"
        [matChipInputFor]="grid"
        [matAutocomplete]="auto"
        (matChipInputTokenEnd)="addTyped($event)"
        (blur)="touched()"
        [attr.aria-invalid]="error() ? true : null"
        [attr.aria-describedby]="error() ? inputId() + '-error' : null"
      />
      <mat-autocomplete
        #auto="matAutocomplete"
        (optionSelected)="add($event.option.value); search.value = ''; query.set('')"
      >
        @for (group of suggestions(); track group.framework) {
          <mat-optgroup [label]="'crosswalk.framework.' + group.framework | transloco">
            @for (option of group.options; track option.tag) {
              <mat-option [value]="option.tag"
                >{{ option.code }}{{ option.name ? ': ' + option.name : '' }}</mat-option
              >
            }
          </mat-optgroup>
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
    </mat-form-field>
    @if (error()) {
      <p class="error" [id]="inputId() + '-error'">{{ error() }}</p>
    }
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
    mat-chip-row {
      max-width: 100%;
    }
    .error {
      color: #b3261e;
      margin: 0.25rem 0 0 1rem;
      font-size: 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TagPicker implements ControlValueAccessor {
  private readonly crosswalk = inject(CrosswalkNamesService);

  /** The field's visible label. */
  readonly label = input.required<string>();
  /** The text field's id (the label and error focus point at it). */
  readonly inputId = input.required<string>();
  readonly hint = input('');
  /** The field's error, already translated. */
  readonly error = input('');

  protected readonly value = signal<string[]>([]);
  protected readonly query = signal('');
  protected readonly disabled = signal(false);
  private onChange: (value: string[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  protected readonly chosen = computed(() => this.value().map((tag) => this.crosswalk.label(tag)));

  /** Suggestions for what is typed, by number ("5.5", "11") or words of the name, in groups. */
  protected readonly suggestions = computed(() => {
    const words = fold(this.query()).split(/\s+/).filter(Boolean);
    const chosen = new Set(this.value());
    const matches = (label: TagLabel) => {
      const text = fold(`${label.code} ${label.tag.slice(label.tag.indexOf(':') + 1)} ${label.name}`);
      return words.every((w) => text.includes(w));
    };
    const found = this.crosswalk
      .all()
      .filter((label) => !chosen.has(label.tag) && matches(label))
      .slice(0, SHOWN);
    return (['cemr', 'sdg'] as const)
      .map((framework) => ({ framework, options: found.filter((l) => l.framework === framework) }))
      .filter((g) => g.options.length > 0);
  });

  protected loadNames(): void {
    void this.crosswalk.load();
  }

  protected add(tag: string): void {
    if (!isCrosswalkTag(tag) || this.value().includes(tag) || this.value().length >= MAX_TAGS) return;
    this.set(sortTags([...this.value(), tag]));
  }

  /** Enter in the text field: a number typed in full ("5.5", "art 11") is taken as it is. */
  protected addTyped(event: MatChipInputEvent): void {
    const typed = event.value.trim();
    if (!typed) return;
    const exact = this.suggestions()
      .flatMap((g) => g.options)
      .filter((o) => fold(o.code) === fold(typed) || o.tag.endsWith(`:${typed.toLowerCase()}`));
    if (exact.length === 1) {
      this.add(exact[0].tag);
      event.chipInput.clear();
      this.query.set('');
    }
  }

  protected remove(tag: string): void {
    this.set(this.value().filter((t) => t !== tag));
  }

  protected touched(): void {
    this.onTouched();
  }

  private set(tags: string[]): void {
    this.value.set(tags);
    this.onChange(tags);
  }

  writeValue(value: unknown): void {
    const tags = Array.isArray(value) ? (value as string[]) : [];
    this.value.set(tags);
    if (tags.length) void this.crosswalk.load();
  }

  registerOnChange(fn: (value: string[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }
}
