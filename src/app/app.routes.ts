import { Routes } from '@angular/router';
import { HomePage } from './core/pages/home-page';

export const routes: Routes = [
  { path: '', component: HomePage, title: 'nav.home' },
  {
    path: '**',
    loadComponent: () => import('./core/pages/not-found-page').then((m) => m.NotFoundPage),
    title: 'nav.notFound',
  },
];
