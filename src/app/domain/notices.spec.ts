import {
  createTestActivity,
  createTestDepartment,
  createTestGoal,
  createTestMember,
  createTestPeriod,
  createTestPlan,
  createTestReport,
} from '../testing/builders';
import { Member, Period, Report } from './model';
import {
  Notice,
  NoticeSettings,
  NoticeWorld,
  noticesDue,
  overdueDay,
  reminderDay,
  stockholmDay,
} from './notices';
import { Publication } from './publication';

describe('notices: who is told what, and when', () => {
  const head = createTestMember({ id: 'head', roles: ['reporter'], departmentIds: ['dep-1'] });
  const otherHead = createTestMember({ id: 'other-head', roles: ['reporter'], departmentIds: ['dep-2'] });
  const strategist = createTestMember({ id: 'strat', roles: ['strategist'], departmentIds: [] });
  const committee = createTestMember({ id: 'committee', roles: ['committee'], departmentIds: [] });
  /** Deadline Wednesday 2026-05-20. */
  const period = createTestPeriod({ id: 'per-1', deadline: '2026-05-20', state: 'open' });

  function world(overrides: Partial<NoticeWorld> = {}): NoticeWorld {
    return {
      orgId: 'org',
      members: [head, otherHead, strategist, committee],
      settings: [],
      departments: [
        createTestDepartment({ id: 'dep-1', name: 'Arbetsmarknad' }),
        createTestDepartment({ id: 'dep-2', name: 'Socialtjänst' }),
      ],
      periods: [period],
      plans: [createTestPlan({ id: 'plan-1', status: 'adopted' })],
      goals: [
        createTestGoal({ id: 'g1', planId: 'plan-1', title: 'Fler i arbete', leadDepartmentId: 'dep-1' }),
        createTestGoal({ id: 'g2', planId: 'plan-1', title: 'Trygga boenden', leadDepartmentId: 'dep-2' }),
      ],
      activities: [
        createTestActivity({ id: 'a1', goalId: 'g1', title: 'Språkcafé', responsibleDepartmentId: 'dep-1' }),
      ],
      reports: [],
      publications: [],
      ...overrides,
    };
  }

  const report = (overrides: Partial<Report>): Report =>
    createTestReport({
      planId: 'plan-1',
      goalId: 'g1',
      subjectType: 'goal',
      subjectId: 'g1',
      departmentId: 'dep-1',
      periodId: 'per-1',
      ...overrides,
    });

  /** "kind → person" of what is due, in alphabetical order, for short expectations. */
  const due = (w: NoticeWorld, now: string) =>
    noticesDue(w, new Date(now))
      .map((n) => `${n.kind} → ${n.personId}`)
      .sort();

  describe('the day in Stockholm', () => {
    const days: [string, string][] = [
      ['2026-03-22T22:30:00Z', '2026-03-22'], // 23:30 winter time
      ['2026-03-22T23:30:00Z', '2026-03-23'], // 00:30 winter time
      ['2026-03-29T22:30:00Z', '2026-03-30'], // 00:30 summer time, the night after the change
      ['2026-10-24T22:30:00Z', '2026-10-25'], // 00:30 summer time, the night the clocks go back
      ['2026-10-25T22:30:00Z', '2026-10-25'], // 23:30 winter time
    ];
    for (const [at, day] of days) {
      it(`${at} is ${day}`, () => expect(stockholmDay(new Date(at))).toBe(day));
    }
  });

  describe('reminder and overdue days, weekends moved to a working day', () => {
    const cases: [string, string, number | 'overdue', string][] = [
      ['14 days before, a Wednesday', '2026-05-20', 14, '2026-05-06'],
      ['3 days before falls on a Sunday: the Friday before', '2026-05-20', 3, '2026-05-15'],
      ['on the day, a Wednesday', '2026-05-20', 0, '2026-05-20'],
      ['a Saturday deadline: its reminder on the Friday', '2026-05-23', 0, '2026-05-22'],
      ['overdue the day after, a Thursday', '2026-05-20', 'overdue', '2026-05-21'],
      ['overdue after a Friday deadline: the Monday', '2026-05-22', 'overdue', '2026-05-25'],
      ['14 days before a deadline after the spring change', '2026-04-06', 14, '2026-03-23'],
      ['3 days before a deadline after the autumn change', '2026-10-26', 3, '2026-10-23'],
    ];
    for (const [name, deadline, when, day] of cases) {
      it(name, () => {
        expect(when === 'overdue' ? overdueDay(deadline) : reminderDay(deadline, when)).toBe(day);
      });
    }
  });

  describe('department heads: reminders and overdue notices of what is not submitted', () => {
    const cases: [string, Partial<NoticeWorld>, string, string[]][] = [
      [
        '14 days before (08:00 summer time)',
        {},
        '2026-05-06T06:00:00Z',
        ['reminder-14 → head', 'reminder-14 → other-head'],
      ],
      ['a day with no reminder', {}, '2026-05-07T06:00:00Z', []],
      [
        '3 days before is a Sunday: sent on the Friday',
        {},
        '2026-05-15T06:00:00Z',
        ['reminder-3 → head', 'reminder-3 → other-head'],
      ],
      ['on the deadline day', {}, '2026-05-20T06:00:00Z', ['reminder-0 → head', 'reminder-0 → other-head']],
      [
        'the day after: overdue, and the strategist hears the completeness',
        {},
        '2026-05-21T06:00:00Z',
        ['deadline-passed → strat', 'overdue → head', 'overdue → other-head'],
      ],
      [
        'across the spring change: 00:30 on the day is that day',
        { periods: [createTestPeriod({ id: 'per-1', deadline: '2026-04-06', state: 'open' })] },
        '2026-03-22T23:30:00Z',
        // A Monday: the strategist's digest too.
        ['digest → strat', 'reminder-14 → head', 'reminder-14 → other-head'],
      ],
      [
        'across the spring change: 23:30 the evening before is not',
        { periods: [createTestPeriod({ id: 'per-1', deadline: '2026-04-06', state: 'open' })] },
        '2026-03-22T22:30:00Z',
        [],
      ],
      [
        'everything submitted or approved: nothing to remind of',
        {
          reports: [
            report({ id: 'r1', state: 'submitted' }),
            report({ id: 'r2', subjectType: 'activity', subjectId: 'a1', state: 'approved' }),
            report({ id: 'r3', goalId: 'g2', subjectId: 'g2', departmentId: 'dep-2', state: 'submitted' }),
          ],
        },
        '2026-05-06T06:00:00Z',
        [],
      ],
      [
        'a draft and a returned report are still to do',
        {
          reports: [
            report({ id: 'r1', state: 'draft' }),
            report({ id: 'r3', goalId: 'g2', subjectId: 'g2', departmentId: 'dep-2', state: 'returned' }),
          ],
        },
        '2026-05-06T06:00:00Z',
        ['reminder-14 → head', 'reminder-14 → other-head'],
      ],
      [
        'an inactive person gets nothing',
        { members: [{ ...head, active: false }, otherHead] },
        '2026-05-06T06:00:00Z',
        ['reminder-14 → other-head'],
      ],
      [
        'a closed period gets nothing',
        { periods: [{ ...period, state: 'closed' }] },
        '2026-05-06T06:00:00Z',
        [],
      ],
      [
        'a planned period gets nothing',
        { periods: [{ ...period, state: 'planned' }] },
        '2026-05-06T06:00:00Z',
        [],
      ],
      [
        'a person who turned reminders off gets none',
        { settings: [{ id: 'head', orgId: 'org', language: 'sv', digest: true, reminders: false }] },
        '2026-05-06T06:00:00Z',
        ['reminder-14 → other-head'],
      ],
      [
        'a draft plan asks for nothing',
        { plans: [createTestPlan({ id: 'plan-1', status: 'draft' })] },
        '2026-05-06T06:00:00Z',
        [],
      ],
    ];
    for (const [name, overrides, now, expected] of cases) {
      it(name, () => expect(due(world(overrides), now)).toEqual(expected));
    }

    it('lists the items not submitted, links to "Min rapportering" and names the period', () => {
      const [notice] = noticesDue(
        world({ reports: [report({ id: 'r1', state: 'submitted' })] }),
        new Date('2026-05-06T06:00:00Z'),
      );
      expect(notice.personId).toBe('head');
      expect(notice.items).toEqual(['Språkcafé']);
      expect(notice.link).toBe('/reporting');
      expect(notice.period).toEqual({
        id: 'per-1',
        kind: 'tertial1',
        year: 2026,
        name: 'Tertial 1 2026',
        deadline: '2026-05-20',
      });
      expect(notice.day).toBe('2026-05-06');
      expect(notice.readAt).toBeNull();
    });
  });

  describe('strategists: the Monday digest and the completeness when the deadline passed', () => {
    const cases: [string, Partial<NoticeWorld>, string, string[]][] = [
      ['Monday 08:00: the digest', {}, '2026-05-18T06:00:00Z', ['digest → strat']],
      ['another weekday: no digest', {}, '2026-05-19T06:00:00Z', []],
      [
        'turned off: no digest',
        { settings: [{ id: 'strat', orgId: 'org', language: 'en', digest: false, reminders: true }] },
        '2026-05-18T06:00:00Z',
        [],
      ],
      [
        'nothing waiting and every department done: no digest',
        {
          reports: [
            report({ id: 'r1', state: 'approved' }),
            report({ id: 'r2', subjectType: 'activity', subjectId: 'a1', state: 'approved' }),
            report({ id: 'r3', goalId: 'g2', subjectId: 'g2', departmentId: 'dep-2', state: 'approved' }),
          ],
        },
        '2026-05-18T06:00:00Z',
        [],
      ],
    ];
    for (const [name, overrides, now, expected] of cases) {
      it(name, () => expect(due(world(overrides), now)).toEqual(expected));
    }

    it('counts what waits for review and names the departments behind', () => {
      const w = world({ reports: [report({ id: 'r1', state: 'submitted' })] });
      const [digest] = noticesDue(w, new Date('2026-05-18T06:00:00Z'));
      expect(digest.waiting).toBe(1);
      expect(digest.departments).toEqual(['Arbetsmarknad', 'Socialtjänst']);
      expect(digest.link).toBe('/review');
    });

    it('says how many of the expected reports are in when the deadline has passed', () => {
      const w = world({ reports: [report({ id: 'r1', state: 'submitted' })] });
      const passed = noticesDue(w, new Date('2026-05-21T06:00:00Z')).find(
        (n) => n.kind === 'deadline-passed',
      )!;
      expect([passed.reported, passed.expected]).toEqual([1, 2]);
    });
  });

  describe('decisions on reports: the department heads hear of a return or an approval', () => {
    const returned = report({
      id: 'r1',
      state: 'returned',
      returnComment: 'Komplettera med könsuppdelad statistik',
      decidedAt: '2026-05-12T13:00:00.000Z',
      decidedBy: 'strat',
    });
    const cases: [string, Report[], string, string[]][] = [
      ['returned: the heads of its department', [returned], '2026-05-12T13:00:01Z', ['returned → head']],
      ['approved', [{ ...returned, state: 'approved' }], '2026-05-12T13:00:01Z', ['approved → head']],
      [
        'still noticed a few days later (a missed day catches up)',
        [returned],
        '2026-05-16T10:00:00Z',
        ['returned → head'],
      ],
      ['not after a week', [returned], '2026-05-19T10:00:00Z', []],
      ['not a submitted report', [{ ...returned, state: 'submitted' }], '2026-05-12T13:00:01Z', []],
      ['not in a closed period', [{ ...returned, periodId: 'per-old' }], '2026-05-12T13:00:01Z', []],
      ['not the person who decided', [{ ...returned, decidedBy: 'head' }], '2026-05-12T13:00:01Z', []],
    ];
    for (const [name, reports, now, expected] of cases) {
      it(name, () => {
        const periods: Period[] = [
          period,
          createTestPeriod({ id: 'per-old', state: 'closed', deadline: '2026-01-20' }),
        ];
        expect(due(world({ reports, periods }), now)).toEqual(expected);
      });
    }

    it('cannot be turned off, carries the comment and links to the report', () => {
      const settings: NoticeSettings[] = [
        { id: 'head', orgId: 'org', language: 'sv', digest: false, reminders: false },
      ];
      const [notice] = noticesDue(world({ reports: [returned], settings }), new Date('2026-05-12T14:00:00Z'));
      expect(notice.kind).toBe('returned');
      expect(notice.comment).toBe('Komplettera med könsuppdelad statistik');
      expect(notice.items).toEqual(['Fler i arbete']);
      expect(notice.link).toBe('/reporting/per-1/g1/dep-1');
      expect(notice.day).toBe('2026-05-12');
    });

    it("an activity's report links to the activity's form", () => {
      const activity = { ...returned, subjectType: 'activity' as const, subjectId: 'a1' };
      const [notice] = noticesDue(world({ reports: [activity] }), new Date('2026-05-12T14:00:00Z'));
      expect(notice.link).toBe('/reporting/per-1/activity/a1/dep-1');
      expect(notice.items).toEqual(['Språkcafé']);
    });
  });

  describe('publications: committee members hear of each new version', () => {
    const publication: Publication = {
      id: 'plan-1__per-1',
      orgId: 'org',
      planId: 'plan-1',
      periodId: 'per-1',
      planTitle: 'Handlingsplan för integration',
      theme: 'integration',
      period: {
        name: 'Tertial 1 2026',
        kind: 'tertial1',
        year: 2026,
        startsOn: '2026-01-01',
        endsOn: '2026-04-30',
      },
      latestVersion: 2,
      versions: [
        { version: 1, publishedAt: '2026-05-01T09:00:00.000Z' },
        { version: 2, publishedAt: '2026-05-12T09:00:00.000Z' },
      ],
      withdrawnAt: null,
    };
    const cases: [string, Publication, string, string[]][] = [
      ['the new version', publication, '2026-05-12T10:00:00Z', ['published → committee']],
      [
        'nothing once withdrawn',
        { ...publication, withdrawnAt: '2026-05-12T09:30:00.000Z' },
        '2026-05-12T10:00:00Z',
        [],
      ],
    ];
    for (const [name, p, now, expected] of cases) {
      it(name, () => expect(due(world({ publications: [p] }), now)).toEqual(expected));
    }

    it('links to the public page', () => {
      const [notice] = noticesDue(world({ publications: [publication] }), new Date('2026-05-12T10:00:00Z'));
      expect(notice.link).toBe('/public/plan-1/per-1');
      expect(notice.items).toEqual(['Handlingsplan för integration']);
    });
  });

  describe('nobody gets the same notice twice', () => {
    it('the same run again, hours later the same day, gives the same ids', () => {
      const ids = (now: string) => noticesDue(world(), new Date(now)).map((n: Notice) => n.id);
      expect(ids('2026-05-06T05:00:00Z')).toEqual(ids('2026-05-06T20:00:00Z'));
      expect(new Set(ids('2026-05-06T05:00:00Z')).size).toBe(ids('2026-05-06T05:00:00Z').length);
    });

    it('a person in two departments gets one reminder listing both', () => {
      const both: Member = { ...head, departmentIds: ['dep-1', 'dep-2'] };
      const notices = noticesDue(world({ members: [both] }), new Date('2026-05-06T06:00:00Z'));
      expect(notices.length).toBe(1);
      expect(notices[0].items).toEqual(['Fler i arbete', 'Trygga boenden', 'Språkcafé']);
    });
  });

  it('a trigger asks for the events only: no deadline notices from a world of one report', () => {
    const returned = report({
      id: 'r1',
      state: 'returned',
      decidedAt: '2026-05-06T05:00:00.000Z',
      decidedBy: 'strat',
    });
    const w = world({ reports: [returned] });
    expect(due(w, '2026-05-06T06:00:00Z')).toEqual([
      'reminder-14 → head',
      'reminder-14 → other-head',
      'returned → head',
    ]);
    expect(noticesDue(w, new Date('2026-05-06T06:00:00Z'), 'events').map((n) => n.kind)).toEqual([
      'returned',
    ]);
  });
});
