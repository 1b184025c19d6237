import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { PublicListPage } from './public-list-page';
import { PublicPlanPage } from './public-plan-page';
import { PublishPage } from './publish-page';
import * as publishingEffects from './state/publishing.effects';
import { publishingFeature } from './state/publishing.feature';

/** The published follow-up: readable by anyone, without signing in. */
export const PUBLIC_ROUTES: Routes = [
  { path: '', component: PublicListPage, title: 'nav.public' },
  { path: ':planId/:periodId', component: PublicPlanPage, title: 'nav.public' },
];

/** Publishing it (strategists; the shell guards the route). */
export const PUBLISH_ROUTES: Routes = [
  {
    path: ':planId',
    component: PublishPage,
    title: 'nav.publish',
    providers: [provideState(publishingFeature), provideEffects(publishingEffects)],
  },
];
