import { timesForImport, timesFromStore, timesToStore } from './stored-times';

/** What the SDKs give back for a stored time. */
const stored = (iso: string) => ({ toDate: () => new Date(iso) });
const SERVER = { sentinel: 'serverTimestamp' };

describe('stored report times (Firestore keeps the server’s time)', () => {
  describe('timesToStore', () => {
    const created = stored('2026-05-01T08:00:00.000Z');
    const before = { createdAt: created, updatedAt: stored('2026-05-02T08:00:00.000Z'), submittedAt: null };
    const at = '2026-11-30T10:00:00.000Z';
    const cases: [
      string,
      Record<string, unknown>,
      Record<string, unknown> | undefined,
      Record<string, unknown>,
    ][] = [
      [
        'a new report: every time it sets is the server’s',
        { createdAt: at, updatedAt: at, submittedAt: null, decidedAt: null },
        undefined,
        { createdAt: SERVER, updatedAt: SERVER, submittedAt: null, decidedAt: null },
      ],
      [
        'a change: the server’s time for updatedAt, createdAt exactly as stored',
        { createdAt: '2026-05-01T08:00:00.000Z', updatedAt: at, submittedAt: null, decidedAt: null },
        before,
        { createdAt: created, updatedAt: SERVER, submittedAt: null, decidedAt: null },
      ],
      [
        'a submission: updatedAt and submittedAt are the server’s',
        { createdAt: '2026-05-01T08:00:00.000Z', updatedAt: at, submittedAt: at, decidedAt: null },
        before,
        { createdAt: created, updatedAt: SERVER, submittedAt: SERVER, decidedAt: null },
      ],
      [
        'a decision keeps the submission time as stored',
        {
          createdAt: '2026-05-01T08:00:00.000Z',
          updatedAt: at,
          submittedAt: '2026-11-01T09:00:00.000Z',
          decidedAt: at,
        },
        { ...before, submittedAt: 'legacy string' },
        { createdAt: created, updatedAt: SERVER, submittedAt: 'legacy string', decidedAt: SERVER },
      ],
    ];
    for (const [name, report, was, expected] of cases) {
      it(name, () => expect(timesToStore(report, was, SERVER)).toEqual(expected));
    }
  });

  describe('timesForImport', () => {
    it('stores every time of a report written elsewhere as a stored time, nulls as null', () => {
      const toTime = (iso: string) => ({ at: iso });
      const imported: unknown = timesForImport(
        { id: 'r', createdAt: '2026-01-01T00:00:00.000Z', submittedAt: null, analysis: 'text' },
        toTime,
      );
      expect(imported).toEqual({
        id: 'r',
        createdAt: { at: '2026-01-01T00:00:00.000Z' },
        submittedAt: null,
        analysis: 'text',
      });
    });
  });

  describe('timesFromStore', () => {
    it('turns stored times into ISO strings and leaves the rest', () => {
      const read: unknown = timesFromStore({
        id: 'r',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: stored('2026-11-30T10:00:00.000Z'),
        submittedAt: null,
      });
      expect(read).toEqual({
        id: 'r',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-11-30T10:00:00.000Z',
        submittedAt: null,
      });
    });

    it('turns an audit entry’s server time (at) into an ISO string too', () => {
      const read: unknown = timesFromStore({
        id: 'g__2',
        at: stored('2026-12-05T16:00:00.000Z'),
        byName: 'A',
      });
      expect(read).toEqual({ id: 'g__2', at: '2026-12-05T16:00:00.000Z', byName: 'A' });
    });

    it('returns a document without stored times as it is', () => {
      const record = { id: 'p', updatedAt: '2026-01-01T00:00:00.000Z' };
      expect(timesFromStore(record)).toBe(record);
    });
  });
});
