import { Dialog } from '@angular/cdk/dialog';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { of, switchMap } from 'rxjs';
import { LocalDatePipe } from '../core/i18n/format-pipes';
import { PeriodNamePipe, translatePeriodName } from '../core/i18n/period-name';
import { loadFor } from '../core/org-data/load-for';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { selectCurrentPeriod, selectPeriodsInOrder } from '../core/org-data/org-data.selectors';
import { planRecords, reportsWhere } from '../core/org-data/record-queries';
import { PUBLIC, PUBLISHING } from '../data-access/backend';
import { buildSnapshot, latestVersions, PublicSnapshot } from '../domain/public-snapshot';
import { isPublic } from '../domain/publication';
import { confirm } from '../shared/ui/confirm-dialog';
import { FollowUpView } from './follow-up-view';
import { PublishPageActions } from './state/publishing.actions';
import { publishingFeature } from './state/publishing.feature';

/**
 * `/publish/:planId?period=…` (strategists): a preview of exactly what will be public for the
 * chosen period, then "Publicera uppföljningen"; the period's publication and taking it down.
 */
@Component({
  selector: 'app-publish-page',
  imports: [TranslocoPipe, RouterLink, MatButtonModule, LocalDatePipe, PeriodNamePipe, FollowUpView],
  templateUrl: './publish-page.html',
  styleUrl: './public-plan-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublishPage {
  readonly planId = input.required<string>();
  /** The period from the query string; the current one without it. */
  readonly period = input<string>();

  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly dialog = inject(Dialog);
  private readonly transloco = inject(TranslocoService);
  private readonly open = inject(PUBLIC);
  private readonly publishing = inject(PUBLISHING);

  protected readonly outcome = this.store.selectSignal(publishingFeature.selectPublishingState);
  protected readonly structureReady = this.store.selectSignal(orgDataFeature.selectStructureReady);
  private readonly plans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  private readonly current = this.store.selectSignal(selectCurrentPeriod);
  private readonly inOrder = this.store.selectSignal(selectPeriodsInOrder);
  private readonly focusAreas = this.store.selectSignal(orgDataFeature.selectAllFocusAreas);
  private readonly goals = this.store.selectSignal(orgDataFeature.selectAllGoals);
  private readonly indicators = this.store.selectSignal(orgDataFeature.selectAllIndicators);
  private readonly activities = this.store.selectSignal(orgDataFeature.selectAllActivities);
  private readonly departments = this.store.selectSignal(orgDataFeature.selectAllDepartments);
  private readonly reports = this.store.selectSignal(orgDataFeature.selectAllReports);
  /** Periods that have begun (open or closed), the latest first. */
  protected readonly periods = computed(() =>
    [...this.inOrder()].reverse().filter((p) => p.state !== 'planned'),
  );
  protected readonly plan = computed(() => this.plans().find((p) => p.id === this.planId()) ?? null);
  protected readonly chosen = computed(
    () =>
      this.periods().find((p) => p.id === this.period()) ?? this.current() ?? this.periods().at(0) ?? null,
  );

  private readonly data = loadFor(() => {
    const period = this.chosen();
    if (!period) return this.structureReady() ? [] : null;
    return [...planRecords(this.planId()), reportsWhere({ planId: this.planId(), periodId: period.id })];
  });
  protected readonly ready = computed(() => this.structureReady() && this.data.ready());

  protected readonly publications = toSignal(
    toObservable(this.planId).pipe(switchMap((id) => this.publishing?.publicationsOf(id) ?? of([]))),
    { initialValue: [] },
  );
  protected readonly publication = computed(
    () => this.publications().find((p) => p.periodId === this.chosen()?.id) ?? null,
  );
  protected readonly isPublic = isPublic;
  /** The plan's published snapshots (latest versions): the preview's trend and next version. */
  private readonly published = signal<PublicSnapshot[]>([]);

  protected readonly preview = computed((): PublicSnapshot | null => {
    const plan = this.plan();
    const period = this.chosen();
    if (!plan || !period || !this.ready()) return null;
    return buildSnapshot({
      orgId: plan.orgId,
      plan,
      period,
      focusAreas: this.focusAreas(),
      goals: this.goals(),
      indicators: this.indicators(),
      activities: this.activities(),
      departments: this.departments(),
      reports: this.reports(),
      published: this.published(),
      latestVersion: this.publication()?.latestVersion,
      publishedAt: new Date().toISOString(),
    });
  });

  constructor() {
    this.store.dispatch(PublishPageActions.opened());
    effect(() => {
      const publicOnes = this.publications().filter(isPublic);
      void Promise.all(publicOnes.map((p) => this.open.published(p.planId, p.periodId))).then((found) =>
        this.published.set(latestVersions(found.flatMap((f) => (f ? [f.snapshot] : [])))),
      );
    });
  }

  protected choosePeriod(periodId: string): void {
    void this.router.navigate([], { queryParams: { period: periodId }, replaceUrl: true });
  }

  /** Publishing makes a version anyone can read: asked first, and warned when the period is still open. */
  protected publish(): void {
    const plan = this.plan();
    const period = this.chosen();
    const preview = this.preview();
    if (!plan || !period || plan.status === 'draft' || !preview) return;
    const t = (key: string, params = {}) => this.transloco.translate(key, params);
    const notReported = preview.goals.filter((g) => g.status === 'not-reported').length;
    const name = translatePeriodName(this.transloco, period);
    confirm(this.dialog, {
      text:
        t('public.publish.question', { version: preview.version, period: name }) +
        (period.state === 'open'
          ? ' ' +
            t('public.publish.stillOpenWarning', {
              period: name,
              notReported,
              total: preview.goals.length,
            })
          : ''),
      confirm: t('public.publish.confirm'),
      cancel: t('common.cancel'),
    }).subscribe((yes) => {
      if (yes)
        this.store.dispatch(PublishPageActions.publishConfirmed({ planId: plan.id, periodId: period.id }));
    });
  }

  protected unpublish(): void {
    const period = this.chosen();
    if (!period) return;
    confirm(this.dialog, {
      text: this.transloco.translate('public.publish.unpublishQuestion'),
      confirm: this.transloco.translate('public.publish.unpublish'),
      cancel: this.transloco.translate('common.cancel'),
    }).subscribe((yes) => {
      if (yes)
        this.store.dispatch(
          PublishPageActions.unpublishConfirmed({ planId: this.planId(), periodId: period.id }),
        );
    });
  }
}
