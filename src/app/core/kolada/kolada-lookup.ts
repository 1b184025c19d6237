import { signal } from '@angular/core';
import { KoladaFailed, KoladaProblem } from '../../data-access/kolada/kolada-client';

/**
 * A search in one of Kolada's lists (KPIs, municipality groups) as a page shows it: what is typed,
 * whether it is searching, what it found, or why it could not (a Kolada problem, never thrown on).
 */
export class KoladaLookup<T> {
  readonly query = signal('');
  readonly searching = signal(false);
  readonly results = signal<T[] | null>(null);
  readonly problem = signal<KoladaProblem | null>(null);

  constructor(private readonly find: (text: string) => Promise<T[]>) {}

  /** Searches for what is typed (nothing when it is empty or a search is under way). */
  async search(): Promise<void> {
    if (!this.query().trim() || this.searching()) return;
    this.searching.set(true);
    this.problem.set(null);
    this.results.set(null);
    try {
      this.results.set(await this.find(this.query()));
    } catch (error) {
      if (!(error instanceof KoladaFailed)) throw error;
      this.problem.set(error.problem);
    } finally {
      this.searching.set(false);
    }
  }
}
