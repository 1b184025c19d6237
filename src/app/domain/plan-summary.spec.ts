import { createTestReport } from '../testing/builders';
import { Report } from './model';
import {
  ANALYSIS_EXCERPT,
  excerpt,
  factsFromReports,
  factsFromSummaries,
  summarisePlan,
  summariesTouched,
  summaryId,
} from './plan-summary';

describe('plan summaries', () => {
  const at = '2026-11-23T10:00:00.000Z';
  const report = (overrides: Partial<Report>) =>
    createTestReport({ planId: 'int', periodId: 'p', state: 'submitted', ...overrides });

  describe('summarisePlan', () => {
    it('keeps the lead report’s gaps between women and men, with the equality analysis cut short', () => {
      const long = 'Varför: '.repeat(100);
      const summary = summarisePlan(
        'org',
        'int',
        'p',
        [
          report({
            id: 'lead',
            goalId: 'g1',
            indicatorValues: [
              { indicatorId: 'split', total: 55, women: 60, men: 50, equalityAnalysis: long },
              { indicatorId: 'one-missing', total: 5, women: 6, men: null },
              { indicatorId: 'total-only', total: 3, women: null, men: null },
            ],
          }),
          report({
            id: 'contribution',
            goalId: 'g1',
            departmentId: 'd2',
            reportsAs: 'contributor',
            indicatorValues: [{ indicatorId: 'split', total: 1, women: 9, men: 1 }],
          }),
        ],
        at,
      );
      expect(summary.goals['g1'].gaps).toEqual([
        { indicatorId: 'split', gap: 10, analysis: excerpt(long.trim()) },
      ]);
      expect(summary.contributions?.['g1'][0].gaps).toBeUndefined();
    });

    it('skips malformed indicator values and a non-text analysis instead of throwing (one bad report must not stop the plan’s summary)', () => {
      const summary = summarisePlan(
        'org',
        'int',
        'p',
        [
          report({
            id: 'lead',
            goalId: 'g1',
            status: 'off-track',
            analysis: { html: '<b>' } as unknown as string,
            indicatorValues: [
              null,
              'split',
              { indicatorId: 'split', total: 55, women: 60, men: 50, equalityAnalysis: 7 },
              { indicatorId: 'ok', total: 55, women: 60, men: 50 },
            ] as unknown as Report['indicatorValues'],
          }),
        ],
        at,
      );
      expect(summary.goals['g1']).toEqual({
        reportId: 'lead',
        departmentId: summary.goals['g1'].departmentId,
        status: 'off-track',
        analysis: '',
        gaps: [{ indicatorId: 'ok', gap: 10, analysis: '' }],
      });
    });

    it("keeps each goal's lead report, and a later contribution beside it, not in its place", () => {
      const summary = summarisePlan(
        'org',
        'int',
        'p',
        [
          report({
            id: 'lead',
            goalId: 'g1',
            departmentId: 'd1',
            status: 'at-risk',
            analysis: 'Lead text',
            submittedAt: '2026-05-01',
          }),
          report({
            id: 'contribution',
            goalId: 'g1',
            departmentId: 'd2',
            reportsAs: 'contributor',
            status: 'completed',
            analysis: 'Contribution text',
            submittedAt: '2026-06-01',
          }),
        ],
        at,
      );
      expect(summary.goals).toEqual({
        g1: { reportId: 'lead', departmentId: 'd1', status: 'at-risk', analysis: 'Lead text' },
      });
      expect(summary.contributions).toEqual({
        g1: [
          {
            reportId: 'contribution',
            departmentId: 'd2',
            status: 'completed',
            analysis: 'Contribution text',
          },
        ],
      });
      expect(summary.reported).toEqual({ g1: ['d1', 'd2'] });
      expect(summary.reportCount).toBe(2);
      expect(summary).toEqual(
        jasmine.objectContaining({
          id: 'int__p',
          orgId: 'org',
          planId: 'int',
          periodId: 'p',
          computedAt: at,
        }),
      );
    });

    const leftOut: [name: string, overrides: Partial<Report>][] = [
      ['a draft', { state: 'draft' }],
      ['a returned report', { state: 'returned' }],
      ['an activity report', { subjectType: 'activity', subjectId: 'act-1' }],
      ["another plan's report", { planId: 'eq' }],
      ["another period's report", { periodId: 'p0' }],
    ];
    for (const [name, overrides] of leftOut) {
      it(`leaves out ${name}`, () => {
        const summary = summarisePlan('org', 'int', 'p', [report({ goalId: 'g1', ...overrides })], at);
        expect(summary.goals).toEqual({});
        expect(summary.reported).toEqual({});
        expect(summary.reportCount).toBe(0);
      });
    }

    it('counts the reports waiting for a decision, activity reports included', () => {
      const summary = summarisePlan(
        'org',
        'int',
        'p',
        [
          report({ id: 'a', goalId: 'g1' }),
          report({ id: 'b', goalId: 'g1', subjectType: 'activity', subjectId: 'act-1' }),
          report({ id: 'c', goalId: 'g2', state: 'approved' }),
          report({ id: 'd', goalId: 'g3', state: 'draft' }),
          report({ id: 'e', goalId: 'g4', periodId: 'p0' }),
        ],
        at,
      );
      expect(summary.awaitingReview).toBe(2);
    });

    const analyses: [status: Report['status'], kept: boolean][] = [
      ['off-track', true],
      ['at-risk', true],
      ['on-track', false],
      ['completed', false],
    ];
    for (const [status, kept] of analyses) {
      it(`${kept ? 'keeps' : 'drops'} the analysis of a goal ${status} (the overview shows only those)`, () => {
        const summary = summarisePlan(
          'org',
          'int',
          'p',
          [report({ goalId: 'g1', status, analysis: 'Varför' })],
          at,
        );
        expect(summary.goals['g1'].analysis).toBe(kept ? 'Varför' : '');
      });
    }

    it('cuts a long analysis so that a plan with many goals at risk fits in one document', () => {
      const long = 'ord '.repeat(3000);
      const summary = summarisePlan(
        'org',
        'int',
        'p',
        [report({ goalId: 'g1', status: 'at-risk', analysis: long })],
        at,
      );
      expect(summary.goals['g1'].analysis.length).toBeLessThanOrEqual(ANALYSIS_EXCERPT);
      expect(summary.goals['g1'].analysis).toMatch(/^ord ord .*…$/);
    });

    it('stays under Firestore’s 1 MiB for a plan of 1 000 goals all off track with the longest analyses', () => {
      const reports = Array.from({ length: 1000 }, (_, i) =>
        report({
          id: `report-${i}-xxxxxxxxxxxx`,
          goalId: `goal-${i}-xxxxxxxxxxxx`,
          departmentId: `dep-${i % 40}-xxxxxxxx`,
          status: 'off-track',
          analysis: 'å'.repeat(8000),
        }),
      );
      const bytes = new TextEncoder().encode(
        JSON.stringify(summarisePlan('org', 'int', 'p', reports, at)),
      ).length;
      expect(bytes).toBeLessThan(1024 * 1024);
    });
  });

  describe('excerpt', () => {
    const cases: [text: string, limit: number, expected: string][] = [
      ['', 10, ''],
      ['exakt tio!', 10, 'exakt tio!'],
      ['elva tecken', 10, 'elva teck…'],
      ['ord och  mellanrum', 10, 'ord och…'],
    ];
    for (const [text, limit, expected] of cases) {
      it(`"${text}" at ${limit} → "${expected}"`, () => expect(excerpt(text, limit)).toBe(expected));
    }
  });

  describe('factsFromSummaries', () => {
    it('gives the same facts as the reports themselves, across plans', () => {
      const reports = [
        report({ id: 'a', goalId: 'g1', departmentId: 'd1', status: 'off-track', analysis: 'A' }),
        report({
          id: 'b',
          goalId: 'g1',
          departmentId: 'd2',
          reportsAs: 'contributor',
          status: 'at-risk',
          analysis: 'B',
          submittedAt: '2026-07-01',
        }),
        report({ id: 'c', planId: 'eq', goalId: 'g9', departmentId: 'd1', status: 'on-track' }),
        report({ id: 'd', planId: 'eq', goalId: 'g8', departmentId: 'd1', state: 'draft' }),
      ];
      const summaries = ['int', 'eq'].map((plan) => summarisePlan('org', plan, 'p', reports, at));
      const fromSummaries = factsFromSummaries('p', summaries);
      const fromReports = factsFromReports('p', reports);
      expect([...fromSummaries.pairs]).toEqual([...fromReports.pairs]);
      expect([...fromSummaries.lead.keys()].sort()).toEqual([...fromReports.lead.keys()].sort());
      for (const [goalId, r] of fromReports.lead) {
        const { id, departmentId, status } = r;
        expect(fromSummaries.lead.get(goalId)).toEqual(
          jasmine.objectContaining({ id, goalId, departmentId, status }),
        );
      }
      expect(fromSummaries.lead.get('g1')?.id).toBe('a');
      const strip = (list: readonly { id: string; departmentId: string; status: string }[] | undefined) =>
        list?.map(({ id, departmentId, status }) => ({ id, departmentId, status }));
      expect(strip(fromSummaries.contributions.get('g1'))).toEqual(
        strip(fromReports.contributions.get('g1')),
      );
      expect(strip(fromSummaries.contributions.get('g1'))).toEqual([
        { id: 'b', departmentId: 'd2', status: 'at-risk' },
      ]);
    });

    it("leaves out other periods' summaries", () => {
      const summary = summarisePlan('org', 'int', 'p0', [report({ periodId: 'p0', goalId: 'g1' })], at);
      expect(factsFromSummaries('p', [summary]).lead.size).toBe(0);
    });

    it('reads a summary computed before contributions were kept', () => {
      const summary = summarisePlan('org', 'int', 'p', [report({ goalId: 'g1' })], at);
      delete summary.contributions;
      const facts = factsFromSummaries('p', [summary]);
      expect(facts.lead.size).toBe(1);
      expect(facts.contributions.size).toBe(0);
    });
  });

  describe('summariesTouched', () => {
    const a = { planId: 'int', periodId: 'p' };
    const b = { planId: 'int', periodId: 'p2' };
    const cases: [name: string, before: typeof a | null, after: typeof a | null, ids: string[]][] = [
      ['a new report', null, a, ['int__p']],
      ['a changed report', a, a, ['int__p']],
      ['a report moved to another period', a, b, ['int__p', 'int__p2']],
      ['a removed report', a, null, ['int__p']],
      ['nothing', null, null, []],
    ];
    for (const [name, before, after, ids] of cases) {
      it(`${name} → ${ids.join(', ') || 'none'}`, () =>
        expect(summariesTouched(before, after).map((k) => summaryId(k.planId, k.periodId))).toEqual(ids));
    }
  });
});
