import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { WriteFailure } from '../../core/writes/write-outcome';
import { GoalImport } from '../../domain/goal-import';
import { MeasurementWrite } from '../../domain/kolada-import';
import { Draft, Id, Plan } from '../../domain/model';
import { Message } from '../../shared/ui/message';
import { RemoveMode } from '../plan-detail/plan-writes';

/** What a strategist does on a plan's page. */
export const PlanPageActions = createActionGroup({
  source: 'Plan Page',
  events: {
    Opened: emptyProps(),
    'Focus Area Moved': props<{ planId: Id; areaId: Id; delta: -1 | 1 }>(),
    /** The focus area goes; its goals are moved to another one, or go with it. */
    'Focus Area Removed': props<{ planId: Id; areaId: Id; how: RemoveMode }>(),
  },
});

export const PlanFormPageActions = createActionGroup({
  source: 'Plan Form Page',
  events: {
    Opened: emptyProps(),
    /** A new plan (no `id`), or a change to one read at `expectedVersion`. */
    'Plan Saved': props<{ id: Id | null; expectedVersion: number; plan: Draft<Plan> }>(),
  },
});

export const GoalImportPageActions = createActionGroup({
  source: 'Goal Import Page',
  events: {
    Opened: emptyProps(),
    /** A checked file without problems: its focus areas, goals and indicators, all or none. */
    'Import Confirmed': props<{ planId: Id; result: GoalImport }>(),
  },
});

export const KoladaImportPageActions = createActionGroup({
  source: 'Kolada Import Page',
  events: {
    Opened: emptyProps(),
    /** A checked file's values: new ones, and changes to the values they replace. */
    'Import Confirmed': props<{ values: MeasurementWrite[] }>(),
  },
});

export const PlanWritesApiActions = createActionGroup({
  source: 'Plan Writes API',
  events: {
    Saved: props<{ success: Message; doneUrl: string | null }>(),
    /** Nothing was written; `index` is the refused write of several. */
    Failed: props<WriteFailure>(),
  },
});
