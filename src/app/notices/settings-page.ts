import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { sessionFeature } from '../core/session/session.feature';
import { NoticeLanguage, NOTICE_LANGUAGES } from '../domain/notices';
import { NoticesPageActions } from './state/notices.actions';
import { noticesFeature } from './state/notices.feature';

/** `/settings` ("Mina inställningar"): the notices a person wants, and their language. */
@Component({
  selector: 'app-settings-page',
  imports: [TranslocoPipe, FormsModule, MatButtonModule, MatCheckboxModule],
  templateUrl: './settings-page.html',
  styleUrl: './settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsPage {
  private readonly store = inject(Store);
  private readonly member = this.store.selectSignal(sessionFeature.selectMember);
  private readonly settings = this.store.selectSignal(noticesFeature.selectSettings);
  protected readonly saving = this.store.selectSignal(noticesFeature.selectSaving);
  protected readonly saves = this.store.selectSignal(noticesFeature.selectSaves);
  protected readonly failure = this.store.selectSignal(noticesFeature.selectMessage);
  protected readonly languages = NOTICE_LANGUAGES;
  /** Reminders are for those who report; the digest for strategists. */
  protected readonly reports = computed(() => this.member()?.roles.includes('reporter') ?? false);
  protected readonly reviews = computed(() => this.member()?.roles.includes('strategist') ?? false);

  protected readonly language = signal<NoticeLanguage>('sv');
  protected readonly reminders = signal(true);
  protected readonly digest = signal(true);
  /** What the page had saved when it opened, to say "saved" only for a save of its own. */
  private readonly savesAtOpen = this.saves();
  protected readonly saved = computed(() => this.saves() > this.savesAtOpen && !this.saving());

  constructor() {
    this.store.dispatch(NoticesPageActions.settingsOpened());
    // The stored choices fill the form once they arrive; what the person changes is kept.
    let filled = false;
    effect(() => {
      const settings = this.settings();
      if (!settings || filled) return;
      filled = true;
      this.language.set(settings.language);
      this.reminders.set(settings.reminders);
      this.digest.set(settings.digest);
    });
  }

  protected save(): void {
    this.store.dispatch(
      NoticesPageActions.settingsSaved({
        choices: { language: this.language(), reminders: this.reminders(), digest: this.digest() },
      }),
    );
  }
}
