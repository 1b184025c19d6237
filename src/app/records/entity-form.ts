import { Department, Draft, EntityMap, FocusArea, Goal, Id } from '../domain/model';
import { FieldErrors, parseLocaleNumber } from '../domain/validation';

/**
 * The record forms of the strategist and administrator workspaces, described as data: one page
 * renders any of them with labelled Material fields, and these functions turn typed text into a
 * record (and back) — testable without a browser.
 */
export type EditableKind =
  'focusAreas' | 'goals' | 'indicators' | 'activities' | 'periods' | 'departments' | 'members';
export type FieldType =
  'text' | 'textarea' | 'number' | 'year' | 'date' | 'select' | 'multiselect' | 'checkbox' | 'tags';
export type FormValue = string | string[] | boolean;
export type FormValues = Record<string, FormValue>;

export interface FieldOption {
  value: string;
  /** Shown as is (a name) … */
  label?: string;
  /** … or translated (a fixed choice). */
  labelKey?: string;
}

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Spans the whole form row. */
  wide?: boolean;
  /** Has a hint, `fields.<kind>.<name>Hint`. */
  hint?: boolean;
  options?: (context: EditorContext) => FieldOption[];
  /** Offers a search in Kolada's KPI list beside the field (the indicator's Kolada id). */
  koladaSearch?: boolean;
}

export interface EditorContext {
  /** The plan being edited (planning records). */
  planId: Id | null;
  /** The parent: a focus area for a new goal, a goal for a new indicator or activity. */
  parentId: Id | null;
  departments: readonly Department[];
  focusAreas: readonly FocusArea[];
  /** The plan's goals (to place a new or moved goal last in its focus area). */
  goals: readonly Goal[];
}

export interface EntityForm<K extends EditableKind> {
  kind: K;
  fields: FieldSpec[];
  /** The field that names the record (for messages). */
  titleField: string;
  toValues(record: EntityMap[K] | null, context: EditorContext): FormValues;
  /** The record to send, and the fields whose text could not be read. */
  toDraft(
    values: FormValues,
    context: EditorContext,
    existing: EntityMap[K] | null,
  ): { draft: Draft<EntityMap[K]>; errors: FieldErrors };
  validate(draft: Draft<EntityMap[K]>): FieldErrors;
  /**
   * A field that must not repeat (compared as a person would: case and spaces aside) among the
   * records for which `sameScope` holds — e.g. goal titles within one focus area.
   */
  unique?: { field: string; sameScope?: (a: Record<string, unknown>, b: Record<string, unknown>) => boolean };
  /** Where the person goes back to (and after saving). */
  backUrl(context: EditorContext): string;
}

export const text = (values: FormValues, name: string) => String(values[name] ?? '');
export const list = (values: FormValues, name: string) =>
  Array.isArray(values[name]) ? (values[name] as string[]) : [];

/** Reads number fields; text that is not a number is an error on its field, never a guess. */
export function numbers(
  values: FormValues,
  names: readonly string[],
): { read: Record<string, number | null>; errors: FieldErrors } {
  const read: Record<string, number | null> = {};
  const errors: FieldErrors = {};
  for (const name of names) {
    const parsed = parseLocaleNumber(text(values, name));
    if (parsed.ok) read[name] = parsed.value;
    else {
      read[name] = null;
      errors[name] = parsed.error;
    }
  }
  return { read, errors };
}

/** Numbers as a Swedish person reads them: decimal comma. */
export function numberText(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

export const activeDepartments = (context: EditorContext): FieldOption[] =>
  context.departments
    .filter((d) => d.active)
    .map((d) => ({ value: d.id, label: d.name }))
    .sort((a, b) => a.label!.localeCompare(b.label!, 'sv'));

export const planUrl = (context: EditorContext) => `/plans/${context.planId}`;
