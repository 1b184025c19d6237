import { buildDemoSeed } from '../../src/app/data-access/local/demo-seed';
import { reportId } from '../../src/app/domain/model';

/** A UAF goal report in today's demo, in the open period, that is still a draft. */
export function pickUafDraft() {
  const seed = buildDemoSeed(new Date());
  const period = seed.periods.find((p) => p.state === 'open')!;
  const report = seed.reports.find(
    (r) => r.periodId === period.id && r.departmentId === 'uaf' && r.state === 'draft',
  )!;
  const goal = seed.goals.find((g) => g.id === report.goalId)!;
  return {
    period,
    goal,
    url: `/reporting/${period.id}/${goal.id}/uaf`,
    id: reportId(period.id, 'goal', goal.id, 'uaf'),
  };
}
