import {
  Activity,
  DIRECTIONS,
  Department,
  EntityKind,
  MAX_MEMBER_DEPARTMENTS,
  FocusArea,
  Goal,
  Indicator,
  Measurement,
  Member,
  PERIOD_KINDS,
  PERIOD_STATES,
  PLAN_STATUSES,
  PLAN_THEMES,
  Period,
  Plan,
  REPORT_STATUSES,
  ROLES,
  Report,
} from './model';

/**
 * Validation for every field a person can type. Results are codes with parameters, not
 * sentences: the UI says them in the person's language (`validation.<code>`).
 */
export type ValidationCode =
  | 'required'
  | 'tooLong'
  | 'notANumber'
  | 'notAnInteger'
  | 'genderValueMissing'
  | 'outOfRange'
  | 'tooSmall'
  | 'tooLarge'
  | 'invalidDate'
  | 'dateOrder'
  | 'yearOrder'
  | 'invalidEmail'
  | 'invalidUrl'
  | 'invalidKpi'
  | 'invalidChoice'
  | 'atLeastOne'
  | 'tooMany'
  | 'notEmpty'
  | 'inUse'
  | 'unknownReference'
  | 'unknownDepartment'
  | 'duplicate'
  | 'emptyFile'
  | 'missingColumn'
  | 'tooManyRows'
  | 'unreadableFile';

export interface FieldError {
  code: ValidationCode;
  params?: Record<string, string | number>;
}

export type FieldErrors = Record<string, FieldError>;

