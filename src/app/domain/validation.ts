import { analysisReason } from './equality-analysis';
import { tagsError } from './crosswalk';
import {
  Activity,
  DIRECTIONS,
  OFFICIAL_SERIES,
  Department,
  EntityKind,
  EntityMap,
  MAX_MEMBER_DEPARTMENTS,
  FocusArea,
  Goal,
  Id,
  Indicator,
  IndicatorValue,
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
import { Check, LIMITS } from './field-checks';
import { isWellFormedValue } from './indicator';
import type { FieldErrors } from './field-checks';

/** The field checks every validator uses, where the app has always found them. */
export { isIsoDate, LIMITS, parseLocaleNumber } from './field-checks';
export type { FieldError, FieldErrors, ParsedNumber, ValidationCode } from './field-checks';

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
  c.add('tags', tagsError(plan.tags));
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
  c.add('tags', tagsError(goal.tags));
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
  if (indicator.notPublic !== undefined && typeof indicator.notPublic !== 'boolean')
    c.add('notPublic', { code: 'invalidChoice' });
  if (indicator.countsPeople !== undefined && typeof indicator.countsPeople !== 'boolean')
    c.add('countsPeople', { code: 'invalidChoice' });
  if (indicator.officialSeries !== undefined)
    c.choice('officialSeries', indicator.officialSeries, OFFICIAL_SERIES);
  // Kolada's series needs a KPI to come from.
  if (indicator.officialSeries === 'kolada' && !indicator.koladaKpi)
    c.add('officialSeries', { code: 'required' });
  const gapTarget = indicator.gapTarget as { maxGap?: unknown; year?: unknown } | null | undefined;
  if (gapTarget !== undefined && gapTarget !== null)
    c.number('gapTargetMax', gapTarget.maxGap, { required: true, min: 0 }).year(
      'gapTargetYear',
      gapTarget.year,
    );
  const genderTargets = indicator.genderTargets as { women?: unknown; men?: unknown } | null | undefined;
  if (genderTargets !== undefined && genderTargets !== null) {
    c.number('targetWomen', genderTargets.women, { required: true }).number('targetMen', genderTargets.men, {
      required: true,
    });
    // Targets for women and men only mean something where the values are split.
    if (indicator.genderDisaggregated === false) c.add('targetWomen', { code: 'genderTargetsNeedSplit' });
  }
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
    .number('budgetSek', activity.budgetSek, { min: 0 })
    .add('tags', tagsError(activity.tags)).errors;
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
  // A value is given, or Kolada says it has none ("saknas").
  if (
    measurement.total === null &&
    measurement.women === null &&
    measurement.men === null &&
    !(Array.isArray(measurement.missing) && measurement.missing.length > 0)
  ) {
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
  indicators: readonly Pick<Indicator, 'id' | 'unit' | 'genderDisaggregated' | 'gapTarget'>[],
  forSubmit: boolean,
  /** The department's last report of the goal (`previousReport`): a widened gap needs explaining. */
  previous: Pick<Report, 'indicatorValues'> | null = null,
): FieldErrors {
  const c = new Check()
    .choice('status', report.status, REPORT_STATUSES)
    .number('progress', report.progress, { min: 0, max: 100 })
    .text('analysis', report.analysis, LIMITS.analysis, forSubmit)
    .text('nextSteps', report.nextSteps, LIMITS.text, false)
    .url('documentUrl', report.documentUrl);
  // Every entry has the model's shape, once per indicator (what the rules also check): a value
  // written from a browser console must not reach the summaries or the public follow-up.
  const raw: unknown = report.indicatorValues;
  if (raw !== undefined && !Array.isArray(raw)) c.add('indicatorValues', { code: 'malformed' });
  const entries: unknown[] = Array.isArray(raw) ? raw : [];
  if (entries.length > LIMITS.indicatorValues)
    c.add('indicatorValues', { code: 'tooMany', params: { max: LIMITS.indicatorValues } });
  const seen = new Set<Id>();
  const values: IndicatorValue[] = [];
  for (const entry of entries) {
    if (!isWellFormedValue(entry, 'any') || seen.has(entry.indicatorId))
      c.add('indicatorValues', { code: 'malformed' });
    else {
      seen.add(entry.indicatorId);
      values.push(entry);
    }
  }
  for (const value of values) {
    const indicator = indicators.find((i) => i.id === value.indicatorId);
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
    // A gap outside its target, or wider than last time, is explained before the report goes in.
    const needed = analysisReason(
      indicator,
      value,
      previous?.indicatorValues?.find((v) => v.indicatorId === indicator.id),
    );
    const analysis = value.equalityAnalysis;
    if (needed || (analysis !== undefined && analysis !== null))
      c.text(
        `values.${indicator.id}.equalityAnalysis`,
        analysis ?? '',
        LIMITS.analysis,
        forSubmit && !!needed,
      );
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
const RECORD_VALIDATORS: {
  [K in Exclude<EntityKind, 'reports'>]: (record: Input<EntityMap[K]>) => FieldErrors;
} = {
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

/** The validation of a record of `kind` (reports have their own, with their goal's indicators). */
export function validateRecord(kind: Exclude<EntityKind, 'reports'>, record: object): FieldErrors {
  const validate: (record: object) => FieldErrors = RECORD_VALIDATORS[kind];
  return validate(record);
}
