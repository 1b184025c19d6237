import { createTestIndicator, createTestReport } from '../../testing/builders';
import { createReportForm, toPatch } from './report-form.model';

describe('report form model', () => {
  const split = createTestIndicator({ id: 'split', genderDisaggregated: true });
  const count = createTestIndicator({ id: 'count', unit: 'st', genderDisaggregated: false });
  const report = createTestReport({
    progress: 40,
    indicatorValues: [{ indicatorId: 'split', women: 1234.5, men: 38, total: null }],
  });

  it('shows stored numbers the Swedish way, and missing ones as empty', () => {
    const form = createReportForm(report, [split, count], 'sv-SE');
    expect(form.controls.values.controls['split'].getRawValue()).toEqual({
      women: '1\u00a0234,5',
      men: '38',
      total: '',
      missing: false,
      missingReason: '',
      equalityAnalysis: '',
    });
    expect(form.controls.progress.value).toBe('40');
    expect(form.controls.values.controls['count'].getRawValue()).toEqual({
      women: '',
      men: '',
      total: '',
      missing: false,
      missingReason: '',
      equalityAnalysis: '',
    });
  });

  it('round-trips: an untouched form gives back the stored values', () => {
    const form = createReportForm(report, [split], 'sv-SE');
    const { patch, errors } = toPatch(form.getRawValue(), [split]);
    expect(errors).toEqual({});
    expect(patch.indicatorValues).toEqual([
      {
        indicatorId: 'split',
        women: 1234.5,
        men: 38,
        total: null,
        missingReason: null,
        equalityAnalysis: null,
      },
    ]);
  });

  const cases: [string, string, number | null, string | null][] = [
    ['Swedish decimals', '41,5', 41.5, null],
    ['thousands with spaces', '1 040', 1040, null],
    ['empty means no value', '', null, null],
    ['letters are refused, not guessed', 'tolv', null, 'notANumber'],
    ['Infinity is refused', 'Infinity', null, 'notANumber'],
  ];
  for (const [name, typed, value, code] of cases) {
    it(`total: ${name}`, () => {
      const form = createReportForm(report, [count], 'sv-SE');
      form.controls.values.controls['count'].controls.total.setValue(typed);
      const { patch, errors } = toPatch(form.getRawValue(), [count]);
      expect(patch.indicatorValues?.[0].total).toBe(value);
      expect(errors['values.count.total']?.code ?? null).toBe(code as never);
    });
  }

  it('never sends women and men for an indicator that is not split by gender', () => {
    const form = createReportForm(report, [count], 'sv-SE');
    form.controls.values.controls['count'].patchValue({ women: '5', men: '6', total: '11', missing: true });
    expect(toPatch(form.getRawValue(), [count]).patch.indicatorValues).toEqual([
      {
        indicatorId: 'count',
        women: null,
        men: null,
        total: 11,
        missingReason: null,
        equalityAnalysis: null,
      },
    ]);
  });

  it('"Uppgift saknas" sends its reason; unticked, the reason typed earlier is not sent', () => {
    const form = createReportForm(report, [split], 'sv-SE');
    const group = form.controls.values.controls['split'];
    group.patchValue({ women: '', missing: true, missingReason: 'SCB publicerar i mars.' });
    expect(toPatch(form.getRawValue(), [split]).patch.indicatorValues?.[0].missingReason).toBe(
      'SCB publicerar i mars.',
    );
    group.patchValue({ missing: false });
    expect(toPatch(form.getRawValue(), [split]).patch.indicatorValues?.[0].missingReason).toBeNull();
  });

  it('a stored reason ticks "Uppgift saknas" again', () => {
    const stored = createTestReport({
      indicatorValues: [
        { indicatorId: 'split', women: null, men: 3, total: 7, missingReason: 'Ej redovisat.' },
      ],
    });
    const group = createReportForm(stored, [split], 'sv-SE').controls.values.controls['split'];
    expect(group.controls.missing.value).toBeTrue();
    expect(group.controls.missingReason.value).toBe('Ej redovisat.');
  });

  it('a backup from before "Uppgift saknas" (and the equality analysis) existed still reads', () => {
    const old = createReportForm(report, [split], 'sv-SE').getRawValue();
    old.values['split'] = { women: '4', men: '5', total: '9' } as never;
    expect(toPatch(old, [split]).patch.indicatorValues).toEqual([
      { indicatorId: 'split', women: 4, men: 5, total: 9, missingReason: null, equalityAnalysis: null },
    ]);
  });
});
