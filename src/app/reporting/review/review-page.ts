import { KeyValuePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  OnDestroy,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LocalDatePipe, LocalNumberPipe } from '../../core/i18n/format-pipes';
import { PeriodNamePipe } from '../../core/i18n/period-name';
import { selectOpenPeriods, selectReviewTotal } from '../../core/org-data/org-data.selectors';
import { sessionFeature } from '../../core/session/session.feature';
import { summariesFor } from '../../core/org-data/summaries-for';
import { Report } from '../../domain/model';
import { REVIEW_PAGE } from '../../domain/review-queue';
import { validateComment } from '../../domain/validation';
import { fieldMessage } from '../../core/errors/error-message';
import { Message } from '../../shared/ui/message';
import { StatusChip } from '../../shared/ui/status-chip';
import { ReviewPageActions } from './review.actions';
import { reviewFeature } from './review.feature';
import { ReviewValues } from './review-values';
import {
  selectMissingByDepartment,
  selectQueueRecordQueries,
  selectReviewQueue,
  selectReviewReady,
} from './review.selectors';
import { loadFor } from '../../core/org-data/load-for';

export { REVIEW_PAGE };

/** How long "Ångra" is offered after "Godkänn" before the approval is sent. */
export const UNDO_MS = 5000;

/** The undo window; tests set `kompass.undoMs` (0: approve at once). */
function undoWindow(): number {
  try {
    const set = Number(localStorage.getItem('kompass.undoMs'));
    return localStorage.getItem('kompass.undoMs') !== null && Number.isFinite(set) ? set : UNDO_MS;
  } catch {
    return UNDO_MS;
  }
}

