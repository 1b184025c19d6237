import { Id } from '../domain/model';
import { sameName } from '../domain/goal-import-columns';
import { FieldErrors } from '../domain/validation';
import { EditableKind, EntityForm } from './entity-form';
import { ACTIVITY_FORM, FOCUS_AREA_FORM, GOAL_FORM, INDICATOR_FORM } from './planning-forms';
import { DEPARTMENT_FORM, MEMBER_FORM, PERIOD_FORM } from './organisation-forms';

export type {
  EditableKind,
  FieldType,
  FormValue,
  FormValues,
  FieldOption,
  FieldSpec,
  EditorContext,
  EntityForm,
} from './entity-form';
export { ACTIVITY_FORM, FOCUS_AREA_FORM, GOAL_FORM, INDICATOR_FORM } from './planning-forms';
export { DEPARTMENT_FORM, MEMBER_FORM, PERIOD_FORM } from './organisation-forms';

/** Every record form, by the kind of record it edits. */
export const ENTITY_FORMS: { [K in EditableKind]: EntityForm<K> } = {
  focusAreas: FOCUS_AREA_FORM,
  goals: GOAL_FORM,
  indicators: INDICATOR_FORM,
  activities: ACTIVITY_FORM,
  periods: PERIOD_FORM,
  departments: DEPARTMENT_FORM,
  members: MEMBER_FORM,
};

/** The `duplicate` error when `draft` repeats the unique field of another record in its scope. */
export function duplicateError(
  form: Pick<EntityForm<EditableKind>, 'unique'>,
  draft: Record<string, unknown>,
  records: readonly Record<string, unknown>[],
  selfId: Id | null,
): FieldErrors {
  const unique = form.unique;
  if (!unique) return {};
  const value = draft[unique.field];
  if (typeof value !== 'string' || value.trim() === '') return {};
  const same = (v: unknown) => typeof v === 'string' && sameName(v, value);
  const clash = records.some(
    (r) => r['id'] !== selfId && same(r[unique.field]) && (unique.sameScope?.(r, draft) ?? true),
  );
  return clash ? { [unique.field]: { code: 'duplicate', params: { name: value.trim() } } } : {};
}
