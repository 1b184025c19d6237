import { KeyValuePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
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
import { selectOpenPeriod } from '../../core/org-data/org-data.selectors';
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
import {
  selectMissingByDepartment,
  selectReviewQueue,
  selectReviewReady,
  selectReviewTotal,
} from './review.selectors';

export { REVIEW_PAGE };

@Component({
  selector: 'app-review-page',
  imports: [
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
  ],
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage implements OnDestroy {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly openPeriod = this.store.selectSignal(selectOpenPeriod);
  private readonly member = this.store.selectSignal(sessionFeature.selectMember);
  /** The counts (waiting, missing per department) come from the plans' summaries of the open period. */
  private readonly summaries = summariesFor(() => [this.openPeriod()]);
  private readonly queueReady = this.store.selectSignal(selectReviewReady);
  protected readonly ready = computed(() => this.queueReady() && this.summaries.ready());
  /**
   * The queue, a page at a time: a region's open period can have a thousand submitted reports,
   * each with its comment field; the oldest come first, handled ones leave the queue, and "show
   * more" asks the backend for the next page.
   */
  protected readonly queue = this.store.selectSignal(selectReviewQueue);
  protected readonly total = this.store.selectSignal(selectReviewTotal);
  protected readonly missing = this.store.selectSignal(selectMissingByDepartment);
  protected readonly busy = this.store.selectSignal(reviewFeature.selectBusy);
  protected readonly outcome = this.store.selectSignal(reviewFeature.selectOutcome);
  protected readonly queueError = this.store.selectSignal(reviewFeature.selectQueueError);
  protected readonly shown = computed(() => this.queue().items.length);
  /** At least what is shown: the summary can trail a decision made a moment ago. */
  protected readonly waiting = computed(() => Math.max(this.total(), this.shown()));
  protected readonly nextCount = computed(() => Math.min(REVIEW_PAGE, this.waiting() - this.shown()));
  protected readonly comments = signal<Record<string, string>>({});
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

  protected approveReport(report: Report): void {
    this.store.dispatch(ReviewPageActions.approveClicked({ report }));
  }

  protected returnReport(report: Report): void {
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
    this.store.dispatch(ReviewPageActions.returnClicked({ report, comment }));
  }
}
