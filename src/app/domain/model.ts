/**
 * The domain model (see docs/domain.md). Every stored record belongs to one organisation,
 * so one deployment can serve a whole region. Code is English; the UI says it in Swedish.
 */

export type Id = string;
/** A calendar date, `yyyy-mm-dd`. */
export type IsoDate = string;
/** An instant, ISO 8601 with time zone (`new Date().toISOString()`). */
export type Timestamp = string;

/** Bookkeeping every stored record carries; `version` drives optimistic concurrency. */
export interface Stamped {
  id: Id;
  orgId: Id;
  version: number;
  createdAt: Timestamp;
  createdBy: Id;
  updatedAt: Timestamp;
  updatedBy: Id;
}

export interface Organisation {
  id: Id;
  name: string;
  /** SCB municipality code, e.g. 1380 for Halmstad; Kolada uses it. */
  municipalityCode: string;
}

export interface Department extends Stamped {
  name: string;
  shortName: string;
  active: boolean;
}

export const ROLES = ['admin', 'strategist', 'reporter', 'committee'] as const;
export type Role = (typeof ROLES)[number];

/**
 * How many departments one person can belong to: their access travels in a token whose custom
 * claims Firebase limits to 1 000 characters (the claim names every department).
 */
export const MAX_MEMBER_DEPARTMENTS = 12;

export interface Member extends Stamped {
  name: string;
  email: string;
  /** Job title as shown beside the name, e.g. "Förvaltningschef". */
  title: string;
  roles: Role[];
  departmentIds: Id[];
  active: boolean;
}

