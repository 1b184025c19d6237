import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  linkedSignal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { sessionFeature } from '../core/session/session.feature';
import { selectDepartmentsById } from '../core/org-data/org-data.selectors';
import { CountKeyPipe, LocalNumberPipe } from '../core/i18n/format-pipes';
import { matchesSearch, PEOPLE_PAGE } from './people-list';
import { DataExportSection } from './data-export-section';

/** Departments and people of the organisation, for the administrator to keep current. */
import { urlFilter } from '../core/routing/url-filter';
@Component({
  selector: 'app-admin-page',
  imports: [
    DataExportSection,
    TranslocoPipe,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    LocalNumberPipe,
    CountKeyPipe,
  ],
  template: `
    <h1>{{ 'admin.title' | transloco }}</h1>
    <p>{{ 'admin.intro' | transloco }}</p>
    <section aria-labelledby="departments-heading">
      <h2 id="departments-heading">{{ 'admin.departments' | transloco }}</h2>
      <p>
        <a mat-flat-button routerLink="/admin/departments/new">{{ 'editor.departments.new' | transloco }}</a>
      </p>
      <div class="scroll">
        <table class="figures">
          <thead>
            <tr>
              <th scope="col">{{ 'fields.departments.name' | transloco }}</th>
              <th scope="col">{{ 'fields.departments.shortName' | transloco }}</th>
              <th scope="col">{{ 'common.status' | transloco }}</th>
              <th scope="col">{{ 'admin.members' | transloco }}</th>
              <th scope="col">
                <span class="visually-hidden">{{ 'planDetail.edit' | transloco }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (d of departments(); track d.department.id) {
              <tr>
                <th scope="row">{{ d.department.name }}</th>
                <td>{{ d.department.shortName }}</td>
                <td>{{ (d.department.active ? 'admin.active' : 'admin.inactive') | transloco }}</td>
                <td>{{ d.memberCount }}</td>
                <td>
                  <a
                    [routerLink]="['/admin/departments', d.department.id, 'edit']"
                    [attr.aria-label]="'admin.editDepartment' | transloco: { name: d.department.name }"
                    >{{ 'planDetail.edit' | transloco }}</a
                  >
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{{ 'admin.people' | transloco }}</h2>
      <p>
        {{ (signInMethod() === 'account' ? 'admin.accessAccount' : 'admin.accessDemo') | transloco }}
      </p>
      <p>
        <a mat-flat-button routerLink="/admin/people/new">{{ 'editor.members.new' | transloco }}</a>
      </p>
      <mat-form-field subscriptSizing="dynamic" appearance="outline" class="search">
        <mat-label>{{ 'admin.search' | transloco }}</mat-label>
        <input
          matInput
          type="search"
          autocomplete="off"
          [value]="query()"
          (input)="search($any($event.target).value)"
        />
        <mat-hint>{{ 'admin.searchHint' | transloco }}</mat-hint>
      </mat-form-field>
      <p role="status" class="count">
        @if (matching().length === 0) {
          {{ 'admin.noMatch' | transloco }}
        } @else if (shown().length < matching().length) {
          {{
            'admin.showing'
              | transloco: { shown: (shown().length | localNumber), count: (matching().length | localNumber) }
          }}
        } @else if (query().trim()) {
          {{
            'admin.matches'
              | countKey: matching().length
              | transloco: { count: (matching().length | localNumber) }
          }}
        }
      </p>
      <div class="scroll">
        <table class="figures">
          <thead>
            <tr>
              <th scope="col">{{ 'fields.members.name' | transloco }}</th>
              <th scope="col">{{ 'fields.members.email' | transloco }}</th>
              <th scope="col">{{ 'fields.members.roles' | transloco }}</th>
              <th scope="col">{{ 'fields.members.departmentIds' | transloco }}</th>
              <th scope="col">{{ 'common.status' | transloco }}</th>
              <th scope="col">
                <span class="visually-hidden">{{ 'planDetail.edit' | transloco }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (p of shown(); track p.member.id) {
              <tr>
                <th scope="row" [id]="'person-' + p.member.id" tabindex="-1">
                  {{ p.member.name }}
                  @if (p.member.title) {
                    <span class="title">{{ p.member.title }}</span>
                  }
                </th>
                <td>{{ p.member.email }}</td>
                <td>
                  @for (role of p.member.roles; track role; let last = $last) {
                    {{ 'roles.' + role | transloco }}{{ last ? '' : ', ' }}
                  }
                </td>
                <td>{{ p.departments }}</td>
                <td>{{ (p.member.active ? 'admin.active' : 'admin.inactive') | transloco }}</td>
                <td>
                  <a
                    [routerLink]="['/admin/people', p.member.id, 'edit']"
                    [attr.aria-label]="'admin.editMember' | transloco: { name: p.member.name }"
                    >{{ 'planDetail.edit' | transloco }}</a
                  >
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (shown().length < matching().length) {
        <p>
          <button mat-stroked-button type="button" (click)="showMore()">
            {{ 'review.showMore' | transloco: { count: (nextCount() | localNumber) } }}
          </button>
        </p>
      }
    </section>
    <app-data-export-section />
  `,
  styles: `
    .search {
      width: min(100%, 28rem);
    }
    .error {
      color: #8f1d14;
      font-weight: 600;
    }
    .title {
      display: block;
      font-weight: 400;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPage {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);
  /** The shown language's texts, once loaded: role names are searched as they read. */
  private readonly texts = toSignal(this.transloco.selectTranslation());
  /** How people sign in decides what saving a person means (an invitation, or a demo person). */
  protected readonly signInMethod = this.store.selectSignal(sessionFeature.selectSignInMethod);
  private readonly members = this.store.selectSignal(orgDataFeature.selectAllMembers);
  private readonly allDepartments = this.store.selectSignal(orgDataFeature.selectAllDepartments);
  private readonly departmentsById = this.store.selectSignal(selectDepartmentsById);

  protected readonly departments = computed(() =>
    [...this.allDepartments()]
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((department) => ({
        department,
        memberCount: this.members().filter((m) => m.departmentIds.includes(department.id)).length,
      })),
  );
  private readonly people = computed(() => {
    this.texts();
    return [...this.members()]
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((member) => {
        const departments = member.departmentIds
          .map((id) => this.departmentsById().get(id))
          .filter((d) => !!d);
        const roles = member.roles.map((role) => this.transloco.translate(`roles.${role}`));
        return {
          member,
          departments: departments.map((d) => d.shortName).join(', '),
          searched: [
            member.name,
            member.email,
            member.title,
            ...roles,
            ...departments.flatMap((d) => [d.name, d.shortName]),
          ],
        };
      });
  });

  /** The search, from the URL (`?person=…`): a link or the browser's Back keeps it. */
  readonly person = input<string>();
  protected readonly query = linkedSignal(() => this.person() ?? '');
  protected readonly matching = computed(() =>
    this.people().filter((p) => matchesSearch(this.query(), p.searched)),
  );
  /** A page at a time: a municipality has hundreds of people, a region thousands. */
  private readonly limit = linkedSignal({ source: this.query, computation: () => PEOPLE_PAGE });
  protected readonly shown = computed(() => this.matching().slice(0, this.limit()));
  protected readonly nextCount = computed(() =>
    Math.min(PEOPLE_PAGE, this.matching().length - this.shown().length),
  );

  private readonly filter = urlFilter<'person'>();
  protected search(text: string): void {
    this.query.set(text);
    this.filter('person', text.trim() ? text : null);
  }

  /** Shows the next page; keyboard users continue on its first person. */
  protected showMore(): void {
    const first = this.matching()[this.shown().length];
    this.limit.update((n) => n + PEOPLE_PAGE);
    afterNextRender(() => document.getElementById(`person-${first.member.id}`)?.focus(), {
      injector: this.injector,
    });
  }
}
