import { InjectionToken, Provider } from '@angular/core';
import { Observable } from 'rxjs';
import {
  AuditEntry,
  Draft,
  EntityKind,
  EntityMap,
  Goal,
  Id,
  Member,
  Organisation,
  Patch,
  Report,
  ReportTransition,
} from '../domain/model';
import { DataExport } from '../domain/data-export';
import { PlanSummary } from '../domain/plan-summary';
import { PublicSnapshot } from '../domain/public-snapshot';
import { Publication } from '../domain/publication';
import { Notice, NoticeSettings } from '../domain/notices';

/** The signed-in person and their organisation. */
export interface Session {
  member: Member;
  organisation: Organisation;
}

/**
 * Someone signed in with the identity provider (Firebase Auth). They have a `Session` only once
 * an administrator has given them access; until then the app says whom to ask.
 */
export interface Account {
  uid: Id;
  email: string;
  name: string;
}

/** Changes made here that the server has not confirmed yet (Firebase while offline). */
export interface SyncState {
  /** Some changes are saved on this device and wait for the connection to be sent. */
  pending: boolean;
  /** A change made offline that the server refused when it was sent (the reason, in English). */
  failure: string | null;
}

/** A seeded person the embedded demo lets you sign in as. */
export interface DemoPerson {
  memberId: Id;
  name: string;
  title: string;
  roles: Member['roles'];
  departmentNames: string[];
}

/** Fields every backend can filter on by equality (all indexed). */
export interface QueryFields {
  departments: never;
  members: never;
  plans: never;
  focusAreas: 'planId';
  goals: 'planId' | 'focusAreaId' | 'leadDepartmentId';
  indicators: 'planId' | 'goalId' | 'id';
  activities: 'planId' | 'goalId' | 'responsibleDepartmentId';
  measurements: 'planId' | 'indicatorId';
  periods: never;
  reports: 'planId' | 'goalId' | 'periodId' | 'departmentId';
}

/** One write of a batch (see `RecordsPort.batch`). */
export type WriteOp = {
  [K in EntityKind]:
    | { op: 'create'; kind: K; draft: Draft<EntityMap[K]> }
    | { op: 'update'; kind: K; id: Id; expectedVersion: number; patch: Patch<EntityMap[K]> }
    | { op: 'remove'; kind: K; id: Id; expectedVersion: number };
}[EntityKind];

export interface Query<K extends EntityKind> {
  where?: Partial<Record<QueryFields[K], string>>;
}

/** Who is signed in: the one job every adapter has besides the records. */
export interface SessionPort {
  /** The current session; emits on sign-in, sign-out and when another tab changes it. */
  readonly session$: Observable<Session | null>;
  /** Picks up a session that survived a reload. */
  restoreSession(): Promise<Session | null>;
  signOut(): Promise<void>;
}

/** Sign-in with an account (Firebase Auth): email and password, or Microsoft 365. */
export interface AccountSignIn {
  /** The signed-in account, with or without access. */
  readonly account$: Observable<Account | null>;
  /**
   * Resolves with the session, or null when the account has no access yet; refused with
   * `SignInFailed` (wrong password, too many attempts, no network …).
   */
  signInWithPassword(email: string, password: string): Promise<Session | null>;
  /** Sign-in with the organisation's Microsoft 365 (Entra ID) account, in a popup. */
  signInWithMicrosoft(): Promise<Session | null>;
  /** Sends a password-reset email (the same answer whether or not the address has an account). */
  sendPasswordReset(email: string): Promise<void>;
}

/** The embedded demo: sign in as a seeded person, and start again from the demo data. */
export interface DemoSignIn {
  demoPeople(): Promise<DemoPerson[]>;
  signInAs(memberId: Id): Promise<Session>;
  resetDemo(): Promise<void>;
}

/**
 * The organisation's records. Every call acts as the signed-in person: reads return only what the
 * policy lets them see, writes are checked against the policy and validation, carry the version
 * they were based on, and are recorded in the audit log.
 */
export interface RecordsPort {
  /** This browser tab's id, recorded on its report writes (`Report.updatedIn`; see `tabClientId`). */
  readonly clientId: string;
  /** Live query within the signed-in person's organisation; re-emits on every change, in any tab. */
  watch<K extends EntityKind>(kind: K, query?: Query<K>): Observable<EntityMap[K][]>;
  get<K extends EntityKind>(kind: K, id: Id): Promise<EntityMap[K] | null>;
  /**
   * Live summaries of these periods, one per plan that has reports in a period: what the
   * dashboards read instead of every report (Firebase keeps them on the server; the embedded
   * backend computes them with the same domain function).
   */
  watchSummaries(periodIds: readonly Id[]): Observable<PlanSummary[]>;
  /**
   * Every goal of the organisation, live, and how many documents were read for them: Firebase
   * reads each plan's outline (a few documents per plan, kept on the server) and the goals changed
   * since, not each goal; the embedded backend counts the outlines it would be.
   */
  watchGoals(): Observable<GoalsRead>;
  /**
   * The review queue a page at a time: the submitted reports of these periods (every open one: a
   * late report of the last period waits beside the next period's), oldest submission first, at
   * most `limit` (≤ 50 more per page) — a region's open period can have thousands. Strategists only
   * (`canReview`; empty for others).
   */
  watchReviewQueue(periodIds: readonly Id[], limit: number): Observable<Report[]>;

