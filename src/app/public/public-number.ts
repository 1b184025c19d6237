import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { formatNumber } from '../core/i18n/format';
import { LanguageService } from '../core/i18n/language';
import { shownDecimals } from '../domain/indicator';
import { PublicNumber } from '../domain/public-figures';

/** A published figure as text: the number in the active locale, or what stands in its place. */
export function publicNumberText(
  value: PublicNumber,
  unit: string,
  locale: string,
  translate: (key: string) => string,
): string {
  if (value === null) return translate('public.noValue');
  if (value === 'fewer-than-5') return translate('public.fewerThan5');
  if (value === 'withheld') return translate('public.withheld');
  return formatNumber(value, locale, shownDecimals(unit));
}

/** `{{ figures.women | publicNumber: indicator.unit }}`. */
@Pipe({ name: 'publicNumber', pure: false })
export class PublicNumberPipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  transform(value: PublicNumber, unit: string): string {
    return publicNumberText(value, unit, this.language.locale(), (key) => this.transloco.translate(key));
  }
}
