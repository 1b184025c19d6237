import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'app-not-found-page',
  imports: [TranslocoPipe, RouterLink, MatButtonModule],
  template: `
    <h1>{{ 'notFound.title' | transloco }}</h1>
    <p>{{ 'notFound.body' | transloco: { path } }}</p>
    <a mat-flat-button routerLink="/">{{ 'notFound.home' | transloco }}</a>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {
  /** The address the person tried; shown as text (interpolation escapes it). */
  protected readonly path = inject(Router).url;
}
