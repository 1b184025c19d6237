import { Injectable, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import {
  CROSSWALK_TAGS,
  CrosswalkNames,
  crosswalkNames,
  Framework,
  frameworkOf,
  tagCode,
} from '../../domain/crosswalk';
import { Language, LanguageService } from '../i18n/language';

/** A tag as people read it: "Artikel 11: Arbetsgivarrollen", "Delmål 5.5: Kvinnors fulla …". */
export interface TagLabel {
  tag: string;
  framework: Framework;
  /** "Artikel 11", "Mål 5", "Delmål 5.5" — the number with its word. */
  code: string;
  /** The name in the page's language (empty until the names have arrived). */
  name: string;
}

/**
 * The names of the CEMR articles and Agenda 2030 goals and targets, loaded once from the data files
 * when a page first shows a tag (they are not in the initial download), and labels in the page's
 * language. Until they have arrived, a tag shows its number alone.
 */
@Injectable({ providedIn: 'root' })
export class CrosswalkNamesService {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly loaded = signal<CrosswalkNames | null>(null);
  private loading: Promise<CrosswalkNames> | null = null;

  /** The names, once loaded (null before). */
  readonly names = this.loaded.asReadonly();

  /** Every tag with its label, in the frameworks' order (for pickers and pages). */
  readonly all = computed(() => CROSSWALK_TAGS.map((tag) => this.label(tag)));

  /** Loads the data files (once); pages call it when they show tags. */
  load(): Promise<CrosswalkNames> {
    this.loading ??= Promise.all([
      import('../../domain/crosswalk/cemr-charter.json'),
      import('../../domain/crosswalk/agenda-2030.json'),
    ]).then(([cemr, sdg]) => {
      const names = crosswalkNames(cemr.default, sdg.default);
      this.loaded.set(names);
      return names;
    });
    return this.loading;
  }

  /** A tag's label in the active language (reads the language and the names: use it in computed). */
  label(tag: string): TagLabel {
    const language: Language = this.language.current();
    const framework = frameworkOf(tag);
    const code = tagCode(tag);
    const word = framework === 'cemr' ? 'article' : code.includes('.') ? 'target' : 'goal';
    return {
      tag,
      framework,
      code: this.transloco.translate(`crosswalk.${word}`, { code }, language),
      name: this.loaded()?.names.get(tag)?.[language] ?? '',
    };
  }

  /** "Artikel 11: Arbetsgivarrollen" (or "Artikel 11" before the names have arrived). */
  text(tag: string): string {
    const label = this.label(tag);
    return label.name ? `${label.code}: ${label.name}` : label.code;
  }

  /** The charter part an article is in, in the active language. */
  part(tag: string): string {
    return this.loaded()?.parts.get(tag)?.[this.language.current()] ?? '';
  }

  /** A framework's edition and source in the active language. */
  source(framework: Framework): { edition: string; text: string } | null {
    const source = this.loaded()?.sources[framework];
    return source ? { edition: source.edition, text: source[this.language.current()] } : null;
  }
}
