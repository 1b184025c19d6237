import { inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, from, map, Observable, of } from 'rxjs';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { announceWrites } from '../../core/writes/announce-writes';
import { doneUrlFor } from '../../core/writes/done-url';
import { koladaWrites } from '../../data-access/kolada/kolada-writes';
import { WriteService } from '../../core/writes/write.service';
import { countKey } from '../../core/i18n/format';
import { WriteOp } from '../../data-access/backend';
import { Message } from '../../shared/ui/message';
import { selectPlanDetail } from '../plan-detail/plan-detail.selectors';
import {
  GoalImportPageActions,
  KoladaImportPageActions,
  PlanFormPageActions,
  PlanPageActions,
  PlanWritesApiActions,
} from './plan-writes.actions';
import { focusAreaMoveWrites, focusAreaRemovalWrites, goalImportWrites, planWrites } from './event-writes';

/** What to write for a page's event, what to say when it is written, and where to go then. */
interface Save {
  writes: WriteOp[];
  success: Message;
  doneUrl: string | null;
}

/**
 * The plans feature's pages' events, turned into writes (with what the store knows now: a plan's
 * focus areas and goals) and sent through the write service, one save at a time.
 */
export const savePlanWrites = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    writer = inject(WriteService),
    transloco = inject(TranslocoService),
  ) => {
    /** What the store holds now (the page showed the same a moment ago). */
    const now = <T>(selector: (state: object) => T): T => store.selectSignal(selector)();
    const counted = (key: string, count: number) => transloco.translate(countKey(key, count), { count });
    const saveFor = (
      action: ReturnType<
        | typeof PlanPageActions.focusAreaMoved
        | typeof PlanPageActions.focusAreaRemoved
        | typeof PlanFormPageActions.planSaved
        | typeof GoalImportPageActions.importConfirmed
        | typeof KoladaImportPageActions.importConfirmed
      >,
    ): Save => {
      switch (action.type) {
        case PlanPageActions.focusAreaMoved.type: {
          const detail = now(selectPlanDetail(action.planId));
          const title = detail?.areas.find((a) => a.area.id === action.areaId)?.area.title ?? '';
          return {
            writes: focusAreaMoveWrites(detail, action.areaId, action.delta),
            success: {
              key: action.delta < 0 ? 'planDetail.movedUp' : 'planDetail.movedDown',
              params: { title },
            },
            doneUrl: null,
          };
        }
        case PlanPageActions.focusAreaRemoved.type: {
          const detail = now(selectPlanDetail(action.planId));
          const goals = now(orgDataFeature.selectAllGoals).filter((g) => g.planId === action.planId);
          const title = detail?.areas.find((a) => a.area.id === action.areaId)?.area.title ?? '';
          return {
            writes: focusAreaRemovalWrites(detail, goals, action.areaId, action.how),
            success: { key: 'planDetail.removed', params: { title } },
            doneUrl: null,
          };
        }
        case PlanFormPageActions.planSaved.type:
          return {
            writes: planWrites(action.id, action.expectedVersion, action.plan),
            success: { key: 'editor.saved', params: { title: action.plan.title } },
            doneUrl: '/plans',
          };
        case GoalImportPageActions.importConfirmed.type:
          return {
            writes: goalImportWrites(action.result),
            success: {
              key: 'goalImport.done',
              params: {
                goals: counted('goalImport.goalCount', action.result.goals.length),
                indicators: counted('goalImport.indicatorCount', action.result.indicators.length),
              },
            },
            doneUrl: `/plans/${action.planId}`,
          };
        case KoladaImportPageActions.importConfirmed.type:
          return {
            writes: koladaWrites(action.values),
            success: {
              key: countKey('koladaImport.done', action.values.length),
              params: { count: action.values.length },
            },
            doneUrl: '/plans',
          };
      }
    };
    return actions$.pipe(
      ofType(
        PlanPageActions.focusAreaMoved,
        PlanPageActions.focusAreaRemoved,
        PlanFormPageActions.planSaved,
        GoalImportPageActions.importConfirmed,
        KoladaImportPageActions.importConfirmed,
      ),
      map(saveFor),
      exhaustMap(
        ({
          writes,
          success,
          doneUrl,
        }): Observable<ReturnType<(typeof PlanWritesApiActions)[keyof typeof PlanWritesApiActions]>> =>
          // Nothing to write: what the event names is gone (removed in another tab, say), and saying
          // it was moved or removed would not be true.
          writes.length === 0
            ? of(
                PlanWritesApiActions.failed({
                  message: { key: 'errors.notFound', params: {} },
                  fieldErrors: {},
                  index: null,
                }),
              )
            : from(writer.save(writes)).pipe(
                map((createdId) =>
                  PlanWritesApiActions.saved({ success, doneUrl: doneUrlFor(doneUrl, createdId) }),
                ),
                catchError((error) => of(PlanWritesApiActions.failed(writer.failureOf(error)))),
              ),
      ),
    );
  },
  { functional: true },
);

export const { announceSaved, announceFailed } = announceWrites(
  PlanWritesApiActions.saved,
  PlanWritesApiActions.failed,
);
