// Sending the notices' emails through the municipality's SMTP relay (e.g. Microsoft 365:
// smtp.office365.com, port 587, STARTTLS, a licensed or shared mailbox) with nodemailer.
import { createTransport } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { SendMail } from '../../src/app/data-access/firebase/notice-delivery';

export interface SmtpSettings {
  host: string;
  port: number;
  /** Implicit TLS (port 465); otherwise STARTTLS is required unless `insecure` (local tests only). */
  secure: boolean;
  user: string;
  password: string;
  /** The sender shown, e.g. "Kompass – Halmstads kommun" <kompass@halmstad.se>. */
  fromName: string;
  fromAddress: string;
  /** Where replies go (the strategists' shared mailbox); none when empty. */
  replyTo: string;
  /** Test only: plain SMTP on the loopback interface, without TLS or login. */
  insecure?: boolean;
}

/** One email at a time through one pooled SMTP connection; `close` ends it. */
export function smtpSender(settings: SmtpSettings): { send: SendMail; close: () => void } {
  const options: SMTPTransport.Options = settings.insecure
    ? { host: settings.host, port: settings.port, secure: false, ignoreTLS: true }
    : {
        host: settings.host,
        port: settings.port,
        secure: settings.secure,
        requireTLS: !settings.secure,
        auth: settings.user ? { user: settings.user, pass: settings.password } : undefined,
      };
  const transport = createTransport({ ...options, pool: true, maxConnections: 1 });
  return {
    send: async (mail) => {
      await transport.sendMail({
        from: { name: settings.fromName, address: settings.fromAddress },
        ...(settings.replyTo ? { replyTo: settings.replyTo } : {}),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'X-Kompass-Notice': mail.noticeId },
      });
    },
    close: () => transport.close(),
  };
}
