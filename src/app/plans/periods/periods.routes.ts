import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { PeriodsPage } from './periods-page';
import * as periodsEffects from './periods.effects';
import { periodsFeature } from './periods.feature';

/** The follow-up periods (a new period is created in the records feature). */
export const PERIODS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(periodsFeature), provideEffects(periodsEffects)],
    children: [{ path: '', component: PeriodsPage, title: 'nav.periods' }],
  },
];