export const PLAN_THEMES = ['integration', 'gender-equality', 'other'] as const;
export type PlanTheme = (typeof PLAN_THEMES)[number];
export const PLAN_STATUSES = ['draft', 'adopted', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface Plan extends Stamped {
  title: string;
  theme: PlanTheme;
  validFrom: number;
  validTo: number;
  /** Diarienummer of the adopting decision. */
  decisionRef: string;
  adoptedOn: IsoDate | null;
  status: PlanStatus;
  description: string;
  /**
   * CEMR charter articles and Agenda 2030 goals and targets it contributes to (`cemr:11`,
   * `sdg:5.5`; see crosswalk.ts). Absent on records stored before tags existed: none.
   */
  tags?: string[];
}

export interface FocusArea extends Stamped {
  planId: Id;
  title: string;
  description: string;
  order: number;
}

export interface Goal extends Stamped {
  planId: Id;
  focusAreaId: Id;
  title: string;
  description: string;
  /** The department whose report sets the goal's status, progress and indicator values. */
  leadDepartmentId: Id;
  /** Departments that report their contribution beside the lead; never mixed into the goal's figures. */
  contributingDepartmentIds: Id[];
  /** Whether the strategist asks the contributing departments for their share of the indicator values. */
  contributorsReportValues: boolean;
  targetYear: number | null;
  order: number;
  /**
   * CEMR charter articles and Agenda 2030 goals and targets it contributes to (`cemr:11`,
   * `sdg:5.5`; see crosswalk.ts). Absent on records stored before tags existed: none.
   */
  tags?: string[];
}

export const DIRECTIONS = ['increase', 'decrease'] as const;
/** Whether a higher (`increase`) or lower (`decrease`) value is better. */
export type Direction = (typeof DIRECTIONS)[number];

export interface Indicator extends Stamped {
  planId: Id;
  goalId: Id;
  name: string;
  unit: string;
  baselineValue: number;
  baselineYear: number;
  targetValue: number;
  targetYear: number;
  direction: Direction;
  /** Free text, e.g. "Kolada" or "Egen enkät". */
  source: string;
  /** Kolada KPI id such as `N00945`, when the source is Kolada. */
  koladaKpi: string | null;
  genderDisaggregated: boolean;
  /**
   * Left out of the published follow-up (a strategist's choice, e.g. for figures not yet quality
   * checked). Absent on indicators stored before it existed: they are public.
   */
  notPublic?: boolean;
  /**
   * The indicator counts persons, so its small counts (1–4) are never published as they are
   * (`publicFigures`). Absent on indicators made before it was asked: then judged by the unit
   * (`isCountUnit`). The unit stays free text ("antal deltagare", "personer", …).
   */
  countsPeople?: boolean;
  /**
   * Which series is the official one when a department reports the indicator and Kolada gives it
   * too: the reported values (the default, also when absent) or Kolada's.
   */
  officialSeries?: OfficialSeries;
  /**
   * A target for the gap between women and men (CEMR follow-up): at most `maxGap` (in the
   * indicator's unit; procentenheter for percentages), either way, by `year`. Absent or null: none.
   */
  gapTarget?: GapTarget | null;
  /**
   * Separate targets for women and men by the indicator's target year (instead of, or besides, a
   * target for the gap). Absent or null: none.
   */
  genderTargets?: GenderTargets | null;
}

export interface GenderTargets {
  women: number;
  men: number;
}

export interface GapTarget {
  maxGap: number;
  year: number;
}

export const OFFICIAL_SERIES = ['reported', 'kolada'] as const;
export type OfficialSeries = (typeof OFFICIAL_SERIES)[number];

export interface Activity extends Stamped {
  planId: Id;
  goalId: Id;
  title: string;
  description: string;
  responsibleDepartmentId: Id;
  responsiblePerson: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  budgetSek: number | null;
  /**
   * CEMR charter articles and Agenda 2030 goals and targets it contributes to (`cemr:11`,
   * `sdg:5.5`; see crosswalk.ts). Absent on records stored before tags existed: none.
   */
  tags?: string[];
}

/**
 * A measured value of an indicator for a calendar year from an outside source (a Kolada export),
 * beside what departments report. One per indicator and year: the id says so.
 */
export interface Measurement extends Stamped {
  planId: Id;
  indicatorId: Id;
  year: number;
  total: number | null;
  women: number | null;
  men: number | null;
  /** Where the figure comes from, e.g. "Kolada N00945". */
  source: string;
  /** When it was fetched from Kolada's API (absent or null for a file import). */
  fetchedAt?: Timestamp | null;
  /** The values Kolada says it has no figure for ("saknas", never 0). */
  missing?: ('total' | 'women' | 'men')[];
  /** What the last fetch replaced, when Kolada had revised the figure since the fetch before. */
  revisedFrom?: { total: number | null; women: number | null; men: number | null } | null;
  /** The same KPI and year for the county, the whole country and a comparison group (Kolada). */
  peers?: MeasurementPeers | null;
}

/** A value split by gender, as Kolada gives it for one place (null: saknas). */
export interface GenderSplit {
  total: number | null;
  women: number | null;
  men: number | null;
}

/** What a municipality's value is compared with; each null when Kolada gave nothing. */
export interface MeasurementPeers {
  county: GenderSplit | null;
  country: GenderSplit | null;
  /**
   * A Kolada municipality group (e.g. similar municipalities), with its name and its Kolada id
   * (absent on values fetched before the strategist could choose the group).
   */
  group: (GenderSplit & { name: string; id?: string }) | null;
}

export function measurementId(indicatorId: Id, year: number): Id {
  return `${indicatorId}__${year}`;
}

export const PERIOD_KINDS = ['tertial1', 'interim', 'annual', 'custom'] as const;
/** Tertial 1 (Jan–Apr), Delår (Jan–Aug), Helår (Jan–Dec) or a custom span. */
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_STATES = ['planned', 'open', 'closed'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

export interface Period extends Stamped {
  name: string;
  kind: PeriodKind;
  year: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
  opensOn: IsoDate;
  deadline: IsoDate;
  state: PeriodState;
}

export const REPORT_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'completed'] as const;
/** The traffic light of a report. */
export type ReportStatus = (typeof REPORT_STATUSES)[number];
/** A goal's status for a period also has "not reported". */
export type GoalStatus = ReportStatus | 'not-reported';
export const GOAL_STATUSES: readonly GoalStatus[] = [...REPORT_STATUSES, 'not-reported'];

export const REPORT_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
/** Where a report is in the approval workflow. */
export type ReportState = (typeof REPORT_STATES)[number];

export type ReportSubject = 'goal' | 'activity';

export const REPORTS_AS = ['lead', 'contributor', 'responsible'] as const;
/**
 * The part a report's department plays for its subject: the goal's lead department, a contributing
 * department, or an activity's responsible department. The backend sets it from the goal or
 * activity when the report is created and again when it is submitted, never the client.
 */
export type ReportsAs = (typeof REPORTS_AS)[number];

export interface IndicatorValue {
  indicatorId: Id;
  /** The total is entered, never averaged from women and men. */
  total: number | null;
  women: number | null;
  men: number | null;
  /**
   * Why women's or men's value is missing, stated by the department ("uppgift saknas"): a
   * gender-split indicator is submitted without both only with a reason. Absent or `null` when
   * nothing is missing.
   */
  missingReason?: string | null;
  /**
   * Why the value differs between women and men and what is done about it, asked for when the gap
   * has widened since the last report or is outside its target (`analysisReason`).
   */
  equalityAnalysis?: string | null;
}

export interface Report extends Stamped {
  planId: Id;
  goalId: Id;
  subjectType: ReportSubject;
  /** The goal's or the activity's id. */
  subjectId: Id;
  departmentId: Id;
  /** Whether this is the goal's lead report (which sets its figures), a contribution, or an activity's report. */
  reportsAs: ReportsAs;
  periodId: Id;
  status: ReportStatus;
  /** Progress in percent, 0–100, when the reporter estimates one. */
  progress: number | null;
  indicatorValues: IndicatorValue[];
  analysis: string;
  nextSteps: string;
  documentUrl: string;
  state: ReportState;
  returnComment: string;
  /** Set by the backend's clock (Firestore: the server's time), never by the client. */
  submittedAt: Timestamp | null;
  submittedBy: Id | null;
  /** Set by the backend's clock, like `submittedAt`. */
  decidedAt: Timestamp | null;
  decidedBy: Id | null;
  /**
   * The browser tab that made the last change (absent on reports written before it was kept): a
   * conflict with a change of one's own tab is re-based, one with anyone else's is shown.
   */
  updatedIn?: string;
}

export const ENTITY_KINDS = [
  'departments',
  'members',
  'plans',
  'focusAreas',
  'goals',
  'indicators',
  'activities',
  'measurements',
  'periods',
  'reports',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What each collection holds. */
export interface EntityMap {
  departments: Department;
  members: Member;
  plans: Plan;
  focusAreas: FocusArea;
  goals: Goal;
  indicators: Indicator;
  activities: Activity;
  measurements: Measurement;
  periods: Period;
  reports: Report;
}

export type AuditAction = 'create' | 'update' | 'delete' | ReportTransition | 'publish' | 'unpublish';

/** One recorded change: who, when, what it was before and after. */
export interface AuditEntry {
  id: Id;
  orgId: Id;
  at: Timestamp;
  by: Id;
  byName: string;
  action: AuditAction;
  /** The kind of record; `publications` for publishing a plan's follow-up and taking it down. */
  entity: EntityKind | 'publications';
  entityId: Id;
  before: unknown;
  after: unknown;
  comment: string;
}

export const REPORT_TRANSITIONS = ['submit', 'approve', 'return', 'reopen', 'withdraw'] as const;
export type ReportTransition = (typeof REPORT_TRANSITIONS)[number];

/** One report per subject, department and period: the id says so, which prevents duplicates. */
export function reportId(periodId: Id, subjectType: ReportSubject, subjectId: Id, departmentId: Id): Id {
  return `${periodId}__${subjectType}__${subjectId}__${departmentId}`;
}

/** The stamped fields a client never sets itself. */
export type StampFields = keyof Stamped;
/** What a client sends to create a record. */
export type Draft<T extends Stamped> = Omit<T, StampFields> & { id?: Id };
/** What a client sends to change a record. */
export type Patch<T extends Stamped> = Partial<Omit<T, StampFields>>;
