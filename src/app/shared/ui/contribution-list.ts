import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ReportStatus } from '../../domain/model';
import { StatusChip } from './status-chip';

/** One contributing department's report as shown under a goal. */
export interface ContributionItem {
  id: string;
  departmentName: string;
  status: ReportStatus;
  /** Empty when the view has none to show (the overview keeps only some analyses). */
  analysis: string;
}

/** A contribution as the list shows it, from its report and its department's name. */
export function contributionItem(
  report: { id: string; status: ReportStatus; analysis: string },
  departmentName: string,
): ContributionItem {
  return { id: report.id, departmentName, status: report.status, analysis: report.analysis };
}

/**
 * The contributions to a shared goal, labelled as such under the goal: they never set its status
 * or figures (the lead department's report does), so they are listed apart, each with its
 * department, status and analysis. Renders nothing without contributions.
 */
@Component({
  selector: 'app-contribution-list',
  imports: [TranslocoPipe, StatusChip],
  template: `
    @if (items().length > 0) {
      <div class="contributions">
        <p class="heading">
          {{ (items().length === 1 ? 'contributions.title_one' : 'contributions.title') | transloco }}
        </p>
        <ul>
          @for (item of items(); track item.id) {
            <li>
              <span class="who">{{
                'contributions.from' | transloco: { department: item.departmentName }
              }}</span>
              <app-status-chip [status]="item.status" />
              @if (item.analysis) {
                <span class="analysis">{{ item.analysis }}</span>
              }
            </li>
          }
        </ul>
      </div>
    }
  `,
  styles: `
    .contributions {
      margin: 0.5rem 0 0;
      padding: 0.25rem 0 0.25rem 0.75rem;
      border-left: 3px solid #9e9e9e;
    }
    .heading {
      margin: 0 0 0.25rem;
      font-size: 0.875rem;
      font-weight: 600;
      color: #424242;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      margin-bottom: 0.25rem;
    }
    .who {
      font-size: 0.875rem;
    }
    .analysis {
      flex-basis: 100%;
      white-space: pre-line;
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContributionList {
  /** The contributions to show, in department order. */
  readonly items = input.required<readonly ContributionItem[]>();
}
