import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { AuditEntry, Patch, Report, ReportSubject } from '../../domain/model';
import { FieldErrors } from '../../domain/validation';
import { Message } from '../../shared/ui/message';

/** Identifies one report: its subject (a goal or an activity), the reporting department and the period. */
export interface ReportKey {
  periodId: string;
  subjectType: ReportSubject;
  subjectId: string;
  departmentId: string;
}

export type ReportPatch = Patch<Report>;

export const ReportFormPageActions = createActionGroup({
  source: 'Report Form Page',
  events: {
    Opened: props<{ key: ReportKey }>(),
    'Start Clicked': props<{ key: ReportKey; copyFrom: Report | null }>(),
    /** The person changed the form; saved after a pause in typing. */
    Edited: props<{ patch: ReportPatch }>(),
    /** Save at once (leaving the page, retry). */
    'Save Requested': props<{ patch: ReportPatch }>(),
    'Submit Clicked': props<{ patch: ReportPatch }>(),
    'Their Version Chosen': emptyProps(),
    /** After a conflict: save my form on top of their version, knowingly. */
    'Mine Kept': props<{ patch: ReportPatch }>(),
    /** A strategist reopens an approved report, sending it back with a comment. */
    'Reopen Clicked': props<{ comment: string }>(),
    /** The department takes back its submitted report before it is reviewed ("Ta tillbaka"). */
    'Withdraw Clicked': emptyProps(),
    Closed: emptyProps(),
  },
});

export const ReportsApiActions = createActionGroup({
  source: 'Reports API',
  events: {
    'Report Loaded': props<{ report: Report | null }>(),
    'Report Load Failed': props<{ message: Message }>(),
    'Report Saved': props<{ report: Report }>(),
    'Report Save Failed': props<{ message: Message; theirs: Report | null; fieldErrors: FieldErrors }>(),
    'Report Submitted': props<{ report: Report }>(),
    'Report Submit Failed': props<{ message: Message; theirs: Report | null; fieldErrors: FieldErrors }>(),
    'Report Reopened': props<{ report: Report }>(),
    'Report Withdrawn': props<{ report: Report }>(),
    'History Loaded': props<{ entries: AuditEntry[] }>(),
  },
});
