import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalNumberPipe } from '../../core/i18n/format-pipes';
import { Indicator, Report } from '../../domain/model';
import { StatusChip } from '../../shared/ui/status-chip';

/** A report as it stands, for those who read it and for a report that can no longer change. */
@Component({
  selector: 'app-report-read-only',
  imports: [RouterLink, TranslocoPipe, LocalNumberPipe, StatusChip],
  template: `
    <p class="notice">
      @if (periodClosed()) {
        {{ 'report.periodClosed' | transloco }}
      } @else {
        {{ 'report.readOnly' | transloco: { state: ('state.' + report().state | transloco) } }}
      }
    </p>
    <dl>
      <dt>{{ 'report.status' | transloco }}</dt>
      <dd><app-status-chip [status]="report().status" /></dd>
      <dt>{{ 'report.progress' | transloco }}</dt>
      <dd>{{ report().progress | localNumber }}</dd>
      @for (value of report().indicatorValues; track value.indicatorId) {
        @let indicator = indicatorById(value.indicatorId);
        <dt>
          @if (indicator) {
            <a
              [routerLink]="['/trend', indicator.id]"
              [attr.aria-label]="'equality.showTrend' | transloco: { name: indicator.name }"
              >{{ indicator.name }}</a
            >
          }
        </dt>
        <dd>
          @if (indicator?.genderDisaggregated) {
            {{ 'report.women' | transloco }} {{ value.women | localNumber: 2 }} ·
            {{ 'report.men' | transloco }} {{ value.men | localNumber: 2 }} ·
          }
          {{ 'report.total' | transloco }} {{ value.total | localNumber: 2 }}&nbsp;{{ indicator?.unit }}
          @if (value.missingReason) {
            <span class="missing">{{
              'report.genderMissingShown' | transloco: { reason: value.missingReason }
            }}</span>
          }
          @if (value.equalityAnalysis) {
            <span class="missing pre">{{
              'report.equalityAnalysisShown' | transloco: { text: value.equalityAnalysis }
            }}</span>
          }
        </dd>
      }
      <dt>{{ 'report.analysis' | transloco }}</dt>
      <dd class="pre">{{ report().analysis }}</dd>
      <dt>{{ 'report.nextSteps' | transloco }}</dt>
      <dd class="pre">{{ report().nextSteps }}</dd>
    </dl>
  `,
  styles: `
    dt {
      font-weight: 600;
      margin-top: 0.75rem;
    }
    dd {
      margin: 0.25rem 0 0;
    }
    .missing {
      display: block;
      font-style: italic;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportReadOnly {
  readonly report = input.required<Report>();
  readonly indicators = input.required<readonly Indicator[]>();
  /** Why it cannot change: the period is closed (otherwise, the report's state). */
  readonly periodClosed = input(false);

  protected indicatorById(id: string): Indicator | undefined {
    return this.indicators().find((i) => i.id === id);
  }
}
