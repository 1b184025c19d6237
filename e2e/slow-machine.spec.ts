import { buildDemoSeed } from '../src/app/data-access/local/demo-seed';
import { reportId } from '../src/app/domain/model';
import { STATUS_SV } from './support/labels';
import { completeGenderFields } from './support/report-form';
import { PEOPLE, startSignedIn } from './support/session';
import { expect, test } from './support/test';

const seed = buildDemoSeed(new Date());
const open = seed.periods.find((p) => p.state === 'open')!;
/** UAF's reports of the open period that it can still write (none yet, or a draft): goals, then activities. */
const writable = [
  ...seed.goals
    .filter((g) => g.leadDepartmentId === 'uaf' || g.contributingDepartmentIds.includes('uaf'))
    .filter((g) => {
      const report = seed.reports.find((r) => r.id === reportId(open.id, 'goal', g.id, 'uaf'));
      return !report || report.state === 'draft';
    })
    .map((g) => ({ title: g.title, url: `/reporting/${open.id}/${g.id}/uaf` })),
  ...seed.activities
    .filter((a) => a.responsibleDepartmentId === 'uaf')
    .map((a) => ({ title: a.title, url: `/reporting/${open.id}/activity/${a.id}/uaf` })),
];
/**
 * How long the person pauses between the last key and "Skicka in": before the autosave's one-second
 * pause is over, about when it starts writing, and while it is still writing.
 */
const PAUSES_MS = [200, 700, 1000, 1200, 1500];

test('five quick submits in a row, each right after typing, all go through without a conflict', async ({
  page,
}) => {
  expect(writable.length).toBeGreaterThanOrEqual(PAUSES_MS.length);
  await startSignedIn(page, PEOPLE.departmentHead.id);
  for (const [n, pause] of PAUSES_MS.entries()) {
    const subject = writable[n];
    await page.goto(subject.url);
    await expect(page.getByRole('heading', { level: 1, name: `Rapport: ${subject.title}` })).toBeVisible();
    const start = page.getByRole('button', { name: 'Påbörja rapporten' });
    const status = page.getByRole('group', { name: 'Status' });
    await expect(start.or(status).first()).toBeVisible();
    if (await start.isVisible()) await start.click();
    await expect(status).toBeVisible();
    await page.getByRole('radio', { name: STATUS_SV['on-track'], exact: true }).check();
    await completeGenderFields(page);
    await page.getByLabel('Analys').pressSequentially(`Snabb rapport ${n + 1}.`);
    // The person, not the app, pauses here: the submit goes out while the autosave waits or writes.
    await page.waitForTimeout(pause);
    await page.getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByText('Rapporten är inskickad.')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText('Snabb rapport ' + (n + 1) + '.')).toBeVisible();
  }
});
