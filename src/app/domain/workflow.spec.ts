import { REPORT_STATES, REPORT_TRANSITIONS, ReportState, ReportTransition } from './model';
import { isEditable, needsComment, nextState } from './workflow';

describe('report workflow', () => {
  // Every state × transition; anything not listed is refused.
  const allowed: Partial<Record<`${ReportState}:${ReportTransition}`, ReportState>> = {
    'draft:submit': 'submitted',
    'returned:submit': 'submitted',
    'submitted:approve': 'approved',
    'submitted:return': 'returned',
    'approved:reopen': 'returned',
    'submitted:withdraw': 'draft',
  };
  for (const state of REPORT_STATES) {
    for (const transition of REPORT_TRANSITIONS) {
      const expected = allowed[`${state}:${transition}`] ?? null;
      it(`${state} --${transition}--> ${expected ?? 'refused'}`, () => {
        expect(nextState(state, transition)).toBe(expected);
      });
    }
  }

  it('needs a comment to return or reopen, not to submit or approve', () => {
    expect(REPORT_TRANSITIONS.filter(needsComment)).toEqual(['return', 'reopen']);
  });

  const editable: [ReportState, 'planned' | 'open' | 'closed', boolean][] = [
    ['draft', 'open', true],
    ['returned', 'open', true],
    ['submitted', 'open', false],
    ['approved', 'open', false],
    ['draft', 'closed', false],
    ['returned', 'closed', false],
    ['draft', 'planned', false],
  ];
  for (const [state, periodState, expected] of editable) {
    it(`a ${state} report in a ${periodState} period is ${expected ? '' : 'not '}editable`, () => {
      expect(isEditable({ state }, { state: periodState })).toBe(expected);
    });
  }
});
