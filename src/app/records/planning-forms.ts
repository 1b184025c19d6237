import { sortTags } from '../domain/crosswalk';
import { nextGoalOrder } from '../domain/plan-order';
import { countsPeople } from '../domain/indicator';
import { Activity, DIRECTIONS, Draft, Indicator, OFFICIAL_SERIES, OfficialSeries } from '../domain/model';
import { validateActivity, validateFocusArea, validateGoal, validateIndicator } from '../domain/validation';
import { EntityForm, text, list, numbers, numberText, activeDepartments, planUrl } from './entity-form';

/** The forms of a plan's parts: focus areas, goals, indicators and activities. */
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
    { name: 'tags', type: 'tags', wide: true, hint: true },
  ],
  toValues: (goal, context) => ({
    title: goal?.title ?? '',
    description: goal?.description ?? '',
    focusAreaId: goal?.focusAreaId ?? context.parentId ?? '',
    leadDepartmentId: goal?.leadDepartmentId ?? '',
    contributingDepartmentIds: goal?.contributingDepartmentIds ?? [],
    contributorsReportValues: goal?.contributorsReportValues ?? false,
    targetYear: goal?.targetYear ? String(goal.targetYear) : '',
    tags: goal?.tags ?? [],
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
        tags: sortTags(list(values, 'tags')),
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
    { name: 'koladaKpi', type: 'text', hint: true, koladaSearch: true },
    {
      name: 'officialSeries',
      type: 'select',
      hint: true,
      options: () => OFFICIAL_SERIES.map((s) => ({ value: s, labelKey: `officialSeries.${s}` })),
    },
    { name: 'genderDisaggregated', type: 'checkbox', wide: true, hint: true },
    { name: 'gapTargetMax', type: 'number', hint: true },
    { name: 'gapTargetYear', type: 'year' },
    { name: 'targetWomen', type: 'number', hint: true },
    { name: 'targetMen', type: 'number' },
    { name: 'countsPeople', type: 'checkbox', wide: true, hint: true },
    { name: 'notPublic', type: 'checkbox', wide: true, hint: true },
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
    officialSeries: indicator?.officialSeries ?? 'reported',
    gapTargetMax: numberText(indicator?.gapTarget?.maxGap ?? null),
    gapTargetYear: indicator?.gapTarget ? String(indicator.gapTarget.year) : '',
    targetWomen: numberText(indicator?.genderTargets?.women ?? null),
    targetMen: numberText(indicator?.genderTargets?.men ?? null),
    genderDisaggregated: indicator?.genderDisaggregated ?? true,
    // An indicator made before the question was asked: as the public follow-up has judged it.
    countsPeople: indicator ? countsPeople(indicator) : false,
    notPublic: indicator?.notPublic ?? false,
  }),
  toDraft: (values, context, existing) => {
    const { read, errors } = numbers(values, [
      'baselineValue',
      'baselineYear',
      'targetValue',
      'targetYear',
      'gapTargetMax',
      'gapTargetYear',
      'targetWomen',
      'targetMen',
    ]);
    const gapMax = read['gapTargetMax'];
    const gapYear = read['gapTargetYear'];
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
        officialSeries: text(values, 'officialSeries') as OfficialSeries,
        // Both or neither: a target for the gap needs its year (validation names the one missing).
        gapTarget:
          gapMax === null && gapYear === null
            ? null
            : ({ maxGap: gapMax, year: gapYear } as Indicator['gapTarget']),
        // Both or neither, like the gap's target (validation names the one missing).
        genderTargets:
          read['targetWomen'] === null && read['targetMen'] === null
            ? null
            : ({ women: read['targetWomen'], men: read['targetMen'] } as Indicator['genderTargets']),
        genderDisaggregated: values['genderDisaggregated'] === true,
        countsPeople: values['countsPeople'] === true,
        notPublic: values['notPublic'] === true,
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
    { name: 'tags', type: 'tags', wide: true, hint: true },
  ],
  toValues: (activity) => ({
    title: activity?.title ?? '',
    description: activity?.description ?? '',
    responsibleDepartmentId: activity?.responsibleDepartmentId ?? '',
    responsiblePerson: activity?.responsiblePerson ?? '',
    startsOn: activity?.startsOn ?? '',
    endsOn: activity?.endsOn ?? '',
    budgetSek: numberText(activity?.budgetSek ?? null),
    tags: activity?.tags ?? [],
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
        tags: sortTags(list(values, 'tags')),
      } satisfies Draft<Activity>,
      errors,
    };
  },
  validate: validateActivity,
  backUrl: planUrl,
};
