import {
  createTestActivity,
  createTestDepartment,
  createTestFocusArea,
  createTestGoal,
  createTestIndicator,
  createTestMember,
} from '../testing/builders';
import {
  ACTIVITY_FORM,
  DEPARTMENT_FORM,
  duplicateError,
  EditorContext,
  ENTITY_FORMS,
  FOCUS_AREA_FORM,
  GOAL_FORM,
  INDICATOR_FORM,
  MEMBER_FORM,
} from './entity-forms';

const context = (overrides: Partial<EditorContext> = {}): EditorContext => ({
  planId: 'plan-1',
  parentId: null,
  departments: [
    createTestDepartment({ id: 'dep-1', name: 'Socialförvaltningen' }),
    createTestDepartment({ id: 'dep-2', name: 'Arbetsmarknadsförvaltningen' }),
    createTestDepartment({ id: 'dep-3', name: 'Nedlagd', active: false }),
  ],
  focusAreas: [createTestFocusArea({ id: 'fa-1', order: 0 }), createTestFocusArea({ id: 'fa-2', order: 4 })],
  goals: [
    createTestGoal({ id: 'g1', focusAreaId: 'fa-1', order: 0 }),
    createTestGoal({ id: 'g2', focusAreaId: 'fa-1', order: 7 }),
  ],
  ...overrides,
});

