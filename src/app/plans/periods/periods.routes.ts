import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { PeriodsPage } from './periods-page';
import * as periodsEffects from './periods.effects';
import { periodsFeature } from './periods.feature';

export const PERIODS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(periodsFeature), provideEffects(periodsEffects)],
    component: PeriodsPage,
    title: 'nav.periods',
  },
];
