import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../core/i18n/format-pipes';
import { PeriodNamePipe } from '../core/i18n/period-name';
import { PUBLIC } from '../data-access/backend';
import { groupBy } from '../domain/group-by';
import { Publication } from '../domain/publication';

/** `/public`: the organisation's published follow-ups, plan by plan, newest period first. */
@Component({
  selector: 'app-public-list-page',
  imports: [TranslocoPipe, RouterLink, MatButtonModule, LocalDatePipe, PeriodNamePipe],
  template: `
    <h1>{{ 'public.title' | transloco }}</h1>
    <p class="intro">{{ 'public.intro' | transloco }}</p>
    @if (publications(); as publications) {
      @for (plan of plans(); track plan.planId) {
        <section [attr.aria-labelledby]="'plan-' + plan.planId">
          <h2 [id]="'plan-' + plan.planId">{{ plan.title }}</h2>
          <ul>
            @for (p of plan.periods; track p.id) {
              <li>
                <a [routerLink]="['/public', p.planId, p.periodId]">{{ p.period | periodName }}</a>
                <span class="meta">
                  · {{ 'public.published' | transloco: { date: (lastPublished(p) | localDate) } }}</span
                >
              </li>
            }
          </ul>
        </section>
      } @empty {
        <p>{{ 'public.none' | transloco }}</p>
      }
    } @else if (failed()) {
      <p role="alert">{{ 'public.unreadable' | transloco }}</p>
      <button mat-stroked-button type="button" (click)="read()">{{ 'public.tryAgain' | transloco }}</button>
    } @else {
      <p role="status">{{ 'public.loading' | transloco }}</p>
    }
  `,
  styles: `
    .intro {
      max-width: 42rem;
    }
    .meta {
      color: #424242;
    }
    li {
      margin-block: 0.3rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicListPage {
  private readonly open = inject(PUBLIC);
  protected readonly publications = signal<Publication[] | null>(null);
  protected readonly plans = computed(() =>
    [...groupBy(this.publications() ?? [], (p) => p.planId)].map(([planId, periods]) => ({
      planId,
      title: periods[0].planTitle,
      periods: [...periods].sort((a, b) => b.period.endsOn.localeCompare(a.period.endsOn)),
    })),
  );

  /** The read failed (offline, say): the page says so and offers to try again. */
  protected readonly failed = signal(false);

  constructor() {
    this.read();
  }

  protected read(): void {
    this.failed.set(false);
    void this.open.publications().then(
      (found) => this.publications.set(found),
      (error: unknown) => {
        console.error(error);
        this.failed.set(true);
      },
    );
  }

  protected lastPublished(publication: Publication): string {
    return publication.versions.at(-1)?.publishedAt ?? '';
  }
}
