// node --test: the notices' emails for real, through a local SMTP server on the loopback
// interface (smtp-server), sent by the same code as the Cloud Function (functions/src/mail-sender.ts
// with nodemailer, src/app/data-access/firebase/notice-delivery.ts), for a day of the demo: the
// messages are parsed back (mailparser) and read as a person's mail program would.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { importTs } from './ts-module.mjs';

const { buildDemoSeed } = await importTs('src/app/data-access/local/demo-seed.ts', 'demo-seed');
const { deliverNotices, claimable } = await importTs(
  'src/app/data-access/firebase/notice-delivery.ts',
  'notice-delivery',
);
const { smtpSender } = await importTs('functions/src/mail-sender.ts', 'mail-sender');
const { NOTICE_WORDS } = await importTs('functions/src/notice-words.ts', 'notice-words');

const APP = 'https://kompass.halmstad.example';
const received = [];
let server;
let port;

before(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', async () => {
        received.push({
          envelope: session.envelope.rcptTo.map((r) => r.address),
          mail: await simpleParser(Buffer.concat(chunks)),
        });
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.server.address().port;
});

after(() => new Promise((resolve) => server.close(resolve)));

/** The demo on Monday 2026-12-07, 08:00 in Stockholm: three days before its deadline (Thursday). */
const seededOn = new Date(2026, 10, 30, 9);
const now = new Date('2026-12-07T07:00:00Z');
const demo = buildDemoSeed(seededOn);
const open = demo.periods.find((p) => p.state === 'open');
// A strategist returned one of UAF's reports an hour ago, with a comment that has åäö and markup.
const returned = demo.reports.find(
  (r) =>
    r.periodId === open.id && r.departmentId === 'uaf' && r.subjectType === 'goal' && r.state === 'submitted',
);
Object.assign(returned, {
  state: 'returned',
  returnComment: 'Lägg till värden för kvinnor och män – <b>båda</b> saknas.',
  decidedAt: new Date(now.getTime() - 3600_000).toISOString(),
  decidedBy: 'm-strateg-int',
});
const goal = demo.goals.find((g) => g.id === returned.goalId);
const world = {
  ...demo,
  orgId: demo.organisation.id,
  // One strategist reads English.
  settings: [
    { id: 'm-strateg-jam', orgId: demo.organisation.id, language: 'en', digest: true, reminders: true },
  ],
  publications: [],
};

/** An in-memory notices collection, as the Admin SDK adapter keeps it in Firestore. */
const stored = new Map();
const db = {
  createIfAbsent: async (notice) => (stored.has(notice.id) ? false : (stored.set(notice.id, notice), true)),
  unmailed: async (orgId) => [...stored.values()].filter((n) => n.orgId === orgId && n.mailedAt === null),
  // As the Admin SDK adapter does it in a transaction: one read and one write with nothing between.
  claim: async (_orgId, id, at) => {
    const notice = stored.get(id);
    if (!notice || !claimable(notice, at)) return false;
    stored.set(id, { ...notice, sendingSince: at.toISOString() });
    return true;
  },
  markMailed: async (_orgId, id, at, sent) =>
    void stored.set(id, { ...stored.get(id), mailedAt: at, mailSent: sent, sendingSince: null }),
};

function deliver() {
  const sender = smtpSender({
    host: '127.0.0.1',
    port,
    secure: false,
    user: '',
    password: '',
    fromName: 'Kompass – Halmstads kommun',
    fromAddress: 'kompass@halmstad.example',
    replyTo: 'strategerna@halmstad.example',
    insecure: true,
  });
  return deliverNotices(db, sender.send, world, now, NOTICE_WORDS, { appUrl: APP }).finally(sender.close);
}

const emailOf = (id) => demo.members.find((m) => m.id === id).email;
const to = (id) => received.filter((r) => r.envelope.includes(emailOf(id))).map((r) => r.mail);

test("the day's notices go out by email, one message per notice, to the right people, even when two deliveries run at once", async () => {
  // Three quick approvals start three deliveries: each notice is claimed by one of them only.
  const deliveries = await Promise.all([deliver(), deliver(), deliver()]);
  const delivery = deliveries.reduce((sum, d) => ({
    made: sum.made + d.made,
    mailed: sum.mailed + d.mailed,
    skipped: sum.skipped + d.skipped,
  }));
  assert.ok(delivery.mailed > 3, `only ${delivery.mailed} sent`);
  assert.equal(received.length, delivery.mailed);
  assert.equal(delivery.made, delivery.mailed + delivery.skipped);
  for (const { mail } of received) {
    assert.equal(mail.from.value[0].address, 'kompass@halmstad.example');
    assert.equal(mail.from.value[0].name, 'Kompass – Halmstads kommun');
    assert.equal(mail.replyTo.value[0].address, 'strategerna@halmstad.example');
    assert.ok(mail.text.includes(`${APP}/settings`), 'every message says how to choose');
    assert.match(mail.html, /^<!DOCTYPE html>\n<html lang="(sv|en)">/);
  }
});

test('a department head: the reminder three days before, in Swedish, with åäö intact and a link', () => {
  const [reminder] = to('m-uaf').filter((m) => m.subject.startsWith('Snart sista dag'));
  assert.ok(reminder, 'no reminder to the UAF head');
  assert.equal(
    reminder.subject,
    'Snart sista dag: rapporteringen för Helår 2026 ska vara klar senast 2026-12-10',
  );
  assert.match(reminder.text, /^Hej Mikael Öberg!/);
  assert.ok(reminder.text.includes(`Öppna i Kompass: ${APP}/reporting`));
  assert.ok(reminder.html.includes(`<a href="${APP}/reporting"`));
  assert.match(reminder.text, /Inte inskickat \(\d+\):/);
});

test('a returned report: the comment as text (escaped in the HTML) and a link to that report', () => {
  const [notice] = to('m-uaf').filter((m) => m.subject.includes('har skickats tillbaka'));
  assert.ok(notice, 'no returned-report message');
  assert.equal(notice.subject, `Rapporten om ”${goal.title}” har skickats tillbaka för komplettering`);
  assert.ok(notice.text.includes('Lägg till värden för kvinnor och män – <b>båda</b> saknas.'));
  assert.ok(notice.html.includes('Lägg till värden för kvinnor och män – &lt;b&gt;båda&lt;/b&gt; saknas.'));
  assert.ok(!notice.html.includes('<b>båda</b>'));
  assert.ok(notice.text.includes(`${APP}/reporting/${open.id}/${goal.id}/uaf`));
});

test('a strategist who chose English: the Monday digest in English', () => {
  const [digest] = to('m-strateg-jam').filter((m) => m.subject.startsWith('Weekly summary'));
  assert.ok(digest, 'no digest in English');
  assert.equal(digest.subject, 'Weekly summary for Full year 2026');
  assert.match(digest.text, /^Hello /);
  assert.match(digest.text, /Reports waiting for review: \d+/);
  assert.ok(digest.html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
  const [swedish] = to('m-strateg-int').filter((m) => m.subject.startsWith('Veckosammanfattning'));
  assert.equal(swedish?.subject, 'Veckosammanfattning för Helår 2026');
});

test('a second run the same day sends nothing new', async () => {
  const before = received.length;
  const delivery = await deliver();
  assert.deepEqual(delivery, { made: 0, mailed: 0, skipped: 0 });
  assert.equal(received.length, before);
});
