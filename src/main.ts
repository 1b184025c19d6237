import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { startBackend } from './app/core/backend/start-backend';

startBackend()
  .then((startup) => bootstrapApplication(App, appConfig(startup)))
  .catch((err) => console.error(err));
