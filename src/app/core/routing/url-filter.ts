import { inject } from '@angular/core';
import { Router } from '@angular/router';

/**
 * For a page whose filters live in its address (call in the constructor or a field initialiser):
 * sets one filter — an empty value removes it — replacing the history entry, so that a filtered
 * view can be shared, survives a reload, and Back leaves the page instead of undoing each choice.
 */
export function urlFilter<Name extends string>(): (name: Name, value: string | null) => void {
  const router = inject(Router);
  return (name, value) =>
    void router.navigate([], {
      queryParams: { [name]: value || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
}
