import { TestBed } from '@angular/core/testing';
import { RECORDS, RecordsPort, WriteOp } from '../../data-access/backend';
import { BatchFailed, PermissionDenied, ValidationFailed, VersionConflict } from '../../domain/errors';
import { createTestFocusArea, createTestPlan } from '../../testing/builders';
import { WriteService } from './write.service';
import { INITIAL_WRITE_OUTCOME, WriteFailure, writeOutcome } from './write-outcome';

describe('WriteService (a page’s writes: one call or one batch, and what a refusal says)', () => {
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

  function service(fail?: unknown) {
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
    TestBed.configureTestingModule({ providers: [{ provide: RECORDS, useValue: records }] });
    return { writer: TestBed.inject(WriteService), calls };
  }

  const saved: { name: string; writes: WriteOp[]; calls: string[]; created: string | null }[] = [
    {
      name: 'a new record: its own call, and its id',
      writes: [create],
      calls: ['create'],
      created: 'plan-new',
    },
    { name: 'a change: its own call', writes: [update], calls: ['update'], created: null },
    { name: 'a removal: its own call', writes: [remove], calls: ['remove'], created: null },
    {
      name: 'several writes: one batch (all or none)',
      writes: [update, create],
      calls: ['batch of 2'],
      created: null,
    },
  ];
  for (const { name, writes, calls, created } of saved) {
    it(name, async () => {
      const { writer, calls: made } = service();
      expect(await writer.save(writes)).toBe(created);
      expect(made).toEqual(calls);
    });
  }

  const refused: { name: string; error: unknown; expected: WriteFailure }[] = [
    {
      name: 'a refused field: its message, and the field',
      error: new ValidationFailed({ title: { code: 'required' } }),
      expected: {
        message: { key: 'errors.validation', params: {} },
        fieldErrors: { title: { code: 'required' } },
        index: null,
      },
    },
    {
      name: 'the second write of a batch refused: which one, and why',
      error: new BatchFailed(1, new ValidationFailed({ title: { code: 'tooLong' } })),
      expected: {
        message: { key: 'errors.validation', params: {} },
        fieldErrors: { title: { code: 'tooLong' } },
        index: 1,
      },
    },
    {
      name: 'someone else changed it first: who',
      error: new VersionConflict('Anna Berg', '2026-11-30T09:00:00.000Z', 4, area),
      expected: {
        message: { key: 'errors.conflict', params: jasmine.objectContaining({ name: 'Anna Berg' }) as never },
        fieldErrors: {},
        index: null,
      },
    },
    {
      name: 'not allowed',
      error: new PermissionDenied('delete', 'focusAreas'),
      expected: { message: { key: 'errors.permission', params: {} }, fieldErrors: {}, index: null },
    },
  ];
  for (const { name, error, expected } of refused) {
    it(`refused — ${name}`, async () => {
      const { writer } = service(error);
      await expectAsync(writer.save([update])).toBeRejectedWith(error);
      expect(writer.failureOf(error)).toEqual(expected);
    });
  }
});

describe('writeOutcome (what a feature’s pages know of their last save)', () => {
  const failure: WriteFailure = {
    message: { key: 'errors.validation', params: {} },
    fieldErrors: { title: { code: 'required' } },
    index: 3,
  };

  it('is saving from the request until the answer, and counts successful saves', () => {
    const saving = writeOutcome.requested(INITIAL_WRITE_OUTCOME);
    expect(saving.saving).toBeTrue();
    const saved = writeOutcome.saved(saving);
    expect(saved.saving).toBeFalse();
    expect(saved.saves).toBe(1);
  });

  it('keeps the message, field errors and the refused write after a failure', () => {
    const failed = writeOutcome.failed(writeOutcome.requested(INITIAL_WRITE_OUTCOME), failure);
    expect(failed).toEqual({
      saving: false,
      saves: 0,
      message: failure.message,
      fieldErrors: failure.fieldErrors,
      failedIndex: 3,
    });
  });

  it('forgets an earlier failure when a page opens, but not the save count', () => {
    const failed = writeOutcome.failed({ ...INITIAL_WRITE_OUTCOME, saves: 2 }, failure);
    expect(writeOutcome.opened(failed)).toEqual({ ...INITIAL_WRITE_OUTCOME, saves: 2 });
  });

  it('asking again clears the last refusal', () => {
    const again = writeOutcome.requested(writeOutcome.failed(INITIAL_WRITE_OUTCOME, failure));
    expect(again).toEqual({ ...INITIAL_WRITE_OUTCOME, saving: true });
  });
});
