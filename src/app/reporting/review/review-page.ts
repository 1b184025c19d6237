import { KeyValuePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LocalDatePipe, LocalNumberPipe } from '../../core/i18n/format-pipes';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { Report } from '../../domain/model';
import { validateComment } from '../../domain/validation';
import { fieldMessage, Message } from '../../shared/ui/error-message';
import { StatusChip } from '../../shared/ui/status-chip';
import { ReviewPageActions } from './review.actions';
import { reviewFeature } from './review.feature';
import { selectMissingByDepartment, selectReviewQueue } from './review.selectors';

/** Submitted reports shown at a time in the review queue. */
export const REVIEW_PAGE = 25;

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
export class ReviewPage {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  protected readonly ready = this.store.selectSignal(orgDataFeature.selectReady);
  protected readonly queue = this.store.selectSignal(selectReviewQueue);
  protected readonly missing = this.store.selectSignal(selectMissingByDepartment);
  protected readonly busy = this.store.selectSignal(reviewFeature.selectBusy);
  protected readonly outcome = this.store.selectSignal(reviewFeature.selectOutcome);
  /**
   * Reports shown, a page at a time: a region's open period can have a thousand submitted reports,
   * each with its comment field; the oldest come first, and handled ones leave the queue.
   */
  protected readonly shown = signal(REVIEW_PAGE);
  protected readonly visible = computed(() => this.queue().items.slice(0, this.shown()));
  protected readonly nextCount = computed(() =>
    Math.min(REVIEW_PAGE, this.queue().items.length - this.shown()),
  );
  protected readonly comments = signal<Record<string, string>>({});
  protected readonly commentErrors = signal<Record<string, Message>>({});

  /** Shows the next page and moves focus to its first report, so keyboard users continue there. */
  protected showMore(): void {
    const first = this.queue().items[this.shown()];
    this.shown.update((n) => n + REVIEW_PAGE);
    if (first) {
      afterNextRender(() => document.getElementById(`item-${first.report.id}`)?.focus(), {
        injector: this.injector,
      });
    }
  }

  protected setComment(id: string, text: string): void {
    this.comments.update((all) => ({ ...all, [id]: text }));
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
