import { Routes } from '@angular/router';
import { NoticesPage } from './notices-page';
import { SettingsPage } from './settings-page';

/** A person's notices (the state is the shell's: the toolbar counts them on every page). */
export const NOTICES_ROUTES: Routes = [{ path: '', component: NoticesPage, title: 'nav.notices' }];

export const SETTINGS_ROUTES: Routes = [{ path: '', component: SettingsPage, title: 'nav.settings' }];
