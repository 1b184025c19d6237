import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { formatDate } from '../core/i18n/format';
import { LanguageService } from '../core/i18n/language';
import { PeriodNamePipe, translatePeriodName } from '../core/i18n/period-name';
import { PUBLIC } from '../data-access/backend';
import { PublicSnapshot } from '../domain/public-snapshot';
import { Publication, publicVersions } from '../domain/publication';
import { downloadCsv, downloadJson } from '../shared/files/export';
import { FollowUpView } from './follow-up-view';
import { openDataFileName, openDataTables } from './open-data';

/**
 * `/public/:planId/:periodId` (and `?version=N` for an earlier version): one plan's published
 * follow-up for one period, with its versions, a note on the figures, print and open data.
 */
@Component({
  selector: 'app-public-plan-page',
  imports: [TranslocoPipe, RouterLink, MatButtonModule, PeriodNamePipe, FollowUpView],
  templateUrl: './public-plan-page.html',
  styleUrl: './public-plan-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicPlanPage {
  readonly planId = input.required<string>();
  readonly periodId = input.required<string>();
  /** An earlier version (from the query string); the latest without it. */
  readonly version = input<string | undefined>();

  private readonly open = inject(PUBLIC);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  /** undefined while reading; null when it is not public. */
  protected readonly snapshot = signal<PublicSnapshot | null | undefined>(undefined);
  protected readonly publication = signal<Publication | null>(null);
  protected readonly previous = computed(() => {
    const publication = this.publication();
    // Only versions still public: one before the latest withdrawal is not offered.
    const versions = publication ? publicVersions(publication) : [];
    const shown = this.snapshot()?.version;
    return [...versions].reverse().find((v) => shown !== undefined && v.version < shown) ?? null;
  });
  /** "Version 2, publicerad 2026-12-15; ersätter version 1". */
  protected readonly versionLine = computed(() => {
    const snapshot = this.snapshot();
    if (!snapshot) return '';
    this.language.current();
    const date = formatDate(snapshot.publishedAt, this.language.locale());
    const line = this.transloco.translate('public.version', { version: snapshot.version, date });
    const previous = this.previous();
    return previous
      ? `${line}; ${this.transloco.translate('public.replaces', { version: previous.version })}`
      : line;
  });

  /** The read failed (offline, say): the page says so and offers to try again. */
  protected readonly failed = signal(false);

  constructor() {
    effect(() => this.read());
  }

  protected read(): void {
    const planId = this.planId();
    const periodId = this.periodId();
    const version = Number(this.version()) || undefined;
    untracked(() => {
      this.snapshot.set(undefined);
      this.failed.set(false);
    });
    void this.open.published(planId, periodId, version).then(
      (found) => {
        this.publication.set(found?.publication ?? null);
        this.snapshot.set(found?.snapshot ?? null);
      },
      (error: unknown) => {
        console.error(error);
        this.failed.set(true);
      },
    );
  }

  protected print(): void {
    window.print();
  }

  protected download(format: 'csv' | 'json'): void {
    const snapshot = this.snapshot();
    if (!snapshot) return;
    const name = openDataFileName(snapshot, translatePeriodName(this.transloco, snapshot.period));
    if (format === 'json') downloadJson(snapshot, `${name}.json`);
    else
      downloadCsv(
        openDataTables(snapshot, (key) => this.transloco.translate(key)),
        `${name}.csv`,
      );
  }
}
