import { IsoDate } from './model';

/** Whole calendar days from `today` to `date` (negative when past), ignoring the time of day. */
export function daysUntil(today: Date, date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  const target = Date.UTC(y, m - 1, d);
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((target - start) / 86_400_000);
}
