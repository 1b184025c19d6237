import {
  Activity,
  Department,
  FocusArea,
  Goal,
  Indicator,
  Measurement,
  Member,
  Period,
  Plan,
  Report,
  Stamped,
} from '../domain/model';

/** Shared builders for tests: sensible defaults, override what the test is about. */
const T0 = '2026-01-01T08:00:00.000Z';

function stamp(id: string): Stamped {
  return {
    id,
    orgId: 'org-1',
    version: 1,
    createdAt: T0,
    createdBy: 'm-admin',
    updatedAt: T0,
    updatedBy: 'm-admin',
  };
}

export function createTestDepartment(overrides: Partial<Department> = {}): Department {
  return { ...stamp('dep-1'), name: 'Socialförvaltningen', shortName: 'SOF', active: true, ...overrides };
}

export function createTestMember(overrides: Partial<Member> = {}): Member {
  return {
    ...stamp('m-1'),
    name: 'Testa Testsson',
    email: 'testa@example.org',
    title: 'Enhetschef',
    roles: ['reporter'],
    departmentIds: ['dep-1'],
    active: true,
    ...overrides,
  };
}

export function createTestPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    ...stamp('plan-1'),
    title: 'Handlingsplan för integration',
    theme: 'integration',
    validFrom: 2024,
    validTo: 2027,
    decisionRef: 'KS 2024/00123',
    adoptedOn: '2024-02-05',
    status: 'adopted',
    description: '',
    tags: ['sdg:10'],
    ...overrides,
  };
}

export function createTestFocusArea(overrides: Partial<FocusArea> = {}): FocusArea {
  return {
    ...stamp('fa-1'),
    planId: 'plan-1',
    title: 'Språk och utbildning',
    description: '',
    order: 1,
    ...overrides,
  };
}

export function createTestGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    ...stamp('goal-1'),
    planId: 'plan-1',
    focusAreaId: 'fa-1',
    title: 'Fler nyanlända når egen försörjning',
    description: '',
    leadDepartmentId: 'dep-1',
    contributingDepartmentIds: [],
    contributorsReportValues: false,
    targetYear: 2027,
    order: 1,
    tags: ['cemr:11', 'sdg:5.5'],
    ...overrides,
  };
}

export function createTestIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    ...stamp('ind-1'),
    planId: 'plan-1',
    goalId: 'goal-1',
    name: 'Andel i arbete eller studier',
    unit: '%',
    baselineValue: 40,
    baselineYear: 2023,
    targetValue: 60,
    targetYear: 2027,
    direction: 'increase',
    source: 'Kolada',
    koladaKpi: 'N00945',
    genderDisaggregated: true,
    notPublic: false,
    gapTarget: { maxGap: 5, year: 2027 },
    genderTargets: { women: 60, men: 60 },
    ...overrides,
  };
}

export function createTestMeasurement(overrides: Partial<Measurement> = {}): Measurement {
  return {
    ...stamp('ind-1__2025'),
    planId: 'plan-1',
    indicatorId: 'ind-1',
    year: 2025,
    total: 61.5,
    women: 58.2,
    men: 64.9,
    source: 'Kolada N00945',
    ...overrides,
  };
}

export function createTestActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    ...stamp('act-1'),
    planId: 'plan-1',
    goalId: 'goal-1',
    title: 'Språkcafé på biblioteken',
    description: '',
    responsibleDepartmentId: 'dep-1',
    responsiblePerson: 'Testa Testsson',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    budgetSek: null,
    tags: ['sdg:10.2'],
    ...overrides,
  };
}

export function createTestPeriod(overrides: Partial<Period> = {}): Period {
  return {
    ...stamp('per-1'),
    name: 'Tertial 1 2026',
    kind: 'tertial1',
    year: 2026,
    startsOn: '2026-01-01',
    endsOn: '2026-04-30',
    opensOn: '2026-05-01',
    deadline: '2026-05-20',
    state: 'open',
    ...overrides,
  };
}

export function createTestReport(overrides: Partial<Report> = {}): Report {
  return {
    ...stamp('rep-1'),
    planId: 'plan-1',
    goalId: 'goal-1',
    subjectType: 'goal',
    subjectId: 'goal-1',
    departmentId: 'dep-1',
    reportsAs: 'lead',
    periodId: 'per-1',
    status: 'on-track',
    progress: null,
    indicatorValues: [],
    analysis: '',
    nextSteps: '',
    documentUrl: '',
    state: 'draft',
    returnComment: '',
    submittedAt: null,
    submittedBy: null,
    decidedAt: null,
    decidedBy: null,
    ...overrides,
  };
}
