import { DemoSeed } from '../src/app/data-access/local/demo-seed';
import {
  Department,
  FocusArea,
  Goal,
  Indicator,
  Member,
  Period,
  Plan,
  REPORT_STATUSES,
  Report,
  ReportState,
  Stamped,
  reportId,
} from '../src/app/domain/model';

/** The size of one region (issue 8): 10 000 goals, 40 000 indicators, 100 000 reports, 12 periods. */
export const REGION = {
  plans: 40,
  areasPerPlan: 5,
  goalsPerArea: 50,
  indicatorsPerGoal: 4,
  periods: 12,
  reports: 100_000,
};

/** Deterministic PRNG (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORG = 'halmstad';
const AT = '2026-01-01T08:00:00.000Z';
const stamp = (id: string): Stamped => ({
  id,
  orgId: ORG,
  version: 1,
  createdAt: AT,
  createdBy: 'm-bench',
  updatedAt: AT,
  updatedBy: 'm-bench',
});

/** A whole region's plans and reports, shaped like the demo seed. */
export function buildRegion(): DemoSeed {
  const next = random(1380);
  const departments: Department[] = Array.from({ length: 60 }, (_, i) => ({
    ...stamp(`dep-${i}`),
    name: `Förvaltning ${i + 1}`,
    shortName: `F${i + 1}`,
    active: true,
  }));
  const members: Member[] = [
    {
      ...stamp('m-bench'),
      name: 'Bänk Testsson',
      email: 'bench@example.org',
      title: 'Ledamot',
      roles: ['committee', 'strategist'],
      departmentIds: [],
      active: true,
    },
  ];
  const periods: Period[] = Array.from({ length: REGION.periods }, (_, i) => {
    const year = 2023 + Math.floor(i / 3);
    const [kind, end] = (
      [
        ['tertial1', '04-30'],
        ['interim', '08-31'],
        ['annual', '12-31'],
      ] as const
    )[i % 3];
    return {
      ...stamp(`period-${i}`),
      name: `${kind} ${year}`,
      kind,
      year,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-${end}`,
      opensOn: `${year}-${end}`,
      deadline: `${year}-${end}`,
      state: i === REGION.periods - 1 ? 'open' : 'closed',
    };
  });
  const plans: Plan[] = [];
  const focusAreas: FocusArea[] = [];
  const goals: Goal[] = [];
  const indicators: Indicator[] = [];
  for (let p = 0; p < REGION.plans; p++) {
    plans.push({
      ...stamp(`plan-${p}`),
      title: `Handlingsplan ${p + 1}`,
      theme: p % 2 === 0 ? 'integration' : 'gender-equality',
      validFrom: 2023,
      validTo: 2030,
      decisionRef: `KS 2023/${p}`,
      adoptedOn: '2023-01-15',
      status: 'adopted',
      description: '',
    });
    for (let a = 0; a < REGION.areasPerPlan; a++) {
      const areaId = `fa-${p}-${a}`;
      focusAreas.push({
        ...stamp(areaId),
        planId: `plan-${p}`,
        title: `Insatsområde ${a + 1}`,
        description: '',
        order: a,
      });
      for (let g = 0; g < REGION.goalsPerArea; g++) {
        const goalId = `goal-${p}-${a}-${g}`;
        goals.push({
          ...stamp(goalId),
          planId: `plan-${p}`,
          focusAreaId: areaId,
          title: `Mål ${g + 1}`,
          description: '',
          leadDepartmentId: `dep-${Math.floor(next() * 60)}`,
          contributingDepartmentIds: next() < 0.3 ? [`dep-${Math.floor(next() * 60)}`] : [],
          targetYear: 2030,
          order: g,
        });
        for (let i = 0; i < REGION.indicatorsPerGoal; i++) {
          indicators.push({
            ...stamp(`${goalId}-i${i}`),
            planId: `plan-${p}`,
            goalId,
            name: `Indikator ${i + 1}`,
            unit: '%',
            baselineValue: 40,
            baselineYear: 2022,
            targetValue: 60,
            targetYear: 2030,
            direction: 'increase',
            source: 'Kolada',
            koladaKpi: null,
            genderDisaggregated: i % 2 === 0,
          });
        }
      }
    }
  }
  const reports: Report[] = [];
  const states: ReportState[] = ['approved', 'approved', 'submitted', 'draft', 'returned'];
  outer: for (const period of periods) {
    for (const goal of goals) {
      if (reports.length >= REGION.reports) break outer;
      if (next() < 0.16) continue;
      const state = states[Math.floor(next() * states.length)];
      const base = Math.round(40 + next() * 20);
      reports.push({
        ...stamp(reportId(period.id, 'goal', goal.id, goal.leadDepartmentId)),
        planId: goal.planId,
        goalId: goal.id,
        subjectType: 'goal',
        subjectId: goal.id,
        departmentId: goal.leadDepartmentId,
        periodId: period.id,
        status: REPORT_STATUSES[1 + Math.floor(next() * 4)],
        progress: null,
        indicatorValues: [0, 1].map((i) => ({
          indicatorId: `${goal.id}-i${i}`,
          total: base,
          women: i === 0 ? base + 1 : null,
          men: i === 0 ? base - 1 : null,
        })),
        analysis: 'Arbetet går enligt plan.',
        nextSteps: '',
        documentUrl: '',
        state,
        returnComment: state === 'returned' ? 'Komplettera.' : '',
        submittedAt: state === 'draft' ? null : AT,
        submittedBy: state === 'draft' ? null : 'm-bench',
        decidedAt: state === 'approved' ? AT : null,
        decidedBy: state === 'approved' ? 'm-bench' : null,
      });
    }
  }
  return {
    organisation: { id: ORG, name: 'Region (syntetisk)', municipalityCode: '1380' },
    departments,
    members,
    plans,
    focusAreas,
    goals,
    indicators,
    activities: [],
    measurements: [],
    periods,
    reports,
    audit: [],
  };
}
