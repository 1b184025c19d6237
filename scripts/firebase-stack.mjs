// Everything the Firebase side needs on this machine, started together and stopped together: the
// emulators (scripts/emulators.mjs) with the Cloud Functions' parameters pointing at a local mail
// catcher (scripts/mail-catcher.mjs) and a local stand-in for Kolada (e2e/support/kolada-stub.mjs),
// so no function reaches outside the machine. Used by `npm test` and `npm run start:firebase`.
import { spawn } from 'node:child_process';
import { emulatorSupport, freePort, startEmulators } from './emulators.mjs';
import { startMailCatcher } from './mail-catcher.mjs';

async function startKoladaStandIn() {
  const port = await freePort();
  const child = spawn('node', ['e2e/support/kolada-stub.mjs', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`the Kolada stand-in stopped (exit ${code})`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/v3`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill();
      }),
  };
}

/**
 * Starts the stack; `env` holds the addresses the suites read (the emulators', the mail catcher's
 * KOMPASS_MAIL_CATCHER and the Kolada stand-in's KOMPASS_KOLADA_STAND_IN).
 */
export async function startFirebaseStack({ appUrl = 'http://localhost:4200', onMessage, log } = {}) {
  const support = emulatorSupport();
  if (!support.ok) throw new Error(support.reason);
  const mail = await startMailCatcher({ onMessage });
  const kolada = await startKoladaStandIn();
  const params = {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.smtpPort),
    SMTP_USER: '',
    SMTP_LOOPBACK_PLAIN: 'true',
    MAIL_FROM_ADDRESS: 'kompass@halmstad.example',
    MAIL_FROM_NAME: 'Kompass',
    MAIL_REPLY_TO: '',
    APP_URL: appUrl,
    KOLADA_BASE_URL: kolada.baseUrl,
    KOLADA_GROUP_ID: '',
    KOLADA_GROUP_NAME: '',
  };
  let emulators;
  try {
    emulators = await startEmulators({ support, log, params });
  } catch (error) {
    await Promise.all([mail.close(), kolada.stop()]);
    throw error;
  }
  return {
    hosts: emulators.hosts,
    env: {
      ...emulators.env,
      KOMPASS_MAIL_CATCHER: mail.httpUrl,
      KOMPASS_KOLADA_STAND_IN: kolada.baseUrl,
      // For a test that runs a function's handler itself (the scheduled ones).
      KOMPASS_FUNCTION_PARAMS: JSON.stringify({ ...params, SMTP_PASSWORD: 'emulator' }),
    },
    stop: async () => {
      await emulators.stop();
      await Promise.all([mail.close(), kolada.stop()]);
    },
  };
}
