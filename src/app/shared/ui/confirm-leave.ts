import { CanDeactivateFn } from '@angular/router';

/** Leaving a form with unsaved changes asks first (the browser's own, accessible, dialog). */
export const confirmLeave: CanDeactivateFn<{ hasUnsavedChanges(): boolean }> = (page) =>
  !page.hasUnsavedChanges() ||
  window.confirm(document.documentElement.lang === 'en' ? 'Leave without saving?' : 'Lämna utan att spara?');
