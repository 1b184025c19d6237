import { Routes } from '@angular/router';
import { AdminPage } from './admin-page';

/**
 * The administrator's page: departments and people with their roles and memberships (each one is
 * edited in the records feature, mounted beside this one by the shell).
 */
export const ADMIN_ROUTES: Routes = [{ path: '', component: AdminPage, title: 'nav.admin' }];
