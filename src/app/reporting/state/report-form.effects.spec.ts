import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { RECORDS, RecordsPort } from '../../data-access/backend';
import { VersionConflict } from '../../domain/errors';
import { Report } from '../../domain/model';
import { createTestReport } from '../../testing/builders';
import { ReportFormPageActions, ReportsApiActions } from './report-form.actions';
import { writeReport } from './report-form.effects';
import { reportFormFeature } from './report-form.feature';

const THIS_TAB = 'tab-this';

/** A backend whose writes wait until the test answers them, like a slow laptop's IndexedDB. */
function slowBackend() {
  const calls: { op: string; version: number; resolve: (r: Report) => void; reject: (e: unknown) => void }[] =
    [];
  let stored = createTestReport({ id: 'r', version: 1, state: 'draft', updatedIn: THIS_TAB });
  const call = (op: string, version: number) =>
    new Promise<Report>((resolve, reject) => calls.push({ op, version, resolve, reject }));
  const backend = {
    clientId: THIS_TAB,
    update: (_kind: string, _id: string, version: number) => call('update', version),
    transition: (_id: string, version: number, transition: string) => call(transition, version),
  } as unknown as RecordsPort;
  /** Answers the oldest open call as the backend would: the next version, or the given error. */
  const answer = (error?: unknown) => {
    const next = calls.find((c) => !('done' in c))!;
    Object.assign(next, { done: true });
    if (error) return next.reject(error);
    stored = {
      ...stored,
      version: next.version + 1,
      state: next.op === 'submit' ? 'submitted' : stored.state,
      updatedIn: THIS_TAB,
    };
    next.resolve(stored);
  };
  return { backend, calls, answer, stored: () => stored };
}

function setUp() {
  const fake = slowBackend();
  TestBed.configureTestingModule({
    providers: [
      provideStore({ [reportFormFeature.name]: reportFormFeature.reducer }),
      provideEffects({ writeReport }),
      { provide: RECORDS, useValue: fake.backend },
    ],
  });
  const store = TestBed.inject(Store);
  store.dispatch(ReportsApiActions.reportLoaded({ report: fake.stored() }));
  const state = () => store.selectSignal(reportFormFeature.selectReportFormState)();
  const ops = () => fake.calls.map((c) => `${c.op}@v${c.version}`);
  return { ...fake, store, state, ops };
}

const patch = (analysis: string) => ({ analysis });
/** Lets the answered promises and the effect's reactions run (the autosave's pause is on jasmine's clock). */
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('writeReport (one queue for the open report’s writes)', () => {
  beforeEach(() => jasmine.clock().install());
  afterEach(() => {
    jasmine.clock().uninstall();
    TestBed.resetTestingModule();
  });

  it('save in flight, then submit: the submission waits and goes out with the saved version', async () => {
    const { store, answer, ops, state } = setUp();
    store.dispatch(ReportFormPageActions.edited({ patch: patch('a') }));
    jasmine.clock().tick(1000);
    await settle();
    expect(ops()).toEqual(['update@v1']);
    store.dispatch(ReportFormPageActions.submitClicked({ patch: patch('ab') }));
    await settle();
    expect(ops()).toEqual(['update@v1']);
    answer();
    await settle();
    expect(ops()).toEqual(['update@v1', 'update@v2']);
    answer();
    await settle();
    expect(ops()).toEqual(['update@v1', 'update@v2', 'submit@v3']);
    answer();
    await settle();
    expect(state().report?.state).toBe('submitted');
    expect(state().message).toBeNull();
    expect(state().saveState).toBe('saved');
  });

  it('typing, then submit before the pause is over: the waiting autosave is dropped, the submission carries the form', async () => {
    const { store, answer, ops, state } = setUp();
    store.dispatch(ReportFormPageActions.edited({ patch: patch('a') }));
    jasmine.clock().tick(400);
    await settle();
    store.dispatch(ReportFormPageActions.submitClicked({ patch: patch('a') }));
    await settle();
    answer();
    await settle();
    answer();
    jasmine.clock().tick(2000);
    await settle();
    expect(ops()).toEqual(['update@v1', 'submit@v2']);
    expect(state().report?.state).toBe('submitted');
    expect(state().message).toBeNull();
  });

  it('submit, then a save asked for while it is on its way: the save goes after, on the new version', async () => {
    const { store, answer, ops } = setUp();
    store.dispatch(ReportFormPageActions.submitClicked({ patch: patch('a') }));
    await settle();
    store.dispatch(ReportFormPageActions.saveRequested({ patch: patch('a') }));
    await settle();
    answer();
    await settle();
    answer();
    await settle();
    expect(ops()).toEqual(['update@v1', 'submit@v2', 'update@v3']);
  });

  it('pressing "Skicka in" twice sends once', async () => {
    const { store, answer, ops, state } = setUp();
    store.dispatch(ReportFormPageActions.submitClicked({ patch: patch('a') }));
    store.dispatch(ReportFormPageActions.submitClicked({ patch: patch('a') }));
    await settle();
    answer();
    await settle();
    answer();
    await settle();
    expect(ops()).toEqual(['update@v1', 'submit@v2']);
    expect(state().report?.state).toBe('submitted');
    expect(state().message).toBeNull();
  });

  it('a stale write of this same tab is re-based silently; someone else’s change is a conflict', async () => {
    const { store, answer, ops, state } = setUp();
    const mine = createTestReport({ id: 'r', version: 4, updatedIn: THIS_TAB });
    store.dispatch(ReportFormPageActions.saveRequested({ patch: patch('a') }));
    await settle();
    answer(new VersionConflict('Jag', mine.updatedAt, 4, mine));
    await settle();
    expect(ops()).toEqual(['update@v1', 'update@v4']);
    answer();
    await settle();
    expect(state().saveState).toBe('saved');
    expect(state().message).toBeNull();

    const theirs = createTestReport({ id: 'r', version: 9, updatedIn: 'tab-other' });
    store.dispatch(ReportFormPageActions.saveRequested({ patch: patch('b') }));
    await settle();
    answer(new VersionConflict('Jag', theirs.updatedAt, 9, theirs));
    await settle();
    expect(ops()).toEqual(['update@v1', 'update@v4', 'update@v5']);
    expect(state().saveState).toBe('conflict');
    expect(state().theirs?.version).toBe(9);
  });

  it('leaving while a save is on its way: the last save goes out on the version that save left', async () => {
    const { store, answer, ops } = setUp();
    store.dispatch(ReportFormPageActions.saveRequested({ patch: patch('a') }));
    await settle();
    store.dispatch(ReportFormPageActions.saveRequested({ patch: patch('ab') }));
    store.dispatch(ReportFormPageActions.closed());
    await settle();
    answer();
    await settle();
    expect(ops()).toEqual(['update@v1', 'update@v2']);
  });
});
