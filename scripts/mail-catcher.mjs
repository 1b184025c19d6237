// A mail catcher for the emulators: an SMTP server on the loopback interface (smtp-server) that
// keeps every message it is given (parsed with mailparser), and a small HTTP endpoint listing
// them, so a test in another process can read what the Cloud Functions sent.
//   GET    http://127.0.0.1:<httpPort>/messages  → [{ to, subject, text, noticeId }]
//   DELETE http://127.0.0.1:<httpPort>/messages  → forgets them
import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export async function startMailCatcher({ onMessage } = {}) {
  let messages = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', async () => {
        const mail = await simpleParser(Buffer.concat(chunks));
        const message = {
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          noticeId: mail.headers.get('x-kompass-notice') ?? null,
        };
        messages.push(message);
        onMessage?.(message);
        callback();
      });
    },
  });
  await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const http = createServer((req, res) => {
    if (req.url !== '/messages') return res.writeHead(404).end();
    if (req.method === 'DELETE') messages = [];
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(messages));
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    smtpPort: smtp.server.address().port,
    httpUrl: `http://127.0.0.1:${http.address().port}/messages`,
    close: () =>
      Promise.all([
        new Promise((resolve) => smtp.close(resolve)),
        new Promise((resolve) => http.close(resolve)),
      ]),
  };
}
