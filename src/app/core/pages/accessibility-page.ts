import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Tillgänglighetsredogörelse: the accessibility statement Swedish law (2018:1937) requires of
 * digital public services, in the structure DIGG recommends.
 */
@Component({
  selector: 'app-accessibility-page',
  imports: [TranslocoPipe],
  template: `
    <h1>{{ 'a11yStatement.title' | transloco }}</h1>
    <p>{{ 'a11yStatement.intro' | transloco }}</p>
    <h2>{{ 'a11yStatement.statusTitle' | transloco }}</h2>
    <p>{{ 'a11yStatement.status' | transloco }}</p>
    <h2>{{ 'a11yStatement.knownTitle' | transloco }}</h2>
    <ul>
      @for (item of known; track item) {
        <li>{{ 'a11yStatement.known.' + item | transloco }}</li>
      }
    </ul>
    <h2>{{ 'a11yStatement.reportTitle' | transloco }}</h2>
    <p>{{ 'a11yStatement.report' | transloco }}</p>
    <h2>{{ 'a11yStatement.supervisionTitle' | transloco }}</h2>
    <p>
      {{ 'a11yStatement.supervision' | transloco }}
      <a href="https://www.digg.se/tdosanmalan">{{ 'a11yStatement.supervisionLink' | transloco }}</a>
    </p>
    <h2>{{ 'a11yStatement.testedTitle' | transloco }}</h2>
    <p>{{ 'a11yStatement.tested' | transloco }}</p>
    <p>{{ 'a11yStatement.updated' | transloco: { date: '2026-11-23' } }}</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessibilityPage {
  protected readonly known = ['charts', 'print', 'import'];
}
