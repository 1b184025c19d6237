import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language, LanguageService } from './core/i18n/language';
import { FocusOnNavigation } from './core/shell/focus-on-navigation';

interface NavLink {
  path: string;
  label: string;
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

  protected readonly links: NavLink[] = [
    { path: '/plans', label: 'nav.plans' },
    { path: '/reporting', label: 'nav.reporting' },
    { path: '/overview', label: 'nav.overview' },
  ];

  constructor() {
    inject(FocusOnNavigation).start();
  }

  /** Moves focus into the content without changing the route (a bare #main would). */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected switchLanguage(): void {
    void this.language.use(this.otherLanguage());
  }
}
