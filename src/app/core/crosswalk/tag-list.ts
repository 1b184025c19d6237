import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { frameworkOf, sortTags } from '../../domain/crosswalk';
import { CrosswalkNamesService } from './crosswalk-names';

/**
 * A plan's, goal's or activity's CEMR articles and Agenda 2030 targets, as a labelled list of
 * their numbers and names (text, not colour, tells them apart). Nothing when there are none.
 */
@Component({
  selector: 'app-tag-list',
  imports: [TranslocoPipe],
  template: `
    @if (groups().length) {
      <dl class="tag-list">
        @for (group of groups(); track group.framework) {
          <div>
            <dt>{{ 'crosswalk.framework.' + group.framework | transloco }}</dt>
            <dd>
              <ul>
                @for (label of group.labels; track label.tag) {
                  <li>
                    <span class="code">{{ label.code }}</span>
                    @if (label.name) {
                      {{ label.name }}
                    }
                  </li>
                }
              </ul>
            </dd>
          </div>
        }
      </dl>
    }
  `,
  styles: `
    .tag-list {
      margin: 0.25rem 0;
      font-size: 0.875rem;
      div {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.5rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        border: 1px solid #757575;
        border-radius: 1rem;
        padding: 0 0.5rem;
      }
      .code {
        font-weight: 600;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TagList {
  private readonly crosswalk = inject(CrosswalkNamesService);

  /** The tags to show (`cemr:11`, `sdg:5.5`). */
  readonly tags = input<readonly string[] | undefined>([]);

  constructor() {
    effect(() => {
      if (this.tags()?.length) void this.crosswalk.load();
    });
  }

  protected readonly groups = computed(() => {
    const tags = sortTags(this.tags() ?? []);
    return (['cemr', 'sdg'] as const)
      .map((framework) => ({
        framework,
        labels: tags.filter((t) => frameworkOf(t) === framework).map((t) => this.crosswalk.label(t)),
      }))
      .filter((g) => g.labels.length > 0);
  });
}
