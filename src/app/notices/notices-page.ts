import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { formatDate } from '../core/i18n/format';
import { LocalDatePipe } from '../core/i18n/format-pipes';
import { LanguageService } from '../core/i18n/language';
import { Notice } from '../domain/notices';
import { noticeText, NoticeText } from '../domain/notice-text';
import { NoticesPageActions } from './state/notices.actions';
import { noticesFeature } from './state/notices.feature';

/** `/notices`: the signed-in person's notices, newest first, each with its link; read or not. */
@Component({
  selector: 'app-notices-page',
  imports: [TranslocoPipe, RouterLink, MatButtonModule, LocalDatePipe],
  templateUrl: './notices-page.html',
  styleUrl: './notices-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoticesPage {
  private readonly store = inject(Store);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly loaded = this.store.selectSignal(noticesFeature.selectLoaded);
  private readonly notices = this.store.selectSignal(noticesFeature.selectNotices);
  protected readonly unread = this.store.selectSignal(noticesFeature.selectUnread);
  protected readonly failure = this.store.selectSignal(noticesFeature.selectMessage);

  /** Each notice with its words in the language shown. */
  protected readonly shown = computed(() => {
    const locale = this.language.locale();
    const t = (key: string, params?: Record<string, string | number>) =>
      this.transloco.translate(key, params);
    return this.notices().map((notice): { notice: Notice; text: NoticeText } => ({
      notice,
      text: noticeText(notice, t, (day) => formatDate(day, locale)),
    }));
  });

  protected markRead(notice: Notice): void {
    if (notice.readAt === null) this.store.dispatch(NoticesPageActions.markedRead({ ids: [notice.id] }));
  }

  protected markAllRead(): void {
    const ids = this.notices()
      .filter((n) => n.readAt === null)
      .map((n) => n.id);
    if (ids.length > 0) this.store.dispatch(NoticesPageActions.markedRead({ ids }));
  }
}