  create<K extends EntityKind>(kind: K, draft: Draft<EntityMap[K]>): Promise<EntityMap[K]>;
  /** Changes a record; refused with VersionConflict when `expectedVersion` is stale. */
  update<K extends EntityKind>(
    kind: K,
    id: Id,
    expectedVersion: number,
    patch: Patch<EntityMap[K]>,
  ): Promise<EntityMap[K]>;
  remove(kind: EntityKind, id: Id, expectedVersion: number): Promise<void>;
  /**
   * Several writes as one: all of them, each checked like its single call, or none. A refusal
   * is a BatchFailed that names the write (its index) and why.
   */
  batch(ops: readonly WriteOp[]): Promise<void>;
  /** Moves a report through its workflow (submit, approve, return, reopen, withdraw). */
  transition(
    reportId: Id,
    expectedVersion: number,
    transition: ReportTransition,
    comment?: string,
  ): Promise<Report>;

  /** Every recorded change of one record, oldest first. */
  history(kind: EntityKind, id: Id): Observable<AuditEntry[]>;
}

export interface GoalsRead {
  goals: Goal[];
  /** The documents read for them (what Firestore would bill). */
  documents: number;
}

/** Changes made on this device that a server has not confirmed yet (Firebase while offline). */
export interface SyncPort {
  readonly sync$: Observable<SyncState>;
}

export interface ExportPort {
  /**
   * Everything the organisation has, for moving to a production installation (administrators
   * only; refused with PermissionDenied otherwise).
   */
  exportData(): Promise<DataExport>;
}

/**
 * The published follow-up (öppen uppföljning), read without signing in: what residents, journalists
 * and politicians outside the committee see. Only what a strategist has published is here.
 */
export interface PublicPort {
  /** The organisation's publications that are public now, plan by plan and period by period. */
  publications(): Promise<Publication[]>;
  /**
   * One published version (the latest when no version is named) with its publication; null when it
   * is not public. Reads the publication and the snapshot, nothing else.
   */
  published(planId: Id, periodId: Id, version?: number): Promise<Published | null>;
}

/** A published version and the publication it belongs to (its versions, when each was published). */
export interface Published {
  publication: Publication;
  snapshot: PublicSnapshot;
}

/** Publishing a plan's follow-up for a period, and taking it back (strategists; audited). */
export interface PublishPort {
  /** Every publication of a plan, withdrawn ones too. */
  publicationsOf(planId: Id): Observable<Publication[]>;
  /** Publishes what the approved reports say now, as the next version. */
  publish(planId: Id, periodId: Id): Promise<PublicSnapshot>;
  /** Takes the publication down: no version of it is public any more. */
  unpublish(planId: Id, periodId: Id): Promise<void>;
}

/**
 * The signed-in person's notices (reminders, decisions, publications) and their choices for them.
 * Made by the domain's `noticesDue`: on Firebase by Cloud Functions (which also send the emails),
 * in the embedded backend by the backend itself when it starts and after a decision or a publication.
 */
export interface NoticePort {
  /** The person's notices, newest first; live. Empty when signed out. */
  notices(): Observable<Notice[]>;
  /** Marks the person's notices read (their own only). */
  markRead(ids: readonly Id[]): Promise<void>;
  /** The person's choices (the defaults until they save any); null when signed out. */
  settings(): Observable<NoticeSettings | null>;
  saveSettings(choices: Pick<NoticeSettings, 'language' | 'digest' | 'reminders'>): Promise<NoticeSettings>;
}

/**
 * What an adapter offers, job by job; a job it has not is null, and the app asks for it instead of
 * calling and catching "not available". Both adapters (embedded IndexedDB and Firebase) pass the
 * same contract suite; the app receives each job through its injection token (see `provideAdapter`).
 */
export interface Adapter {
  readonly kind: 'local' | 'firebase';
  readonly sessions: SessionPort;
  readonly records: RecordsPort;
  readonly exports: ExportPort;
  /** Account sign-in (Firebase); null in the embedded demo. */
  readonly accounts: AccountSignIn | null;
  /** Demo people and a fresh start (embedded backend); null in production. */
  readonly demo: DemoSignIn | null;
  /** Changes waiting for a server (Firebase); null where there is no server. */
  readonly sync: SyncPort | null;
  /** The published follow-up, read without an account. */
  readonly public: PublicPort;
  /** Publishing it; null where the adapter cannot. */
  readonly publishing: PublishPort | null;
  /** The signed-in person's notices. */
  readonly notices: NoticePort;
}

export const SESSIONS = new InjectionToken<SessionPort>('SessionPort');
export const RECORDS = new InjectionToken<RecordsPort>('RecordsPort');
export const EXPORTS = new InjectionToken<ExportPort>('ExportPort');
export const ACCOUNTS = new InjectionToken<AccountSignIn | null>('AccountSignIn');
export const DEMO = new InjectionToken<DemoSignIn | null>('DemoSignIn');
export const SYNC = new InjectionToken<SyncPort | null>('SyncPort');
export const PUBLIC = new InjectionToken<PublicPort>('PublicPort');
export const PUBLISHING = new InjectionToken<PublishPort | null>('PublishPort');
export const NOTICES = new InjectionToken<NoticePort>('NoticePort');

/** Each of the adapter's jobs under its token, once the backend is chosen at start-up. */
export function provideAdapter(adapter: Adapter): Provider[] {
  return [
    { provide: SESSIONS, useValue: adapter.sessions },
    { provide: RECORDS, useValue: adapter.records },
    { provide: EXPORTS, useValue: adapter.exports },
    { provide: ACCOUNTS, useValue: adapter.accounts },
    { provide: DEMO, useValue: adapter.demo },
    { provide: SYNC, useValue: adapter.sync },
    { provide: PUBLIC, useValue: adapter.public },
    { provide: PUBLISHING, useValue: adapter.publishing },
    { provide: NOTICES, useValue: adapter.notices },
  ];
}
