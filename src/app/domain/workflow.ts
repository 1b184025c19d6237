import { Period, Report, ReportState, ReportTransition } from './model';

/**
 * The report workflow: draft → submitted → approved, or submitted → returned (with a comment)
 * → submitted again. Reopening an approved report sends it back as returned. The department can
 * withdraw a submitted report before it is reviewed: it is a draft again.
 */
const TRANSITIONS: Record<ReportTransition, { from: readonly ReportState[]; to: ReportState }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
  reopen: { from: ['approved'], to: 'returned' },
  withdraw: { from: ['submitted'], to: 'draft' },
};

/** The state a transition leads to, or `null` when it is not allowed from `state`. */
export function nextState(state: ReportState, transition: ReportTransition): ReportState | null {
  const rule = TRANSITIONS[transition];
  return rule.from.includes(state) ? rule.to : null;
}

/** The states a transition can start from. */
export function statesAllowing(transition: ReportTransition): readonly ReportState[] {
  return TRANSITIONS[transition].from;
}

/** Transitions that need a comment saying why. */
export function needsComment(transition: ReportTransition): boolean {
  return transition === 'return' || transition === 'reopen';
}

/** A report's content can change only while its period is open and it is a draft or returned. */
export function isEditable(report: Pick<Report, 'state'>, period: Pick<Period, 'state'>): boolean {
  return period.state === 'open' && (report.state === 'draft' || report.state === 'returned');
}
