import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { ReviewPage } from './review-page';
import * as reviewEffects from './review.effects';
import { reviewFeature } from './review.feature';

export const REVIEW_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(reviewFeature), provideEffects(reviewEffects)],
    component: ReviewPage,
    title: 'nav.review',
  },
];
