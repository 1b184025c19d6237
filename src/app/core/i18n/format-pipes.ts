import { Pipe, PipeTransform, inject } from '@angular/core';
import { countKey, formatDate, formatNumber } from './format';
import { LanguageService } from './language';

/** Formats a number in the active UI locale (`1 234,5` in Swedish). */
@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number | null | undefined, maxFractionDigits = 1): string {
    return formatNumber(value, this.language.locale(), maxFractionDigits);
  }
}

/** Formats a date in the active UI locale (`2026-11-22` in Swedish). */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: string | Date | null | undefined): string {
    return formatDate(value, this.language.locale());
  }
}

/** The text key for a count (`'goalImport.rowProblems' | countKey: n | transloco: …`); see `countKey`. */
@Pipe({ name: 'countKey' })
export class CountKeyPipe implements PipeTransform {
  transform(key: string, count: number): string {
    return countKey(key, count);
  }
}
