import { nextGoalOrder } from '../domain/plan-order';
import {
  Activity,
  DIRECTIONS,
  Department,
  Draft,
  EntityMap,
  FocusArea,
  Goal,
  Id,
  Indicator,
  Member,
  ROLES,
} from '../domain/model';
import { sameName } from '../domain/goal-import';
import {
  FieldErrors,
  parseLocaleNumber,
  validateActivity,
  validateDepartment,
  validateFocusArea,
  validateGoal,
  validateIndicator,
  validateMember,
  validatePeriod,
} from '../domain/validation';

/**
 * The record forms of the strategist and administrator workspaces, described as data: one page
 * renders any of them with labelled Material fields, and these functions turn typed text into a
 * record (and back) — testable without a browser.
 */
export type EditableKind =
  'focusAreas' | 'goals' | 'indicators' | 'activities' | 'periods' | 'departments' | 'members';
export type FieldType =
  'text' | 'textarea' | 'number' | 'year' | 'date' | 'select' | 'multiselect' | 'checkbox';
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

const text = (values: FormValues, name: string) => String(values[name] ?? '');
const list = (values: FormValues, name: string) =>
  Array.isArray(values[name]) ? (values[name] as string[]) : [];

/** Reads number fields; text that is not a number is an error on its field, never a guess. */
function numbers(
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
function numberText(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

const activeDepartments = (context: EditorContext): FieldOption[] =>
  context.departments
    .filter((d) => d.active)
    .map((d) => ({ value: d.id, label: d.name }))
    .sort((a, b) => a.label!.localeCompare(b.label!, 'sv'));

const planUrl = (context: EditorContext) => `/plans/${context.planId}`;

export const FOCUS_AREA_FORM: EntityForm<'focusAreas'> = {
  kind: 'focusAreas',
  titleField: 'title',
  fields: [
    { name: 'title', type: 'text', wide: true },
    { name: 'description', type: 'textarea', wide: true },
  ],
  toValues: (area) => ({ title: area?.title ?? '', description: area?.description ?? '' }),
  toDraft: (values, context, existing) => ({
    draft: {
      planId: context.planId ?? '',
      title: text(values, 'title').trim(),
      description: text(values, 'description'),
      order: existing?.order ?? Math.max(0, ...context.focusAreas.map((a) => a.order + 1)),
    },
    errors: {},
  }),
  validate: validateFocusArea,
  unique: { field: 'title', sameScope: (a, b) => a['planId'] === b['planId'] },
  backUrl: planUrl,
};

export const GOAL_FORM: EntityForm<'goals'> = {
  kind: 'goals',
  titleField: 'title',
  fields: [
    { name: 'title', type: 'text', wide: true },
    { name: 'description', type: 'textarea', wide: true },
    {
      name: 'focusAreaId',
      type: 'select',
      hint: true,
      options: (c) =>
        [...c.focusAreas].sort((a, b) => a.order - b.order).map((a) => ({ value: a.id, label: a.title })),
    },
    { name: 'leadDepartmentId', type: 'select', hint: true, options: activeDepartments },
    { name: 'contributingDepartmentIds', type: 'multiselect', options: activeDepartments },
    { name: 'contributorsReportValues', type: 'checkbox', wide: true, hint: true },
    { name: 'targetYear', type: 'year' },
  ],
  toValues: (goal, context) => ({
    title: goal?.title ?? '',
    description: goal?.description ?? '',
    focusAreaId: goal?.focusAreaId ?? context.parentId ?? '',
    leadDepartmentId: goal?.leadDepartmentId ?? '',
    contributingDepartmentIds: goal?.contributingDepartmentIds ?? [],
    contributorsReportValues: goal?.contributorsReportValues ?? false,
    targetYear: goal?.targetYear ? String(goal.targetYear) : '',
  }),
  toDraft: (values, context, existing) => {
    const { read, errors } = numbers(values, ['targetYear']);
    const focusAreaId = text(values, 'focusAreaId');
    const lead = text(values, 'leadDepartmentId');
    const moved = !existing || existing.focusAreaId !== focusAreaId;
    return {
      draft: {
        planId: context.planId ?? '',
        focusAreaId,
        title: text(values, 'title').trim(),
        description: text(values, 'description'),
        leadDepartmentId: lead,
        // The lead is responsible already; listing it as contributing too would count it twice.
        contributingDepartmentIds: list(values, 'contributingDepartmentIds').filter((d) => d !== lead),
        contributorsReportValues: values['contributorsReportValues'] === true,
        targetYear: read['targetYear'],
        order: moved ? nextGoalOrder(context.goals, focusAreaId, existing?.id ?? null) : existing.order,
      },
      errors,
    };
  },
  validate: validateGoal,
  unique: { field: 'title', sameScope: (a, b) => a['focusAreaId'] === b['focusAreaId'] },
  backUrl: planUrl,
};

export const INDICATOR_FORM: EntityForm<'indicators'> = {
  kind: 'indicators',
  titleField: 'name',
  fields: [
    { name: 'name', type: 'text', wide: true },
    { name: 'unit', type: 'text', hint: true },
    {
      name: 'direction',
      type: 'select',
      options: () => DIRECTIONS.map((d) => ({ value: d, labelKey: `direction.${d}` })),
    },
    { name: 'baselineValue', type: 'number' },
    { name: 'baselineYear', type: 'year' },
    { name: 'targetValue', type: 'number' },
    { name: 'targetYear', type: 'year' },
    { name: 'source', type: 'text', hint: true },
    { name: 'koladaKpi', type: 'text', hint: true },
    { name: 'genderDisaggregated', type: 'checkbox', wide: true, hint: true },
  ],
  toValues: (indicator) => ({
    name: indicator?.name ?? '',
    unit: indicator?.unit ?? '',
    direction: indicator?.direction ?? 'increase',
    baselineValue: numberText(indicator?.baselineValue ?? null),
    baselineYear: indicator ? String(indicator.baselineYear) : '',
    targetValue: numberText(indicator?.targetValue ?? null),
    targetYear: indicator ? String(indicator.targetYear) : '',
    source: indicator?.source ?? '',
    koladaKpi: indicator?.koladaKpi ?? '',
    genderDisaggregated: indicator?.genderDisaggregated ?? true,
  }),
  toDraft: (values, context, existing) => {
    const { read, errors } = numbers(values, ['baselineValue', 'baselineYear', 'targetValue', 'targetYear']);
    const kpi = text(values, 'koladaKpi').trim().toUpperCase();
    return {
      draft: {
        planId: context.planId ?? '',
        goalId: existing?.goalId ?? context.parentId ?? '',
        name: text(values, 'name').trim(),
        unit: text(values, 'unit').trim(),
        direction: text(values, 'direction') as Indicator['direction'],
        baselineValue: read['baselineValue'] as number,
        baselineYear: read['baselineYear'] as number,
        targetValue: read['targetValue'] as number,
        targetYear: read['targetYear'] as number,
        source: text(values, 'source').trim() || (kpi ? 'Kolada' : ''),
        koladaKpi: kpi || null,
        genderDisaggregated: values['genderDisaggregated'] === true,
      },
      errors,
    };
  },
  validate: validateIndicator,
  backUrl: planUrl,
};

export const ACTIVITY_FORM: EntityForm<'activities'> = {
  kind: 'activities',
  titleField: 'title',
  fields: [
    { name: 'title', type: 'text', wide: true },
    { name: 'description', type: 'textarea', wide: true },
    { name: 'responsibleDepartmentId', type: 'select', options: activeDepartments },
    { name: 'responsiblePerson', type: 'text' },
    { name: 'startsOn', type: 'date' },
    { name: 'endsOn', type: 'date' },
    { name: 'budgetSek', type: 'number', hint: true },
  ],
  toValues: (activity) => ({
    title: activity?.title ?? '',
    description: activity?.description ?? '',
    responsibleDepartmentId: activity?.responsibleDepartmentId ?? '',
    responsiblePerson: activity?.responsiblePerson ?? '',
    startsOn: activity?.startsOn ?? '',
    endsOn: activity?.endsOn ?? '',
    budgetSek: numberText(activity?.budgetSek ?? null),
  }),
  toDraft: (values, context, existing) => {
    const { read, errors } = numbers(values, ['budgetSek']);
    return {
      draft: {
        planId: context.planId ?? '',
        goalId: existing?.goalId ?? context.parentId ?? '',
        title: text(values, 'title').trim(),
        description: text(values, 'description'),
        responsibleDepartmentId: text(values, 'responsibleDepartmentId'),
        responsiblePerson: text(values, 'responsiblePerson').trim(),
        startsOn: text(values, 'startsOn'),
        endsOn: text(values, 'endsOn'),
        budgetSek: read['budgetSek'],
      } satisfies Draft<Activity>,
      errors,
    };
  },
  validate: validateActivity,
  backUrl: planUrl,
};

export const DEPARTMENT_FORM: EntityForm<'departments'> = {
  kind: 'departments',
  titleField: 'name',
  fields: [
    { name: 'name', type: 'text', wide: true },
    { name: 'shortName', type: 'text', hint: true },
    { name: 'active', type: 'checkbox', hint: true },
  ],
  toValues: (department) => ({
    name: department?.name ?? '',
    shortName: department?.shortName ?? '',
    active: department?.active ?? true,
  }),
  toDraft: (values) => ({
    draft: {
      name: text(values, 'name').trim(),
      shortName: text(values, 'shortName').trim(),
      active: values['active'] === true,
    },
    errors: {},
  }),
  validate: validateDepartment,
  unique: { field: 'name' },
  backUrl: () => '/admin',
};

export const MEMBER_FORM: EntityForm<'members'> = {
  kind: 'members',
  titleField: 'name',
  fields: [
    { name: 'name', type: 'text' },
    { name: 'email', type: 'text' },
    { name: 'title', type: 'text' },
    {
      name: 'roles',
      type: 'multiselect',
      hint: true,
      options: () => ROLES.map((r) => ({ value: r, labelKey: `roles.${r}` })),
    },
    { name: 'departmentIds', type: 'multiselect', hint: true, options: activeDepartments },
    { name: 'active', type: 'checkbox', hint: true },
  ],
  toValues: (member) => ({
    name: member?.name ?? '',
    email: member?.email ?? '',
    title: member?.title ?? '',
    roles: member?.roles ?? [],
    departmentIds: member?.departmentIds ?? [],
    active: member?.active ?? true,
  }),
  toDraft: (values) => ({
    draft: {
      name: text(values, 'name').trim(),
      email: text(values, 'email').trim().toLowerCase(),
      title: text(values, 'title').trim(),
      roles: list(values, 'roles') as Member['roles'],
      departmentIds: list(values, 'departmentIds'),
      active: values['active'] === true,
    },
    errors: {},
  }),
  validate: validateMember,
  unique: { field: 'email' },
  backUrl: () => '/admin',
};

/** A custom follow-up period (the standard cycle is created in one action on the periods page). */
export const PERIOD_FORM: EntityForm<'periods'> = {
  kind: 'periods',
  titleField: 'name',
  fields: [
    { name: 'name', type: 'text', wide: true, hint: true },
    { name: 'startsOn', type: 'date' },
    { name: 'endsOn', type: 'date' },
    { name: 'opensOn', type: 'date', hint: true },
    { name: 'deadline', type: 'date' },
  ],
  toValues: (period) => ({
    name: period?.name ?? '',
    startsOn: period?.startsOn ?? '',
    endsOn: period?.endsOn ?? '',
    opensOn: period?.opensOn ?? '',
    deadline: period?.deadline ?? '',
  }),
  toDraft: (values, _context, existing) => {
    const startsOn = text(values, 'startsOn').trim();
    return {
      draft: {
        name: text(values, 'name').trim(),
        kind: existing?.kind ?? 'custom',
        year: Number(startsOn.slice(0, 4)) || (null as unknown as number),
        startsOn,
        endsOn: text(values, 'endsOn').trim(),
        opensOn: text(values, 'opensOn').trim(),
        deadline: text(values, 'deadline').trim(),
        state: existing?.state ?? 'planned',
      },
      errors: {},
    };
  },
  validate: (period) => {
    const errors = validatePeriod(period);
    // The year follows from the start date; a missing start says so there, not on a hidden field.
    if (errors['year'] && !errors['startsOn']) errors['startsOn'] = errors['year'];
    delete errors['year'];
    return errors;
  },
  unique: { field: 'name' },
  backUrl: () => '/periods',
};

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
