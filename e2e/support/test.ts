import { Page, test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/** The Playwright project that runs the writing specs as on a slow laptop. */
export const SLOW_MACHINE = 'slow-machine';
export { CPU_SLOWDOWN } from './slowdown';
import { CPU_SLOWDOWN } from './slowdown';
/** How long the embedded backend holds up each write before and after its transaction. */
export const SLOW_WRITE_MS = 150;

/**
 * Playwright's `test`; in the slow-machine project every page of the test runs with the CPU slowed
 * down and the embedded database's writes held up (the backend's test-only switch
 * `kompass.slowWritesMs`). Elsewhere it is the plain `test`.
 */
export const test = base.extend({
  context: async ({ context }, use, testInfo) => {
    if (testInfo.project.name === SLOW_MACHINE) {
      await context.addInitScript(
        (ms) => localStorage.setItem('kompass.slowWritesMs', String(ms)),
        SLOW_WRITE_MS,
      );
      const slowDown = async (page: Page) => {
        const session = await context.newCDPSession(page);
        await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      };
      context.on('page', (page) => void slowDown(page));
    }
    await use(context);
  },
});
