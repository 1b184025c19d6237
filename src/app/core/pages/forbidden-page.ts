import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'app-forbidden-page',
  imports: [TranslocoPipe],
  template: `
    <h1>{{ 'forbidden.title' | transloco }}</h1>
    <p>{{ 'forbidden.body' | transloco }}</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {}
