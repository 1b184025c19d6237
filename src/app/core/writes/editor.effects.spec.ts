import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { firstValueFrom, Subject } from 'rxjs';
import { RECORDS, RecordsPort, WriteOp } from '../../data-access/backend';
import { BatchFailed, PermissionDenied, ValidationFailed, VersionConflict } from '../../domain/errors';
import { createTestFocusArea, createTestPlan } from '../../testing/builders';
import { EditorApiActions, EditorPageActions } from './editor.actions';
import { saveWrites } from './editor.effects';

/** What a page asked to write, what the backend was called with, and what the page is told. */
describe('saveWrites (a page’s writes, one call or one batch, and what the page is told)', () => {
  const area = createTestFocusArea({ id: 'fa-1', version: 3 });
  const create: WriteOp = { op: 'create', kind: 'plans', draft: createTestPlan() };
  const update: WriteOp = {
    op: 'update',
    kind: 'focusAreas',
    id: 'fa-1',
    expectedVersion: 3,
    patch: { order: 2 },
  };
  const remove: WriteOp = { op: 'remove', kind: 'focusAreas', id: 'fa-1', expectedVersion: 3 };
  const success = { key: 'editor.saved', params: {} };

  function run(writes: WriteOp[], doneUrl: string | null, fail?: unknown) {
    const calls: string[] = [];
    const answer = <T>(name: string, value: T) => {
      calls.push(name);
      return fail ? Promise.reject(fail) : Promise.resolve(value);
    };
    const records = {
      create: () => answer('create', { ...createTestPlan(), id: 'plan-new' }),
      update: () => answer('update', area),
      remove: () => answer('remove', undefined),
      batch: (ops: readonly WriteOp[]) => answer(`batch of ${ops.length}`, undefined),
    } as unknown as RecordsPort;
    const actions = new Subject<ReturnType<typeof EditorPageActions.writesRequested>>();
    TestBed.configureTestingModule({
      providers: [provideMockActions(() => actions), { provide: RECORDS, useValue: records }],
    });
    const outcome = firstValueFrom(TestBed.runInInjectionContext(() => saveWrites()));
    actions.next(EditorPageActions.writesRequested({ writes, success, doneUrl }));
    return { calls, outcome };
  }

  const saved: {
    name: string;
    writes: WriteOp[];
    doneUrl: string | null;
    calls: string[];
    goTo: string | null;
  }[] = [
    {
      name: 'a new record: its own call, and the page goes to it',
      writes: [create],
      doneUrl: '/plans/:created',
      calls: ['create'],
      goTo: '/plans/plan-new',
    },
    {
      name: 'a change: its own call, and the page stays',
      writes: [update],
      doneUrl: null,
      calls: ['update'],
      goTo: null,
    },
    {
      name: 'a removal: its own call',
      writes: [remove],
      doneUrl: '/plans/p1',
      calls: ['remove'],
      goTo: '/plans/p1',
    },
    {
      name: 'several writes: one batch (all or none); no single record to go to',
      writes: [update, create],
      doneUrl: '/plans/p1#goal-:created',
      calls: ['batch of 2'],
      goTo: '/plans/p1',
    },
  ];
  for (const { name, writes, doneUrl, calls, goTo } of saved) {
    it(name, async () => {
      const run1 = run(writes, doneUrl);
      expect(await run1.outcome).toEqual(EditorApiActions.writesSaved({ success, doneUrl: goTo }));
      expect(run1.calls).toEqual(calls);
    });
  }

  const refused: {
    name: string;
    writes: WriteOp[];
    error: unknown;
    expected: ReturnType<typeof EditorApiActions.writesFailed>;
  }[] = [
    {
      name: 'a refused field: its message, and the field',
      writes: [update],
      error: new ValidationFailed({ title: { code: 'required' } }),
      expected: EditorApiActions.writesFailed({
        message: { key: 'errors.validation', params: {} },
        fieldErrors: { title: { code: 'required' } },
        index: null,
      }),
    },
    {
      name: 'the second write of a batch refused: which one, and why',
      writes: [update, create],
      error: new BatchFailed(1, new ValidationFailed({ title: { code: 'tooLong' } })),
      expected: EditorApiActions.writesFailed({
        message: { key: 'errors.validation', params: {} },
        fieldErrors: { title: { code: 'tooLong' } },
        index: 1,
      }),
    },
    {
      name: 'someone else changed it first: who',
      writes: [update],
      error: new VersionConflict('Anna Berg', '2026-11-30T09:00:00.000Z', 4, area),
      expected: EditorApiActions.writesFailed({
        message: { key: 'errors.conflict', params: jasmine.objectContaining({ name: 'Anna Berg' }) as never },
        fieldErrors: {},
        index: null,
      }),
    },
    {
      name: 'not allowed',
      writes: [remove],
      error: new PermissionDenied('delete', 'focusAreas'),
      expected: EditorApiActions.writesFailed({
        message: { key: 'errors.permission', params: {} },
        fieldErrors: {},
        index: null,
      }),
    },
  ];
  for (const { name, writes, error, expected } of refused) {
    it(`refused — ${name}`, async () => {
      expect(await run(writes, '/plans/p1', error).outcome).toEqual(expected);
    });
  }
});
