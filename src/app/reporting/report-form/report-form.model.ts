import { AbstractControl, FormControl, FormGroup } from '@angular/forms';
import { fieldMessage } from '../../core/errors/error-message';
import { Indicator, IndicatorValue, Report, ReportStatus } from '../../domain/model';
import { FieldError, FieldErrors, parseLocaleNumber } from '../../domain/validation';
import { formatNumber } from '../../core/i18n/format';
import { ReportPatch } from '../state/report-form.actions';

/** Numbers are edited as text so that what the person typed (`1 234,5`) is kept as typed. */
export type ValueGroup = FormGroup<{
  women: FormControl<string>;
  men: FormControl<string>;
  total: FormControl<string>;
  /** "Uppgift saknas": women's or men's value is not available, for the reason given. */
  missing: FormControl<boolean>;
  missingReason: FormControl<string>;
  /** Why it differs between women and men (asked for when the gap widened or is off its target). */
  equalityAnalysis: FormControl<string>;
}>;

export type ReportForm = FormGroup<{
  status: FormControl<ReportStatus>;
  progress: FormControl<string>;
  analysis: FormControl<string>;
  nextSteps: FormControl<string>;
  documentUrl: FormControl<string>;
  values: FormGroup<Record<string, ValueGroup>>;
}>;

export type ReportFormValue = ReturnType<ReportForm['getRawValue']>;

/** The element id of a report field (`values.i-1.women` → `field-values-i-1-women`). */
export function fieldId(field: string): string {
  return `field-${field.replace(/\./g, '-')}`;
}

/** A field's label in the error summary: the indicator's name, or the field's translation key. */
export function fieldLabel(field: string, indicators: readonly Pick<Indicator, 'id' | 'name'>[]): string {
  if (!field.startsWith('values.')) return `report.${field}`;
  const [, indicatorId] = field.split('.');
  return indicators.find((i) => i.id === indicatorId)?.name ?? field;
}

/** One indicator's typed values as numbers; what cannot be read is `null` (its error is shown apart). */
export function parseValueGroup(
  group: Pick<ReturnType<ValueGroup['getRawValue']>, 'women' | 'men' | 'total'>,
): {
  women: number | null;
  men: number | null;
  total: number | null;
} {
  const read = (input: string) => {
    const parsed = parseLocaleNumber(input);
    return parsed.ok ? parsed.value : null;
  };
  return { women: read(group.women), men: read(group.men), total: read(group.total) };
}

const text = (value: number | null, locale: string) => (value === null ? '' : formatNumber(value, locale, 6));

export function createReportForm(
  report: Report,
  indicators: readonly Indicator[],
  locale: string,
): ReportForm {
  const values: Record<string, ValueGroup> = {};
  for (const indicator of indicators) {
    const value = report.indicatorValues.find((v) => v.indicatorId === indicator.id);
    values[indicator.id] = new FormGroup({
      women: new FormControl(text(value?.women ?? null, locale), { nonNullable: true }),
      men: new FormControl(text(value?.men ?? null, locale), { nonNullable: true }),
      total: new FormControl(text(value?.total ?? null, locale), { nonNullable: true }),
      missing: new FormControl(typeof value?.missingReason === 'string', { nonNullable: true }),
      missingReason: new FormControl(value?.missingReason ?? '', { nonNullable: true }),
      equalityAnalysis: new FormControl(value?.equalityAnalysis ?? '', { nonNullable: true }),
    });
  }
  return new FormGroup({
    status: new FormControl<ReportStatus>(report.status, { nonNullable: true }),
    progress: new FormControl(text(report.progress, locale), { nonNullable: true }),
    analysis: new FormControl(report.analysis, { nonNullable: true }),
    nextSteps: new FormControl(report.nextSteps, { nonNullable: true }),
    documentUrl: new FormControl(report.documentUrl, { nonNullable: true }),
    values: new FormGroup(values),
  });
}

/**
 * Turns the form into a report patch. Numbers that cannot be read become field errors
 * (and the patch is not sent), never a guess.
 */
export function toPatch(
  value: ReportFormValue,
  indicators: readonly Indicator[],
): { patch: ReportPatch; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const number = (field: string, input: string): number | null => {
    const parsed = parseLocaleNumber(input);
    if (!parsed.ok) {
      errors[field] = parsed.error;
      return null;
    }
    return parsed.value;
  };
  const indicatorValues: IndicatorValue[] = indicators.map((indicator) => {
    const group: Partial<ReturnType<ValueGroup['getRawValue']>> = value.values[indicator.id] ?? {};
    const split = indicator.genderDisaggregated;
    return {
      indicatorId: indicator.id,
      total: number(`values.${indicator.id}.total`, group.total ?? ''),
      women: split ? number(`values.${indicator.id}.women`, group.women ?? '') : null,
      men: split ? number(`values.${indicator.id}.men`, group.men ?? '') : null,
      missingReason: split && group.missing ? (group.missingReason ?? '') : null,
      equalityAnalysis: split && group.equalityAnalysis?.trim() ? group.equalityAnalysis : null,
    };
  });
  return {
    patch: {
      status: value.status,
      progress: number('progress', value.progress),
      analysis: value.analysis,
      nextSteps: value.nextSteps,
      documentUrl: value.documentUrl.trim(),
      indicatorValues,
    },
    errors,
  };
}

/** Puts each domain error on its control (so the field shows it and is marked invalid), clearing the rest. */
export function showErrors(form: ReportForm, errors: FieldErrors): void {
  const controls: [string, AbstractControl][] = [
    ['status', form.controls.status],
    ['progress', form.controls.progress],
    ['analysis', form.controls.analysis],
    ['nextSteps', form.controls.nextSteps],
    ['documentUrl', form.controls.documentUrl],
  ];
  for (const [id, group] of Object.entries(form.controls.values.controls)) {
    for (const part of ['women', 'men', 'total', 'missingReason', 'equalityAnalysis'] as const)
      controls.push([`values.${id}.${part}`, group.controls[part]]);
  }
  for (const [field, control] of controls) {
    const error: FieldError | undefined = errors[field];
    control.setErrors(error ? { domain: fieldMessage(error) } : null, { emitEvent: false });
  }
}
