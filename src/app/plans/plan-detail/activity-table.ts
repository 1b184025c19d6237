import { TagList } from '../../core/crosswalk/tag-list';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe, LocalNumberPipe } from '../../core/i18n/format-pipes';
import { StatusChip } from '../../shared/ui/status-chip';
import { ActivityRow } from './plan-detail.selectors';

/** A goal's activities: status, who is responsible, when, budget. */
@Component({
  selector: 'app-activity-table',
  imports: [TagList, RouterLink, TranslocoPipe, LocalNumberPipe, LocalDatePipe, StatusChip],
  templateUrl: './activity-table.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivityTable {
  readonly rows = input.required<ActivityRow[]>();
  /** The goal's title, in the table's caption. */
  readonly goalTitle = input.required<string>();
  readonly planId = input.required<string>();
  /** Whether each row has an edit link. */
  readonly canEdit = input(false);
}
