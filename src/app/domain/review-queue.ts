import { Report } from './model';

/** Reports awaiting review come oldest submission first (then by id, so the order is stable). */
export function bySubmission(a: Report, b: Report): number {
  return (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** How many more reports "show more" asks for: Firestore lists page at most 50 documents. */
export const REVIEW_PAGE = 25;
