import { firstValueFrom } from 'rxjs';
import { filter } from 'rxjs/operators';
import { PermissionDenied } from '../../domain/errors';
import { BehaviorSubject } from 'rxjs';
import { Notice, noticesDue } from '../../domain/notices';
import { Session } from '../backend';
import { KompassDb } from './kompass-db';
import { LocalNotices } from './local-notices';
import { buildDemoSeed } from './demo-seed';
import { LocalBackend } from './local-backend';

/** Monday 2026-11-23, 09:00. */
const TODAY = new Date(2026, 10, 23, 9, 0, 0);
let counter = 0;

describe('LocalBackend notices (made by the embedded backend from noticesDue)', () => {
  const seed = buildDemoSeed(TODAY);
  const open = seed.periods.find((p) => p.state === 'open')!;
  const waiting = seed.reports.find(
    (r) =>
      r.periodId === open.id &&
      r.departmentId === 'uaf' &&
      r.state === 'submitted' &&
      r.planId === 'plan-integration',
  )!;
  let dbName: string;
  let backend: LocalBackend;

  const start = () => {
    let tick = 0;
    return new LocalBackend({
      dbName,
      now: () => new Date(TODAY.getTime() + 1000 * tick++),
      seed: () => seed,
    });
  };
  const noticesOf = async (b: LocalBackend, personId: string): Promise<Notice[]> => {
    await b.signInAs(personId);
    // The day's notices are made once the session has started; wait for them.
    return firstValueFrom(
      b
        .adapter()
        .notices.notices()
        .pipe(filter((found) => found.length > 0)),
    );
  };

  beforeEach(async () => {
    dbName = `kompass-notices-${Date.now()}-${counter++}`;
    backend = start();
    await backend.init();
  });
  afterEach(async () => {
    await backend.signOut();
    await backend.destroy();
  });

  it('a returned report: its department head is told, with the comment; the strategist is not', async () => {
    await backend.signInAs('m-strateg-int');
    await backend.transition(waiting.id, waiting.version, 'return', 'Komplettera med värden för män.');
    const head = await noticesOf(backend, 'm-uaf');
    const returned = head.find(
      (n) => n.kind === 'returned' && n.comment === 'Komplettera med värden för män.',
    );
    expect(returned).toBeDefined();
    expect(returned!.link).toBe(`/reporting/${open.id}/${waiting.subjectId}/uaf`);
    expect(returned!.readAt).toBeNull();
    const strategist = await noticesOf(backend, 'm-strateg-int');
    expect(strategist.some((n) => n.kind === 'returned')).toBeFalse();
  });

  it("marks a person's own notices read, and refuses another person's without changing anything", async () => {
    const mine = await noticesOf(backend, 'm-uaf');
    expect(mine.length).toBeGreaterThan(0);
    const notices = backend.adapter().notices;
    await notices.markRead([mine[0].id]);
    const after = await firstValueFrom(
      notices.notices().pipe(filter((n) => n.some((x) => x.readAt !== null))),
    );
    expect(after.find((n) => n.id === mine[0].id)!.readAt).not.toBeNull();

    await backend.signInAs('m-strateg-int');
    await expectAsync(notices.markRead([mine[1]?.id ?? mine[0].id])).toBeRejectedWithError(PermissionDenied);
    const again = await noticesOf(backend, 'm-uaf');
    expect(again.filter((n) => n.readAt !== null).length).toBe(1);
  });

  it('two tabs refreshing at once make each notice once, and neither fails', async () => {
    const dbs = [new KompassDb(dbName), new KompassDb(dbName)];
    const tabs = dbs.map(
      (db) => new LocalNotices(db, new BehaviorSubject<Session | null>(null), () => TODAY),
    );
    await expectAsync(Promise.all(tabs.map((tab) => tab.refresh()))).toBeResolved();
    await expectAsync(Promise.all(tabs.map((tab) => tab.refresh()))).toBeResolved();
    const stored = await dbs[0].notices.toArray();
    dbs.forEach((db) => db.close());
    const due = noticesDue({ orgId: seed.organisation.id, settings: [], publications: [], ...seed }, TODAY);
    expect(stored.map((n) => n.id).sort()).toEqual(due.map((n) => n.id).sort());
  });

  it("keeps a person's choices, and the defaults until they save any", async () => {
    await backend.signInAs('m-uaf');
    const notices = backend.adapter().notices;
    expect(await firstValueFrom(notices.settings())).toEqual({
      id: 'm-uaf',
      orgId: seed.organisation.id,
      language: 'sv',
      digest: true,
      reminders: true,
    });
    await notices.saveSettings({ language: 'en', digest: true, reminders: false });
    const saved = await firstValueFrom(notices.settings().pipe(filter((s) => s?.language === 'en')));
    expect(saved?.reminders).toBeFalse();
    await expectAsync(
      notices.saveSettings({ language: 'de' as 'en', digest: true, reminders: true }),
    ).toBeRejected();
  });

  it('a publication: the committee members are told', async () => {
    await backend.signInAs('m-strateg-int');
    await backend.adapter().publishing!.publish('plan-integration', open.id);
    const committee = await noticesOf(backend, 'm-ledamot-1');
    const published = committee.find(
      (n) => n.kind === 'published' && n.link === `/public/plan-integration/${open.id}`,
    );
    expect(published).toBeDefined();
  });
});
