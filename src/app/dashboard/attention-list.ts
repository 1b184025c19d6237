import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalNumberPipe } from '../core/i18n/format-pipes';
import { Id } from '../domain/model';
import { ContributionList, contributionItem, ContributionItem } from '../shared/ui/contribution-list';
import { StatusChip } from '../shared/ui/status-chip';
import { AttentionItem } from './overview';

/**
 * A plan's goals needing attention, with their analysis: the first ten, then "show all". A region
 * has thousands, and a committee member reads the worst first (off track, then at risk, in the
 * plan's order).
 */
@Component({
  selector: 'app-attention-list',
  imports: [RouterLink, TranslocoPipe, LocalNumberPipe, MatButtonModule, StatusChip, ContributionList],
  templateUrl: './attention-list.html',
  styleUrl: './attention-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttentionList {
  readonly items = input.required<AttentionItem[]>();
  /** The period the reports are of: each goal links to its lead report. */
  readonly periodId = input.required<Id>();
  readonly planTitle = input.required<string>();

  protected readonly limit = 10;
  protected readonly expanded = signal(false);
  protected readonly shown = computed(() =>
    this.expanded() ? this.items() : this.items().slice(0, this.limit),
  );

  protected contributionItems(item: AttentionItem): ContributionItem[] {
    return item.contributions.map(({ report, department }) =>
      contributionItem(report, department?.name ?? report.departmentId),
    );
  }
}