describe('record forms', () => {
  it('every field of every form has a unique name', () => {
    for (const form of Object.values(ENTITY_FORMS)) {
      const names = form.fields.map((f) => f.name);
      expect(new Set(names).size).withContext(form.kind).toBe(names.length);
      expect(names).withContext(form.kind).toContain(form.titleField);
    }
  });

  // A stored record shown in its form and saved unchanged gives the same record back.
  const roundTrips: [string, () => void][] = [
    [
      'an indicator with decimals',
      () => {
        const indicator = createTestIndicator({
          baselineValue: 41.5,
          targetValue: 0.25,
          koladaKpi: 'N00945',
          officialSeries: 'kolada',
          gapTarget: { maxGap: 2.5, year: 2027 },
          genderTargets: { women: 60.5, men: 58 },
        });
        const values = INDICATOR_FORM.toValues(indicator, context());
        expect(values['baselineValue']).toBe('41,5');
        const { draft, errors } = INDICATOR_FORM.toDraft(values, context(), indicator);
        expect(errors).toEqual({});
        const stamps = ['id', 'orgId', 'version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy'];
        const rest = Object.fromEntries(Object.entries(indicator).filter(([key]) => !stamps.includes(key)));
        // Saving records whether it counts persons, as the public follow-up judged it until now.
        expect(draft).toEqual({ ...rest, countsPeople: false } as typeof draft);
      },
    ],
    [
      'an activity with a budget',
      () => {
        const activity = createTestActivity({ budgetSek: 150000 });
        const { draft } = ACTIVITY_FORM.toDraft(
          ACTIVITY_FORM.toValues(activity, context()),
          context(),
          activity,
        );
        expect(draft.budgetSek).toBe(150000);
        expect(draft.startsOn).toBe(activity.startsOn);
      },
    ],
    [
      'a goal that stays in its focus area keeps its place',
      () => {
        const goal = createTestGoal({ id: 'g1', focusAreaId: 'fa-1', order: 0 });
        const { draft } = GOAL_FORM.toDraft(GOAL_FORM.toValues(goal, context()), context(), goal);
        expect(draft.order).toBe(0);
      },
    ],
  ];
  for (const [name, check] of roundTrips) it(`round-trips ${name}`, check);

  const numberCases: [string, string, number | null, string | null][] = [
    ['a Swedish decimal', '12,5', 12.5, null],
    ['thousands with spaces', '1 234', 1234, null],
    ['empty', '', null, null],
    ['letters', '12a', null, 'notANumber'],
    ['Infinity', 'Infinity', null, 'notANumber'],
    ['NaN', 'NaN', null, 'notANumber'],
    ['a huge number', '9'.repeat(20), null, 'tooLarge'],
  ];
  for (const [name, typed, value, code] of numberCases) {
    it(`reads ${name} in a budget field`, () => {
      const values = { ...ACTIVITY_FORM.toValues(null, context()), budgetSek: typed };
      const { draft, errors } = ACTIVITY_FORM.toDraft(values, context(), null);
      expect(draft.budgetSek).toBe(value);
      expect(errors['budgetSek']?.code ?? null).toBe(code as never);
    });
  }

  it('puts a new goal last in the focus area it was started from', () => {
    const values = GOAL_FORM.toValues(null, context({ parentId: 'fa-1' }));
    expect(values['focusAreaId']).toBe('fa-1');
    const { draft } = GOAL_FORM.toDraft(
      { ...values, title: 'Nytt', leadDepartmentId: 'dep-1' },
      context(),
      null,
    );
    expect(draft.order).toBe(8);
    expect(draft.planId).toBe('plan-1');
  });

  it('puts a moved goal last in its new focus area', () => {
    const goal = createTestGoal({ id: 'g2', focusAreaId: 'fa-1', order: 7 });
    const values = { ...GOAL_FORM.toValues(goal, context()), focusAreaId: 'fa-2' };
    expect(GOAL_FORM.toDraft(values, context(), goal).draft.order).toBe(0);
  });

  it('does not list the lead department as contributing too', () => {
    const values = {
      ...GOAL_FORM.toValues(null, context()),
      leadDepartmentId: 'dep-1',
      contributingDepartmentIds: ['dep-1', 'dep-2'],
    };
    expect(GOAL_FORM.toDraft(values, context(), null).draft.contributingDepartmentIds).toEqual(['dep-2']);
  });

  it('offers only active departments, by name', () => {
    const lead = GOAL_FORM.fields.find((f) => f.name === 'leadDepartmentId')!;
    expect(lead.options!(context()).map((o) => o.label)).toEqual([
      'Arbetsmarknadsförvaltningen',
      'Socialförvaltningen',
    ]);
  });

  it('numbers a new focus area after the last', () => {
    const { draft } = FOCUS_AREA_FORM.toDraft({ title: ' Trygghet ', description: '' }, context(), null);
    expect(draft).toEqual({ planId: 'plan-1', title: 'Trygghet', description: '', order: 5 });
  });

  it('stores an email in lower case and keeps several roles', () => {
    const values = {
      ...MEMBER_FORM.toValues(null, context()),
      name: 'Kim',
      email: ' Kim@Example.org ',
      roles: ['strategist', 'reporter'],
      departmentIds: ['dep-1'],
    };
    const { draft } = MEMBER_FORM.toDraft(values, context(), null);
    expect(draft.email).toBe('kim@example.org');
    expect(draft.roles).toEqual(['strategist', 'reporter']);
    expect(MEMBER_FORM.validate(draft)).toEqual({});
  });

  it('a new indicator is gender-disaggregated unless unticked, and Kolada is its source when an id is given', () => {
    const values = INDICATOR_FORM.toValues(null, context({ parentId: 'g1' }));
    expect(values['genderDisaggregated']).toBeTrue();
    const { draft } = INDICATOR_FORM.toDraft(
      { ...values, koladaKpi: 'n00945' },
      context({ parentId: 'g1' }),
      null,
    );
    expect(draft.goalId).toBe('g1');
    expect(draft.koladaKpi).toBe('N00945');
    expect(draft.source).toBe('Kolada');
  });

  describe('duplicateError', () => {
    const cases: [string, Record<string, unknown>, string | null, boolean][] = [
      ['the same name in another case and spacing', { name: ' SOCIALförvaltningen ' }, null, true],
      ['its own name when editing', { name: 'Socialförvaltningen' }, 'dep-1', false],
      ['a new name', { name: 'Kulturförvaltningen' }, null, false],
      ['an empty name (the required rule says that)', { name: '' }, null, false],
    ];
    const records = [createTestDepartment({ id: 'dep-1', name: 'Socialförvaltningen' })] as unknown as Record<
      string,
      unknown
    >[];
    for (const [name, draft, selfId, expected] of cases) {
      it(`${expected ? 'refuses' : 'allows'} ${name}`, () => {
        const errors = duplicateError(DEPARTMENT_FORM, draft, records, selfId);
        expect(errors['name']?.code === 'duplicate').toBe(expected);
      });
    }

    it('compares goal titles within one focus area only', () => {
      const goals = [
        createTestGoal({ id: 'g1', focusAreaId: 'fa-1', title: 'Fler i arbete' }),
      ] as unknown as Record<string, unknown>[];
      expect(
        duplicateError(GOAL_FORM, { title: 'Fler i arbete', focusAreaId: 'fa-1' }, goals, null),
      ).not.toEqual({});
      expect(duplicateError(GOAL_FORM, { title: 'Fler i arbete', focusAreaId: 'fa-2' }, goals, null)).toEqual(
        {},
      );
    });

    it('refuses an email already in use', () => {
      const members = [createTestMember({ id: 'm-1', email: 'a@b.se' })] as unknown as Record<
        string,
        unknown
      >[];
      expect(duplicateError(MEMBER_FORM, { email: 'A@B.se' }, members, null)['email']?.code).toBe(
        'duplicate',
      );
    });
  });
});
