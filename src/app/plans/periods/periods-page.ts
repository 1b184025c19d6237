import { RouterLink } from '@angular/router';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Dialog } from '@angular/cdk/dialog';
import { Store } from '@ngrx/store';
import { LocalDatePipe } from '../../core/i18n/format-pipes';
import { selectPeriodsInOrder } from '../../core/org-data/org-data.selectors';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { sessionFeature } from '../../core/session/session.feature';
import { Period } from '../../domain/model';
import { PeriodAction, periodActions } from '../../domain/periods';
import { can } from '../../domain/policy';
import { isIsoDate, LIMITS, parseLocaleNumber } from '../../domain/validation';
import { fieldMessage } from '../../core/errors/error-message';
import { Message } from '../../shared/ui/message';
import { PeriodsPageActions } from './periods.actions';
import { periodsFeature } from './periods.feature';
import { PeriodNamePipe, translatePeriodName } from '../../core/i18n/period-name';
import { confirm } from '../../shared/ui/confirm-dialog';

@Component({
  selector: 'app-periods-page',
  imports: [
    PeriodNamePipe,
    TranslocoPipe,
    LocalDatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
  ],
  templateUrl: './periods-page.html',
  styleUrl: './periods-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodsPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(Dialog);
  private readonly transloco = inject(TranslocoService);
  /** The periods are part of the structure: the page asks for nothing more. */
  protected readonly ready = this.store.selectSignal(orgDataFeature.selectStructureReady);
  protected readonly periods = this.store.selectSignal(selectPeriodsInOrder);
  protected readonly state = this.store.selectSignal(periodsFeature.selectPeriodsAdminState);
  private readonly member = this.store.selectSignal(sessionFeature.selectMember);
  protected readonly canManage = computed(() => can(this.member(), 'update', { kind: 'periods' }));

  /** Newest first: the year being planned is at the top. */
  protected readonly rows = computed(() => [...this.periods()].reverse());
  protected readonly year = signal(String(new Date().getFullYear() + 1));
  protected readonly yearError = signal<Message | null>(null);
  protected readonly deadlines = signal<Partial<Record<string, string>>>({});
  protected readonly deadlineErrors = signal<Record<string, Message>>({});

  protected actionsFor(period: Period): PeriodAction[] {
    return periodActions(period.state);
  }

  protected createYear(): void {
    const parsed = parseLocaleNumber(this.year());
    let error: Message | null = null;
    if (!parsed.ok) error = fieldMessage(parsed.error);
    else if (parsed.value === null) error = fieldMessage({ code: 'required' });
    else if (!Number.isInteger(parsed.value)) error = fieldMessage({ code: 'notAnInteger' });
    else if (parsed.value < LIMITS.minYear || parsed.value > LIMITS.maxYear) {
      error = fieldMessage({ code: 'outOfRange', params: { min: LIMITS.minYear, max: LIMITS.maxYear } });
    }
    this.yearError.set(error);
    if (error || !parsed.ok || parsed.value === null) {
      document.getElementById('period-year')?.focus();
      return;
    }
    this.store.dispatch(PeriodsPageActions.standardYearRequested({ year: parsed.value }));
  }

  /** Opening, closing and reopening a period change what everyone may do: asked first. */
  protected ask(period: Period, action: PeriodAction): void {
    const t = (key: string, params = {}) => this.transloco.translate(key, params);
    // Another period still open stays open beside this one: said before, so nobody expects it closed.
    const others =
      action === 'close' ? [] : this.periods().filter((p) => p.state === 'open' && p.id !== period.id);
    const alsoOpen = others.length
      ? ' ' +
        t('periods.confirm.alsoOpen', {
          names: others.map((p) => translatePeriodName(this.transloco, p)).join(', '),
        })
      : '';
    confirm(this.dialog, {
      text: t(`periods.confirm.${action}`, { name: translatePeriodName(this.transloco, period) }) + alsoOpen,
      confirm: t(`periods.action.${action}`),
      cancel: t('signIn.cancel'),
    }).subscribe((confirmed) => {
      if (confirmed) this.store.dispatch(PeriodsPageActions.stateChangeConfirmed({ period, action }));
    });
  }

  protected setDeadline(period: Period, value: string): void {
    this.deadlines.update((all) => ({ ...all, [period.id]: value }));
  }

  protected saveDeadline(period: Period): void {
    const value = this.deadlines()[period.id] ?? period.deadline;
    const error: Message | null = !isIsoDate(value)
      ? fieldMessage({ code: 'invalidDate' })
      : value < period.opensOn
        ? fieldMessage({ code: 'dateOrder' })
        : null;
    this.deadlineErrors.update((all) => {
      const next = { ...all };
      if (error) next[period.id] = error;
      else delete next[period.id];
      return next;
    });
    if (!error) this.store.dispatch(PeriodsPageActions.deadlineChanged({ period, deadline: value }));
  }
}