export const LIMITS = {
  name: 120,
  title: 200,
  text: 4000,
  analysis: 8000,
  comment: 2000,
  missingReason: 500,
  url: 2000,
  unit: 30,
  decisionRef: 60,
  /** Indicator values and budgets beyond this are typing mistakes, not data. */
  maxAbsNumber: 1e12,
  minYear: 1990,
  maxYear: 2100,
} as const;

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; error: FieldError };

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const NUMBER = /^[+-]?(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?$/;

/**
 * Reads a number as a Swedish person types it: `12,5`, `1 234`, `1 234,5`, `−3` — and also
 * `12.5`. Empty input is `null` (no value). Anything else is refused, never guessed.
 */
export function parseLocaleNumber(input: string | number | null | undefined): ParsedNumber {
  if (input === null || input === undefined) return { ok: true, value: null };
  if (typeof input === 'number') {
    return Number.isFinite(input) ? checkMagnitude(input) : { ok: false, error: { code: 'notANumber' } };
  }
  const text = input
    .trim()
    .replace(SPACES, ' ')
    .replace(/\u2212/g, '-');
  if (text === '') return { ok: true, value: null };
  if (!NUMBER.test(text)) return { ok: false, error: { code: 'notANumber' } };
  return checkMagnitude(Number(text.replace(/ /g, '').replace(',', '.')));
}

function checkMagnitude(value: number): ParsedNumber {
  if (Math.abs(value) > LIMITS.maxAbsNumber)
    return { ok: false, error: { code: 'tooLarge', params: { max: LIMITS.maxAbsNumber } } };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** A real calendar date written `yyyy-mm-dd`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Collects errors field by field; the first problem of a field is the one shown. */
class Check {
  readonly errors: FieldErrors = {};

  add(field: string, error: FieldError | null): this {
    if (error && !this.errors[field]) this.errors[field] = error;
    return this;
  }

  text(field: string, value: unknown, max: number, required = true): this {
    if (typeof value !== 'string' || value.trim() === '') {
      return required ? this.add(field, { code: 'required' }) : this;
    }
    return this.add(
      field,
      value.length > max ? { code: 'tooLong', params: { max, length: value.length } } : null,
    );
  }

  choice(field: string, value: unknown, options: readonly string[]): this {
    if (value === null || value === undefined || value === '') return this.add(field, { code: 'required' });
    return this.add(field, options.includes(value as string) ? null : { code: 'invalidChoice' });
  }

  number(
    field: string,
    value: unknown,
    opts: { required?: boolean; min?: number; max?: number; integer?: boolean } = {},
  ): this {
    if (value === null || value === undefined || value === '') {
      return opts.required ? this.add(field, { code: 'required' }) : this;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.add(field, { code: 'notANumber' });
    if (opts.integer && !Number.isInteger(value)) return this.add(field, { code: 'notAnInteger' });
    if (Math.abs(value) > LIMITS.maxAbsNumber)
      return this.add(field, { code: 'tooLarge', params: { max: LIMITS.maxAbsNumber } });
    if (opts.min !== undefined && opts.max !== undefined && (value < opts.min || value > opts.max)) {
      return this.add(field, { code: 'outOfRange', params: { min: opts.min, max: opts.max } });
    }
    if (opts.min !== undefined && value < opts.min)
      return this.add(field, { code: 'tooSmall', params: { min: opts.min } });
    if (opts.max !== undefined && value > opts.max)
      return this.add(field, { code: 'tooLarge', params: { max: opts.max } });
    return this;
  }

  year(field: string, value: unknown, required = true): this {
    return this.number(field, value, { required, integer: true, min: LIMITS.minYear, max: LIMITS.maxYear });
  }

  date(field: string, value: unknown, required = true): this {
    if (value === null || value === undefined || value === '') {
      return required ? this.add(field, { code: 'required' }) : this;
    }
    return this.add(field, isIsoDate(value) ? null : { code: 'invalidDate' });
  }

  /** `later` must not be before `earlier`; reported on the later field. */
  dateOrder(earlierField: string, earlier: unknown, laterField: string, later: unknown): this {
    if (isIsoDate(earlier) && isIsoDate(later) && later < earlier) {
      this.add(laterField, { code: 'dateOrder', params: { field: earlierField } });
    }
    return this;
  }

  url(field: string, value: unknown): this {
    if (typeof value !== 'string' || value.trim() === '') return this;
    if (value.length > LIMITS.url)
      return this.add(field, { code: 'tooLong', params: { max: LIMITS.url, length: value.length } });
    // Only web links: a `javascript:` or `data:` address must never become a link. The same
    // pattern as firestore.rules (`trim().lower().matches(...)`), so a write the app accepts
    // offline is never refused by the server later.
    let ok = WEB_LINK.test(value.trim());
    try {
      new URL(value.trim());
    } catch {
      ok = false;
    }
    return this.add(field, ok ? null : { code: 'invalidUrl' });
  }
}

/** A web link: http or https in any case, then no spaces (firestore.rules: `'^https?://[^ ]+$'`). */
const WEB_LINK = /^https?:\/\/[^ ]+$/i;

type Input<T> = { [K in keyof T]?: unknown };

export function validatePlan(plan: Input<Plan>): FieldErrors {
  const c = new Check()
    .text('title', plan.title, LIMITS.title)
    .choice('theme', plan.theme, PLAN_THEMES)
    .choice('status', plan.status, PLAN_STATUSES)
    .year('validFrom', plan.validFrom)
    .year('validTo', plan.validTo)
    .text('decisionRef', plan.decisionRef, LIMITS.decisionRef, false)
    .date('adoptedOn', plan.adoptedOn, false)
    .text('description', plan.description, LIMITS.text, false);
  if (
    typeof plan.validFrom === 'number' &&
    typeof plan.validTo === 'number' &&
    plan.validTo < plan.validFrom
  ) {
    c.add('validTo', { code: 'yearOrder' });
  }
  if (plan.status === 'adopted' && !plan.adoptedOn) c.add('adoptedOn', { code: 'required' });
  return c.errors;
}

export function validateFocusArea(area: Input<FocusArea>): FieldErrors {
  return new Check()
    .text('planId', area.planId, LIMITS.name)
    .text('title', area.title, LIMITS.title)
    .text('description', area.description, LIMITS.text, false)
    .number('order', area.order, { required: true, integer: true, min: 0, max: 100000 }).errors;
}

export function validateGoal(goal: Input<Goal>): FieldErrors {
  const c = new Check()
    .text('planId', goal.planId, LIMITS.name)
    .text('focusAreaId', goal.focusAreaId, LIMITS.name)
    .text('title', goal.title, LIMITS.title)
    .text('description', goal.description, LIMITS.text, false)
    .text('leadDepartmentId', goal.leadDepartmentId, LIMITS.name)
    .year('targetYear', goal.targetYear, false)
    .number('order', goal.order, { required: true, integer: true, min: 0, max: 100000 });
  if (
    !Array.isArray(goal.contributingDepartmentIds) ||
    goal.contributingDepartmentIds.some((d) => typeof d !== 'string')
  ) {
    c.add('contributingDepartmentIds', { code: 'invalidChoice' });
  }
  // Goals stored before the setting existed have none: that reads as "not asked".
  if (goal.contributorsReportValues !== undefined && typeof goal.contributorsReportValues !== 'boolean') {
    c.add('contributorsReportValues', { code: 'invalidChoice' });
  }
  return c.errors;
}

export function validateIndicator(indicator: Input<Indicator>): FieldErrors {
  const c = new Check()
    .text('goalId', indicator.goalId, LIMITS.name)
    .text('name', indicator.name, LIMITS.title)
    .text('unit', indicator.unit, LIMITS.unit)
    .number('baselineValue', indicator.baselineValue, { required: true })
    .year('baselineYear', indicator.baselineYear)
    .number('targetValue', indicator.targetValue, { required: true })
    .year('targetYear', indicator.targetYear)
    .choice('direction', indicator.direction, DIRECTIONS)
    .text('source', indicator.source, LIMITS.name, false);
  if (typeof indicator.genderDisaggregated !== 'boolean') c.add('genderDisaggregated', { code: 'required' });
  if (indicator.koladaKpi !== null && indicator.koladaKpi !== undefined && indicator.koladaKpi !== '') {
    c.add(
      'koladaKpi',
      typeof indicator.koladaKpi === 'string' && /^[NU]\d{5}$/.test(indicator.koladaKpi)
        ? null
        : { code: 'invalidKpi' },
    );
  }
  if (
    typeof indicator.baselineYear === 'number' &&
    typeof indicator.targetYear === 'number' &&
    indicator.targetYear < indicator.baselineYear
  ) {
    c.add('targetYear', { code: 'yearOrder' });
  }
  return c.errors;
}

export function validateActivity(activity: Input<Activity>): FieldErrors {
  return new Check()
    .text('goalId', activity.goalId, LIMITS.name)
    .text('title', activity.title, LIMITS.title)
    .text('description', activity.description, LIMITS.text, false)
    .text('responsibleDepartmentId', activity.responsibleDepartmentId, LIMITS.name)
    .text('responsiblePerson', activity.responsiblePerson, LIMITS.name, false)
    .date('startsOn', activity.startsOn)
    .date('endsOn', activity.endsOn)
    .dateOrder('startsOn', activity.startsOn, 'endsOn', activity.endsOn)
    .number('budgetSek', activity.budgetSek, { min: 0 }).errors;
}

export function validateMeasurement(measurement: Input<Measurement>): FieldErrors {
  const c = new Check()
    .text('planId', measurement.planId, LIMITS.name)
    .text('indicatorId', measurement.indicatorId, LIMITS.name)
    .year('year', measurement.year)
    .number('total', measurement.total)
    .number('women', measurement.women)
    .number('men', measurement.men)
    .text('source', measurement.source, LIMITS.name, false);
  if (measurement.total === null && measurement.women === null && measurement.men === null) {
    c.add('total', { code: 'required' });
  }
  return c.errors;
}

export function validatePeriod(period: Input<Period>): FieldErrors {
  return new Check()
    .text('name', period.name, LIMITS.name)
    .choice('kind', period.kind, PERIOD_KINDS)
    .choice('state', period.state, PERIOD_STATES)
    .year('year', period.year)
    .date('startsOn', period.startsOn)
    .date('endsOn', period.endsOn)
    .date('opensOn', period.opensOn)
    .date('deadline', period.deadline)
    .dateOrder('startsOn', period.startsOn, 'endsOn', period.endsOn)
    .dateOrder('opensOn', period.opensOn, 'deadline', period.deadline).errors;
}

export function validateDepartment(department: Input<Department>): FieldErrors {
  const c = new Check()
    .text('name', department.name, LIMITS.name)
    .text('shortName', department.shortName, 12, false);
  if (typeof department.active !== 'boolean') c.add('active', { code: 'required' });
  return c.errors;
}

export function validateMember(member: Input<Member>): FieldErrors {
  const c = new Check()
    .text('name', member.name, LIMITS.name)
    .text('email', member.email, LIMITS.name)
    .text('title', member.title, LIMITS.name, false);
  if (
    typeof member.email === 'string' &&
    member.email.trim() !== '' &&
    !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(member.email.trim())
  ) {
    c.add('email', { code: 'invalidEmail' });
  }
  if (!Array.isArray(member.roles) || member.roles.length === 0) c.add('roles', { code: 'atLeastOne' });
  else if (member.roles.some((r) => !(ROLES as readonly unknown[]).includes(r)))
    c.add('roles', { code: 'invalidChoice' });
  if (!Array.isArray(member.departmentIds) || member.departmentIds.some((d) => typeof d !== 'string'))
    c.add('departmentIds', { code: 'invalidChoice' });
  else if (member.departmentIds.length > MAX_MEMBER_DEPARTMENTS)
    c.add('departmentIds', { code: 'tooMany', params: { max: MAX_MEMBER_DEPARTMENTS } });
  else if (
    member.roles &&
    (member.roles as unknown[]).includes('reporter') &&
    member.departmentIds.length === 0
  ) {
    c.add('departmentIds', { code: 'atLeastOne' });
  }
  return c.errors;
}

/**
 * A report. Drafts are checked leniently (what is there must be well-formed, nothing is required
 * yet), so work is never lost for want of a field; `forSubmit` requires what a submission needs.
 * Indicator value fields are named `values.<indicatorId>.<total|women|men>`.
 */
export function validateReport(
  report: Input<Report>,
  indicators: readonly Pick<Indicator, 'id' | 'unit' | 'genderDisaggregated'>[],
  forSubmit: boolean,
): FieldErrors {
  const c = new Check()
    .choice('status', report.status, REPORT_STATUSES)
    .number('progress', report.progress, { min: 0, max: 100 })
    .text('analysis', report.analysis, LIMITS.analysis, forSubmit)
    .text('nextSteps', report.nextSteps, LIMITS.text, false)
    .url('documentUrl', report.documentUrl);
  const values = Array.isArray(report.indicatorValues) ? report.indicatorValues : [];
  for (const value of values) {
    const indicator = indicators.find((i) => i.id === value?.indicatorId);
    if (!indicator) continue;
    const range = indicator.unit.trim() === '%' ? { min: 0, max: 100 } : {};
    const parts: ('total' | 'women' | 'men')[] = indicator.genderDisaggregated
      ? ['women', 'men', 'total']
      : ['total'];
    for (const part of parts) c.number(`values.${indicator.id}.${part}`, value[part], range);
    if (!indicator.genderDisaggregated) continue;
    // Women and men are both given, or the department says why not ("uppgift saknas").
    const reason = value.missingReason;
    if (typeof reason === 'string') {
      c.text(`values.${indicator.id}.missingReason`, reason, LIMITS.missingReason, forSubmit);
    } else if (forSubmit) {
      for (const part of ['women', 'men'] as const) {
        if (value[part] === null || value[part] === undefined)
          c.add(`values.${indicator.id}.${part}`, { code: 'genderValueMissing' });
      }
    }
  }
  return c.errors;
}

/** A comment that returns or reopens a report. */
export function validateComment(comment: unknown): FieldErrors {
  return new Check().text('comment', comment, LIMITS.comment).errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** Each kind's validation (reports need their goal's indicators: `validateReport`). */
export const RECORD_VALIDATORS: Record<Exclude<EntityKind, 'reports'>, (record: never) => FieldErrors> = {
  departments: validateDepartment,
  members: validateMember,
  plans: validatePlan,
  focusAreas: validateFocusArea,
  goals: validateGoal,
  indicators: validateIndicator,
  activities: validateActivity,
  measurements: validateMeasurement,
  periods: validatePeriod,
};
