import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { ReportFormPage } from './report-form/report-form-page';
import * as reportFormEffects from './state/report-form.effects';
import { reportFormFeature } from './state/report-form.feature';

/** One report, of a goal or of an activity; its state and effects load with it. */
export const REPORT_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(reportFormFeature), provideEffects(reportFormEffects)],
    children: [
      {
        path: ':periodId/activity/:activityId/:departmentId',
        component: ReportFormPage,
        title: 'nav.report',
      },
      { path: ':periodId/:goalId/:departmentId', component: ReportFormPage, title: 'nav.report' },
    ],
  },
];
