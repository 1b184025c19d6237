import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { loadFor } from './core/org-data/load-for';
import { summariesOf } from './core/org-data/record-queries';
import { selectOpenPeriods, selectReviewTotal } from './core/org-data/org-data.selectors';
import { ShellActions } from './core/session/session.actions';
import { sessionFeature } from './core/session/session.feature';
import { Role } from './domain/model';
import { selectMyRecordQueries, selectMyReminderCount } from './core/org-data/my-reporting.selectors';
import { Language, LanguageService } from './core/i18n/language';
import { FocusOnNavigation } from './core/shell/focus-on-navigation';
import { noticesFeature } from './notices/state/notices.feature';

interface NavLink {
  path: string;
  label: string;
  /** Roles that see the link; empty means every signed-in person. */
  roles: Role[];
}

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatToolbarModule, MatButtonModule, TranslocoPipe],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly language = inject(LanguageService);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /** The language a switch would change to, named in that language. */
  protected readonly otherLanguage = computed<Language>(() =>
    this.language.current() === 'sv' ? 'en' : 'sv',
  );

  private readonly store = inject(Store);
  protected readonly member = this.store.selectSignal(sessionFeature.selectMember);
  /** Set when the backend could not start: the page says why instead of staying blank. */
  protected readonly backendProblem = this.store.selectSignal(sessionFeature.selectBackendProblem);
  protected readonly sync = this.store.selectSignal(sessionFeature.selectSync);
  /** Reports due within 14 days or overdue, for the badge on "Min rapportering". */
  protected readonly reminders = this.store.selectSignal(selectMyReminderCount);
  /** The person's unread notices, on the toolbar's notices link. */
  protected readonly unreadNotices = this.store.selectSignal(noticesFeature.selectUnread);
  private readonly noticesLoaded = this.store.selectSignal(noticesFeature.selectLoaded);
  /**
   * Said to screen readers when a notice arrives while the app is open (the count grows after the
   * notices have loaded); the link's name carries the count the rest of the time.
   */
  protected readonly noticeArrived = signal<number | null>(null);
  private readonly myRecords = this.store.selectSignal(selectMyRecordQueries);

  private readonly openPeriods = this.store.selectSignal(selectOpenPeriods);
  /** A strategist's badge on "Granska": the open periods' reports waiting, from the plans' summaries. */
  protected readonly waitingForReview = this.store.selectSignal(selectReviewTotal);
  private readonly reviewPeriods = computed(() =>
    this.member()?.roles.includes('strategist') ? this.openPeriods().map((p) => p.id) : [],
  );
  /**
   * What the badges count, read on every page: a department head's reports and activities due, a
   * strategist's reports waiting (the open periods' summaries).
   */
  private readonly badgeData = loadFor(() => {
    const mine = this.member()?.roles.includes('reporter') ? this.myRecords() : [];
    return mine && [...mine, ...summariesOf(this.reviewPeriods())];
  });

  private readonly allLinks: NavLink[] = [
    { path: '/reporting', label: 'nav.reporting', roles: ['reporter'] },
    { path: '/review', label: 'nav.review', roles: ['strategist'] },
    { path: '/plans', label: 'nav.plans', roles: [] },
    { path: '/periods', label: 'nav.periods', roles: ['strategist', 'admin'] },
    { path: '/overview', label: 'nav.overview', roles: [] },
    { path: '/equality', label: 'nav.equality', roles: [] },
    { path: '/department', label: 'nav.department', roles: [] },
    { path: '/admin', label: 'nav.admin', roles: ['admin'] },
    { path: '/settings', label: 'nav.settings', roles: [] },
  ];

  /** The navigation for the signed-in person's roles. */
  protected readonly links = computed(() => {
    const roles = this.member()?.roles ?? [];
    if (roles.length === 0) return [];
    return this.allLinks.filter((l) => l.roles.length === 0 || l.roles.some((r) => roles.includes(r)));
  });

  /** On a phone the menu is folded behind a button; it folds again after each navigation. */
  protected readonly menuOpen = signal(false);

  constructor() {
    inject(FocusOnNavigation).start();
    let seen: { memberId: string; unread: number } | null = null;
    effect(() => {
      const memberId = this.member()?.id ?? '';
      const unread = this.unreadNotices();
      if (!this.noticesLoaded()) return;
      const grew = seen !== null && seen.memberId === memberId && unread > seen.unread;
      untracked(() => this.noticeArrived.set(grew ? unread : null));
      seen = { memberId, unread };
    });
    const navigation = inject(Router).events.subscribe((event) => {
      if (event instanceof NavigationEnd) this.menuOpen.set(false);
    });
    inject(DestroyRef).onDestroy(() => navigation.unsubscribe());
  }

  /** Moves focus into the content without changing the route (a bare #main would). */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected signOut(): void {
    this.store.dispatch(ShellActions.signOutClicked());
  }

  protected switchLanguage(): void {
    void this.language.use(this.otherLanguage());
  }

  protected reload(): void {
    location.reload();
  }
}
