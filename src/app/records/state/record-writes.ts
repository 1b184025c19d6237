import { WriteOp } from '../../data-access/backend';
import { Message } from '../../shared/ui/message';
import { RecordEditorPageActions } from './record-editor.actions';

export type RecordSaved = ReturnType<typeof RecordEditorPageActions.recordSaved>;

/** A new record, or a change to one. */
export function recordWrite({ kind, id, expectedVersion, record }: RecordSaved): WriteOp {
  return (
    id ? { op: 'update', kind, id, expectedVersion, patch: record } : { op: 'create', kind, draft: record }
  ) as WriteOp;
}

/** What saving a person means for them: nothing (inactive), a demo person to choose, or access. */
export function savedMessage(
  { kind, record, title }: RecordSaved,
  signInMethod: 'demo' | 'account' | null,
): Message {
  if (kind !== 'members') return { key: 'editor.saved', params: { title } };
  const member = record as { active?: boolean; roles?: unknown[] };
  const outcome =
    member.active === false || (member.roles ?? []).length === 0
      ? 'inactive'
      : signInMethod === 'account'
        ? 'access'
        : 'demo';
  return { key: `editor.memberSaved.${outcome}`, params: { title } };
}

/** A new goal: the plan page opens at it, with its "Ny indikator" and "Ny aktivitet". */
export function backTo({ kind, id, backUrl }: RecordSaved): string {
  return backUrl + (!id && kind === 'goals' ? '#goal-:created' : '');
}
