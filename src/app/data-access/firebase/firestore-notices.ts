import {
  collection,
  doc,
  DocumentData,
  Firestore,
  query,
  serverTimestamp,
  setDoc,
  where,
  writeBatch,
} from 'firebase/firestore';
import { BehaviorSubject, map, Observable } from 'rxjs';
import { PermissionDenied } from '../../domain/errors';
import { Id } from '../../domain/model';
import { can } from '../../domain/policy';
import {
  defaultNoticeSettings,
  newestFirst,
  Notice,
  NoticeSettings,
  validChoices,
} from '../../domain/notices';
import { NoticePort, Session } from '../backend';
import { liveDoc, liveQuery, whileSignedIn } from './live';

/**
 * Notices on Firebase: the Cloud Functions make them (and email them) with the domain's
 * `noticesDue`; a person reads their own, marks them read (`readAt`, nothing else), and keeps
 * their choices in `noticeSettings/{memberId}`. The rules let nobody else read either.
 */
export class FirestoreNotices implements NoticePort {
  constructor(
    private readonly db: Firestore,
    private readonly session: BehaviorSubject<Session | null>,
  ) {}

  notices(): Observable<Notice[]> {
    return whileSignedIn(this.session, [] as Notice[], (session) =>
      liveQuery(
        query(
          collection(this.db, `orgs/${session.member.orgId}/notices`),
          where('personId', '==', session.member.id),
        ),
      ).pipe(map((found) => found.map(noticeFromStore).sort(newestFirst))),
    );
  }

  async markRead(ids: readonly Id[]): Promise<void> {
    const member = this.session.value?.member;
    if (!member || ids.length === 0) return;
    const batch = writeBatch(this.db);
    for (const id of ids)
      batch.update(doc(this.db, `orgs/${member.orgId}/notices/${id}`), { readAt: serverTimestamp() });
    await batch.commit();
  }

  settings(): Observable<NoticeSettings | null> {
    return whileSignedIn<NoticeSettings | null>(this.session, null, (session) =>
      liveDoc(doc(this.db, `orgs/${session.member.orgId}/noticeSettings/${session.member.id}`)).pipe(
        map((found) => (found as NoticeSettings | undefined) ?? defaultNoticeSettings(session.member)),
      ),
    );
  }

  async saveSettings(
    choices: Pick<NoticeSettings, 'language' | 'digest' | 'reminders'>,
  ): Promise<NoticeSettings> {
    const member = this.session.value?.member;
    if (!member || !can(member, 'update', { kind: 'noticeSettings', own: true }))
      throw new PermissionDenied('update', 'noticeSettings');
    const saved = { ...defaultNoticeSettings(member), ...validChoices(choices) };
    await setDoc(doc(this.db, `orgs/${member.orgId}/noticeSettings/${member.id}`), saved);
    return saved;
  }
}

/** `readAt` is the server's time (a Timestamp) once read; the domain reads ISO strings. */
function noticeFromStore(data: DocumentData): Notice {
  const readAt = data['readAt'] as { toDate(): Date } | string | null;
  return {
    ...(data as Notice),
    readAt: readAt && typeof readAt !== 'string' ? readAt.toDate().toISOString() : readAt,
  };
}
