import {
  collection,
  doc,
  DocumentData,
  Firestore,
  onSnapshot,
  query,
  serverTimestamp,
  setDoc,
  where,
  writeBatch,
} from 'firebase/firestore';
import { BehaviorSubject, map, Observable, of, switchMap } from 'rxjs';
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
    return this.session.pipe(
      switchMap((session) =>
        !session
          ? of([] as Notice[])
          : new Observable<Notice[]>((subscriber) =>
              onSnapshot(
                query(
                  collection(this.db, `orgs/${session.member.orgId}/notices`),
                  where('personId', '==', session.member.id),
                ),
                (found) =>
                  subscriber.next(found.docs.map((d) => noticeFromStore(d.data())).sort(newestFirst)),
                (error) => subscriber.error(error),
              ),
            ),
      ),
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
    return this.session.pipe(
      switchMap((session) =>
        !session
          ? of(null)
          : new Observable<NoticeSettings | undefined>((subscriber) =>
              onSnapshot(
                doc(this.db, `orgs/${session.member.orgId}/noticeSettings/${session.member.id}`),
                (found) => subscriber.next(found.data() as NoticeSettings | undefined),
                (error) => subscriber.error(error),
              ),
            ).pipe(map((found) => found ?? defaultNoticeSettings(session.member))),
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
