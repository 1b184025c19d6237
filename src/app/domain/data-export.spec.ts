import { buildDemoSeed } from '../data-access/local/demo-seed';
import { DataExport, exportDocuments, exportFileName, readExport } from './data-export';

describe('data export (moving from the browser to a Firebase project)', () => {
  const seed = buildDemoSeed(new Date(2026, 10, 22, 12));
  const file = (overrides: Partial<Record<keyof DataExport, unknown>> = {}): string =>
    JSON.stringify({
      format: 'kompass-export',
      version: 1,
      exportedAt: '2026-11-23T06:00:00.000Z',
      ...seed,
      ...overrides,
    });

  it('reads back what it wrote', () => {
    const result = readExport(file());
    expect(result.ok).toBeTrue();
    if (result.ok) expect(result.data.goals.length).toBe(seed.goals.length);
  });

  const refused: [string, string, string][] = [
    ['not JSON', '{"format": ', 'notJson'],
    ['another JSON file', JSON.stringify({ backend: 'local' }), 'notAnExport'],
    ['a newer format', file({ version: 2 }), 'unsupportedVersion'],
    ['a missing collection', file({ reports: undefined }), 'missingCollection'],
    [
      'a record of another organisation',
      file({ plans: [{ ...seed.plans[0], orgId: 'goteborg' }] }),
      'otherOrganisation',
    ],
    ['a record without id', file({ goals: [{ ...seed.goals[0], id: '' }] }), 'missingId'],
    ['the same id twice', file({ periods: [seed.periods[0], seed.periods[0]] }), 'duplicateId'],
    // A path in an id would write somewhere else (orgs/victim/members/evil).
    [
      'an organisation id with a path in it',
      file({ organisation: { ...seed.organisation, id: 'victim/members/evil' } }),
      'unsafeId',
    ],
    ['a record id with a path in it', file({ goals: [{ ...seed.goals[0], id: '../plans/x' }] }), 'unsafeId'],
    ['a record id of two dots', file({ goals: [{ ...seed.goals[0], id: 'a..b' }] }), 'unsafeId'],
    ['a record the app would refuse', file({ plans: [{ ...seed.plans[0], title: '   ' }] }), 'invalidRecord'],
    [
      'a report with an unreadable value',
      file({
        reports: [{ ...seed.reports.find((r) => r.indicatorValues.length > 0)!, progress: 250 }],
      }),
      'invalidRecord',
    ],
  ];
  for (const [name, text, code] of refused) {
    it(`refuses ${name}`, () => {
      const result = readExport(text);
      expect(result.ok).toBeFalse();
      if (!result.ok) expect(result.problems.map((p) => p.code)).toContain(code as never);
    });
  }

  it('lays every record out under its organisation, audit included', () => {
    const result = readExport(file());
    if (!result.ok) fail('not read');
    else {
      const documents = exportDocuments(result.data);
      expect(documents[0][0]).toBe('orgs/halmstad');
      expect(documents.map(([path]) => path)).toContain(`orgs/halmstad/goals/${seed.goals[0].id}`);
      const total = 1 + Object.values(seed).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
      expect(documents.length).toBe(total);
    }
  });

  it('brings an export from before shared-goal reports into today’s shape', () => {
    const shared = seed.goals.find((g) => g.contributingDepartmentIds.length > 0)!;
    const old = (r: (typeof seed.reports)[number]) => {
      const copy: Partial<typeof r> = { ...r };
      delete copy.reportsAs;
      return copy;
    };
    const oldGoal: Partial<typeof shared> = { ...shared };
    delete oldGoal.contributorsReportValues;
    const reports = seed.reports.filter((r) => r.goalId === shared.id && r.subjectType === 'goal');
    const result = readExport(file({ goals: [oldGoal], reports: reports.map(old) }));
    if (!result.ok) fail('not read');
    else {
      expect(result.data.goals[0].contributorsReportValues).toBeFalse();
      expect(result.data.reports.map((r) => r.reportsAs)).toEqual(reports.map((r) => r.reportsAs));
      expect(new Set(result.data.reports.map((r) => r.reportsAs))).toEqual(new Set(['lead', 'contributor']));
    }
  });

  it('names the file by organisation and day', () => {
    expect(exportFileName(seed.organisation, new Date('2026-11-23T06:00:00Z'))).toBe(
      'kompass-halmstad-2026-11-23.json',
    );
  });
});
