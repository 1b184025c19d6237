import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Period } from '../../domain/model';
import { periodNameKey } from '../../domain/periods';
import { LanguageService } from './language';

type Named = Pick<Period, 'kind' | 'year' | 'name'>;

/** A period's name in the active language (`Helår 2026`, `Full year 2026`); '' without a period. */
export function translatePeriodName(transloco: TranslocoService, period: Named | null | undefined): string {
  if (!period) return '';
  const { key, params } = periodNameKey(period);
  return transloco.translate(key, params);
}

/** `{{ period | periodName }}`: a period's name in the active language. */
@Pipe({ name: 'periodName', pure: false })
export class PeriodNamePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  transform(period: Named | null | undefined): string {
    this.language.current();
    return translatePeriodName(this.transloco, period);
  }
}