import { urlFilter } from '../../core/routing/url-filter';
import { FilterOption, FilterSelect } from '../../shared/ui/filter-select';
@Component({
  selector: 'app-review-page',
  imports: [
    FilterSelect,
    KeyValuePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    StatusChip,
    LocalNumberPipe,
    ReviewValues,
    PeriodNamePipe,
  ],
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage implements OnDestroy {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  /** Filters from the URL (`?plan=…&department=…`), over the reports shown. */
  readonly plan = input<string>();
  readonly department = input<string>();
  private readonly openPeriods = this.store.selectSignal(selectOpenPeriods);
  private readonly member = this.store.selectSignal(sessionFeature.selectMember);
  /** The counts (waiting, missing per department) come from the plans' summaries of the open periods. */
  private readonly summaries = summariesFor(() => this.openPeriods());
  private readonly queueReady = this.store.selectSignal(selectReviewReady);
  /**
   * The indicators and activities the cards show. The queue does not wait for them: a card's values
   * follow as they arrive (a page more of the queue asks for more).
   */
  protected readonly queueRecords = loadFor(this.store.selectSignal(selectQueueRecordQueries));
  protected readonly ready = computed(() => this.queueReady() && this.summaries.ready());
  /**
   * The queue, a page at a time: a region's open period can have a thousand submitted reports,
   * each with its comment field; the oldest come first, handled ones leave the queue, and "show
   * more" asks the backend for the next page.
   */
  private readonly loaded = this.store.selectSignal(selectReviewQueue);
  /** The plans and departments of the reports shown, for the filters. */
  protected readonly planOptions = computed(() =>
    uniqueBy(this.loaded().items.map((i) => i.plan)).map((p): FilterOption => ({
      value: p.id,
      label: p.title,
    })),
  );
  protected readonly departmentOptions = computed(() =>
    uniqueBy(this.loaded().items.map((i) => i.department)).map((d): FilterOption => ({
      value: d.id,
      label: d.name,
    })),
  );
  protected readonly queue = computed(() => {
    const { periods, items } = this.loaded();
    return {
      periods,
      items: items.filter(
        (i) =>
          (!this.plan() || i.report.planId === this.plan()) &&
          (!this.department() || i.report.departmentId === this.department()),
      ),
    };
  });
  protected readonly total = this.store.selectSignal(selectReviewTotal);
  protected readonly missing = this.store.selectSignal(selectMissingByDepartment);
  protected readonly busy = this.store.selectSignal(reviewFeature.selectBusy);
  protected readonly outcome = this.store.selectSignal(reviewFeature.selectOutcome);
  protected readonly queueError = this.store.selectSignal(reviewFeature.selectQueueError);
  protected readonly shown = computed(() => this.loaded().items.length);
  /** At least what is shown: the summary can trail a decision made a moment ago. */
  protected readonly waiting = computed(() => Math.max(this.total(), this.shown()));
  protected readonly nextCount = computed(() => Math.min(REVIEW_PAGE, this.waiting() - this.shown()));
  protected readonly comments = signal<Record<string, string>>({});
  /** Approvals waiting out their undo window, by report id. */
  protected readonly approving = signal<Record<string, string>>({});
  /** What the page itself said about a report (an approval undone). */
  protected readonly notes = signal<Record<string, Message>>({});
  private readonly pendingApprovals = new Map<string, { report: Report; title: string; timer: number }>();
  private readonly undoMs = undoWindow();
  protected readonly commentErrors = signal<Record<string, Message>>({});
  /** Where the next page starts, while it is on its way. */
  private readonly focusAt = signal<number | null>(null);

  constructor() {
    this.store.dispatch(ReviewPageActions.opened());
    // Keyboard users continue where the new page starts, once it has arrived.
    effect(() => {
      const index = this.focusAt();
      const first = index === null ? undefined : this.queue().items[index];
      if (!first) return;
      untracked(() => this.focusAt.set(null));
      afterNextRender(() => document.getElementById(`item-${first.report.id}`)?.focus(), {
        injector: this.injector,
      });
    });
  }

  ngOnDestroy(): void {
    // Leaving the page does not lose an approval that was still waiting for its undo window.
    for (const id of [...this.pendingApprovals.keys()]) this.sendApproval(id);
    this.store.dispatch(ReviewPageActions.left());
  }

  /** Asks for the next page; focus moves to its first report when it arrives. */
  protected showMore(): void {
    this.focusAt.set(this.shown());
    this.store.dispatch(ReviewPageActions.moreRequested());
  }

  protected setComment(id: string, text: string): void {
    this.comments.update((all) => ({ ...all, [id]: text }));
  }

  /** Four eyes: a report the strategist submitted is decided by another strategist. */
  protected submittedByMe(report: Report): boolean {
    return !!report.submittedBy && report.submittedBy === this.member()?.id;
  }

  /** A filter chosen: into the address. */
  protected readonly filterBy = urlFilter<'plan' | 'department'>();

  /** "Godkänn": sent after a few seconds, while "Ångra" can still take it back. */
  protected approveReport(report: Report, title: string): void {
    if (this.undoMs <= 0) {
      this.store.dispatch(ReviewPageActions.approveClicked({ report, title }));
      return;
    }
    const timer = window.setTimeout(() => this.sendApproval(report.id), this.undoMs);
    this.pendingApprovals.set(report.id, { report, title, timer });
    this.approving.update((all) => ({ ...all, [report.id]: title }));
    this.notes.update(({ [report.id]: _, ...rest }) => rest);
  }

  protected undoApproval(id: string): void {
    const pending = this.pendingApprovals.get(id);
    if (!pending) return;
    window.clearTimeout(pending.timer);
    this.pendingApprovals.delete(id);
    this.approving.update(({ [id]: _, ...rest }) => rest);
    this.notes.update((all) => ({
      ...all,
      [id]: { key: 'review.undone', params: { title: pending.title } },
    }));
  }

  private sendApproval(id: string): void {
    const pending = this.pendingApprovals.get(id);
    if (!pending) return;
    window.clearTimeout(pending.timer);
    this.pendingApprovals.delete(id);
    this.approving.update(({ [id]: _, ...rest }) => rest);
    this.store.dispatch(ReviewPageActions.approveClicked({ report: pending.report, title: pending.title }));
  }

  protected returnReport(report: Report, title: string): void {
    const comment = this.comments()[report.id] ?? '';
    const error = validateComment(comment)['comment'];
    this.commentErrors.update((all) => {
      const next = { ...all };
      if (error) next[report.id] = fieldMessage(error);
      else delete next[report.id];
      return next;
    });
    if (error) {
      document.getElementById(`comment-${report.id}`)?.focus();
      return;
    }
    this.store.dispatch(ReviewPageActions.returnClicked({ report, title, comment }));
  }
}

/** The distinct records among `records`, by name. */
function uniqueBy<T extends { id: string; name?: string; title?: string }>(records: (T | undefined)[]): T[] {
  const byId = new Map<string, T>();
  for (const r of records) if (r) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) =>
    (a.title ?? a.name ?? '').localeCompare(b.title ?? b.name ?? '', 'sv'),
  );
}
