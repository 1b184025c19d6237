import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PeriodNamePipe } from '../../core/i18n/period-name';
import { reportSubject } from './report-subject';

/**
 * The report page's heading: the way back that fits the reader (their reporting, or the plan), the
 * goal or activity, where it belongs, and whether this department reports a contribution.
 */
@Component({
  selector: 'app-report-heading',
  imports: [RouterLink, TranslocoPipe, PeriodNamePipe],
  template: `
    @let s = subject();
    <p class="back">
      @if (s.ownDepartment() || !s.goal()) {
        <a routerLink="/reporting">← {{ 'report.back' | transloco }}</a>
      } @else {
        <a [routerLink]="['/plans', s.goal()!.planId]">← {{ 'report.backToPlan' | transloco }}</a>
      }
    </p>
    @if (s.goal(); as goal) {
      <h1>{{ 'report.title' | transloco: { goal: s.title() } }}</h1>
      @if (s.activity(); as activity) {
        <p class="context">
          {{ 'report.activityOf' | transloco: { goal: goal.title, person: activity.responsiblePerson } }}
        </p>
      }
      <p class="context">
        {{
          'report.context'
            | transloco
              : {
                  plan: s.plan()?.title ?? '',
                  area: s.area()?.title ?? '',
                  department: s.department()?.name ?? '',
                  period: (s.period() | periodName),
                }
        }}
      </p>
      @if (s.reportsAs() === 'contributor') {
        <p class="notice">
          {{
            'report.contributionNotice'
              | transloco: { lead: s.leadName(), department: s.department()?.name ?? '' }
          }}
          @if (goal.contributorsReportValues) {
            {{ 'report.contributionValuesAsked' | transloco }}
          }
        </p>
      }
    } @else {
      <h1>{{ 'nav.report' | transloco }}</h1>
    }
  `,
  styles: `
    .back {
      margin: 0;
    }
    .context {
      color: var(--mat-sys-on-surface-variant);
      margin-top: -0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportHeading {
  readonly subject = input.required<ReturnType<typeof reportSubject>>();
}
