import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { orgDataFeature } from '../core/org-data/org-data.feature';
import { selectDepartmentsById } from '../core/org-data/org-data.selectors';

/** Departments and people of the organisation, for the administrator to keep current. */
@Component({
  selector: 'app-admin-page',
  imports: [TranslocoPipe, RouterLink, MatButtonModule],
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
        <a mat-flat-button routerLink="/admin/people/new">{{ 'editor.members.new' | transloco }}</a>
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
            @for (p of people(); track p.member.id) {
              <tr>
                <th scope="row">
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
    </section>
  `,
  styles: `
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
  protected readonly people = computed(() =>
    [...this.members()]
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((member) => ({
        member,
        departments: member.departmentIds
          .map((id) => this.departmentsById().get(id)?.shortName ?? '')
          .filter(Boolean)
          .join(', '),
      })),
  );
}
