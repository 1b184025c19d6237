import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'app-home-page',
  imports: [TranslocoPipe],
  template: `
    <h1>{{ 'home.title' | transloco }}</h1>
    <p class="lead">{{ 'home.intro' | transloco }}</p>
    <h2>{{ 'home.rolesTitle' | transloco }}</h2>
    <ul>
      <li>{{ 'home.strategist' | transloco }}</li>
      <li>{{ 'home.department' | transloco }}</li>
      <li>{{ 'home.committee' | transloco }}</li>
    </ul>
  `,
  styles: `
    .lead {
      font-size: 1.125rem;
      max-width: 60ch;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {}
