import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { Router } from '@angular/router';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RECORDS, RecordsPort, WriteOp } from '../../data-access/backend';
import { ValidationFailed } from '../../domain/errors';
import { STRUCTURE_KINDS } from '../../core/org-data/org-data.feature';
import { setUpDemoStore } from '../../testing/demo-store';
import {
  GoalImportPageActions,
  KoladaImportPageActions,
  PlanFormPageActions,
  PlanPageActions,
} from './plan-writes.actions';
import * as planWritesEffects from './plan-writes.effects';
import { planWritesFeature } from './plan-writes.feature';
import { createTestMeasurement, createTestPlan } from '../../testing/builders';

/**
 * The plans feature's pages send events; the feature works out the writes from what the store
 * holds, sends them as one, and keeps the outcome.
 */
describe('plan writes (the plans feature’s events become writes)', () => {
  function setUp(fail?: unknown) {
    const sent: WriteOp[][] = [];
    const answer = (writes: WriteOp[]) => {
      sent.push(writes);
      return fail ? Promise.reject(fail) : Promise.resolve();
    };
    const records = {
      batch: (ops: WriteOp[]) => answer(ops),
      create: (kind: string, draft: object) =>
        answer([{ op: 'create', kind, draft } as WriteOp]).then(() => ({ id: 'new-id' })),
      update: (kind: string, id: string, expectedVersion: number, patch: object) =>
        answer([{ op: 'update', kind, id, expectedVersion, patch } as WriteOp]),
    } as unknown as RecordsPort;
    TestBed.configureTestingModule({
      providers: [
        provideEffects(planWritesEffects),
        { provide: RECORDS, useValue: records },
        { provide: MatSnackBar, useValue: { open: () => undefined } },
      ],
    });
    const demo = setUpDemoStore('m-strateg-int', {
      [planWritesFeature.name]: planWritesFeature.reducer as never,
    });
    STRUCTURE_KINDS.forEach(demo.arrive);
    const store = TestBed.inject(Store);
    const navigate = spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
    const outcome = store.selectSignal(planWritesFeature.selectPlanWritesState);
    const settle = () => new Promise((resolve) => setTimeout(resolve));
    return { ...demo, store, sent, outcome, settle, navigate };
  }

  it('a focus area moved up: the two orders swapped, from the plan as the store holds it', async () => {
    const { seed, store, sent, outcome, settle } = setUp();
    const areas = seed.focusAreas
      .filter((a) => a.planId === 'plan-integration')
      .sort((a, b) => a.order - b.order);
    store.dispatch(
      PlanPageActions.focusAreaMoved({ planId: 'plan-integration', areaId: areas[1].id, delta: -1 }),
    );
    expect(outcome().saving).toBeTrue();
    await settle();
    expect(sent.length).toBe(1);
    // The orders as written: the second area first, the rest as they were.
    const order = new Map(areas.map((a) => [a.id, a.order]));
    for (const w of sent[0]) if (w.op === 'update') order.set(w.id, (w.patch as { order: number }).order);
    expect([...order].sort((a, b) => a[1] - b[1]).map(([id]) => id)).toEqual([
      areas[1].id,
      areas[0].id,
      ...areas.slice(2).map((a) => a.id),
    ]);
    expect(outcome()).toEqual(jasmine.objectContaining({ saving: false, saves: 1, message: null }));
  });

  it('a focus area removed with its goals moved: the goals first, then the area', async () => {
    const { seed, store, sent, settle } = setUp();
    const [first, second] = seed.focusAreas
      .filter((a) => a.planId === 'plan-integration')
      .sort((a, b) => a.order - b.order);
    const goals = seed.goals.filter((g) => g.focusAreaId === first.id).map((g) => g.id);
    store.dispatch(
      PlanPageActions.focusAreaRemoved({
        planId: 'plan-integration',
        areaId: first.id,
        how: { mode: 'move', targetAreaId: second.id },
      }),
    );
    await settle();
    const [writes] = sent;
    expect(
      writes
        .slice(0, -1)
        .map((w) => (w.op === 'update' ? [w.id, (w.patch as { focusAreaId: string }).focusAreaId] : w.op)),
    ).toEqual(goals.map((id) => [id, second.id]));
    expect(writes.at(-1)).toEqual(
      jasmine.objectContaining({ op: 'remove', kind: 'focusAreas', id: first.id }),
    );
  });

  const single: { name: string; event: () => object; expected: unknown }[] = [
    {
      name: 'a new plan',
      event: () =>
        PlanFormPageActions.planSaved({
          id: null,
          expectedVersion: 0,
          plan: createTestPlan({ title: 'Ny plan' }),
        }),
      expected: jasmine.objectContaining({ op: 'create', kind: 'plans' }),
    },
    {
      name: 'a changed plan, at the version it was read',
      event: () =>
        PlanFormPageActions.planSaved({ id: 'plan-integration', expectedVersion: 4, plan: createTestPlan() }),
      expected: jasmine.objectContaining({
        op: 'update',
        kind: 'plans',
        id: 'plan-integration',
        expectedVersion: 4,
      }),
    },
    {
      name: 'a Kolada value replacing a stored one: a change at its version',
      event: () =>
        KoladaImportPageActions.importConfirmed({
          values: [
            {
              draft: { ...createTestMeasurement({ id: 'm-1' }) },
              existing: createTestMeasurement({ id: 'm-1', version: 2 }),
            },
          ],
        }),
      expected: jasmine.objectContaining({
        op: 'update',
        kind: 'measurements',
        id: 'm-1',
        expectedVersion: 2,
      }),
    },
  ];
  for (const { name, event, expected } of single) {
    it(`${name}: one write`, async () => {
      const { store, sent, settle } = setUp();
      store.dispatch(event() as never);
      await settle();
      expect(sent).toEqual([[expected as WriteOp]]);
    });
  }

  it('a goal import: focus areas, goals, then indicators, all as one; then to the plan', async () => {
    const { store, sent, settle, navigate } = setUp();
    store.dispatch(
      GoalImportPageActions.importConfirmed({
        planId: 'plan-integration',
        result: {
          focusAreas: [{ id: 'fa-new' } as never],
          goals: [{ id: 'g-new' } as never],
          indicators: [{ name: 'Andel' } as never],
          rowCount: 1,
          problems: [],
        },
      }),
    );
    await settle();
    expect(sent[0].map((w) => `${w.op} ${w.kind}`)).toEqual([
      'create focusAreas',
      'create goals',
      'create indicators',
    ]);
    expect(navigate).toHaveBeenCalledOnceWith('/plans/plan-integration');
  });

  it('an event about a focus area that is gone writes nothing and says it is not there', async () => {
    const { store, sent, outcome, settle } = setUp();
    store.dispatch(
      PlanPageActions.focusAreaMoved({ planId: 'plan-integration', areaId: 'no-such-area', delta: -1 }),
    );
    await settle();
    expect(sent).toEqual([]);
    expect(outcome()).toEqual(
      jasmine.objectContaining({ saving: false, saves: 0, message: { key: 'errors.notFound', params: {} } }),
    );
  });

  it('a refusal is kept with its fields and the refused write, and nothing else is sent', async () => {
    const { store, sent, outcome, settle } = setUp(new ValidationFailed({ title: { code: 'required' } }));
    store.dispatch(PlanFormPageActions.planSaved({ id: null, expectedVersion: 0, plan: createTestPlan() }));
    await settle();
    expect(sent.length).toBe(1);
    expect(outcome()).toEqual(
      jasmine.objectContaining({ saving: false, saves: 0, fieldErrors: { title: { code: 'required' } } }),
    );
  });
});
