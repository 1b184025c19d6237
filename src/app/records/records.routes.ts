import { Route, Routes } from '@angular/router';
import { requireRole } from '../core/session/session.guard';
import { Role } from '../domain/model';
import type { EditableKind } from './entity-forms';

const editor = (path: string, kind: EditableKind, title: string, role: Role): Route => ({
  path,
  canActivate: [requireRole(role)],
  loadChildren: () => import('./record-editor.routes').then((m) => m.recordEditorRoutes(kind, title)),
});

/**
 * The record editor's pages, by full path: the shell mounts them before the plans, periods and
 * administration pages, which link to them. The guard here, the policy in the backend on every
 * write.
 */
export const RECORD_ROUTES: Routes = [
  editor('plans/:planId/focus-areas/new', 'focusAreas', 'nav.editArea', 'strategist'),
  editor('plans/:planId/focus-areas/:id/edit', 'focusAreas', 'nav.editArea', 'strategist'),
  editor('plans/:planId/goals/new', 'goals', 'nav.editGoal', 'strategist'),
  editor('plans/:planId/goals/:id/edit', 'goals', 'nav.editGoal', 'strategist'),
  editor('plans/:planId/goals/:goalId/indicators/new', 'indicators', 'nav.editIndicator', 'strategist'),
  editor('plans/:planId/indicators/:id/edit', 'indicators', 'nav.editIndicator', 'strategist'),
  editor('plans/:planId/goals/:goalId/activities/new', 'activities', 'nav.editActivity', 'strategist'),
  editor('plans/:planId/activities/:id/edit', 'activities', 'nav.editActivity', 'strategist'),
  editor('periods/new', 'periods', 'nav.newPeriod', 'strategist'),
  editor('admin/departments/new', 'departments', 'nav.editDepartment', 'admin'),
  editor('admin/departments/:id/edit', 'departments', 'nav.editDepartment', 'admin'),
  editor('admin/people/new', 'members', 'nav.editMember', 'admin'),
  editor('admin/people/:id/edit', 'members', 'nav.editMember', 'admin'),
];
