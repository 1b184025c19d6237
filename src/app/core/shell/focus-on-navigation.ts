import { DOCUMENT, Injectable, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/**
 * After each in-app navigation to another page, focus moves to the new page's h1 so that
 * screen-reader and keyboard users start at the top of the new content (WCAG 2.4.3). The first
 * load keeps the browser's default focus, and so does a change of the query alone: a filter, a
 * period choice or a search typed on the same page keeps the focus where the person is (3.2.2).
 * An address with a fragment (`/plans/p#goal-g`, after a new goal is saved) focuses that element
 * instead, once the page has drawn it.
 */
@Injectable({ providedIn: 'root' })
export class FocusOnNavigation {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private started = false;

  start(): void {
    if (this.started) return;
    this.started = true;
    let path: string | null = null;
    this.router.events.pipe(filter((e) => e instanceof NavigationEnd)).subscribe((end) => {
      const previous = path;
      path = pathOf(end.urlAfterRedirects);
      if (previous === null || previous === path) return;
      const fragment = end.urlAfterRedirects.split('#')[1];
      // Wait for the routed component (and any @defer placeholder) to render.
      setTimeout(
        () => (fragment ? this.focusWhenThere(decodeURIComponent(fragment)) : this.focusHeading()),
        0,
      );
    });
  }

  /** Focuses the element with this id as soon as the page has drawn it (its data may still be coming). */
  private focusWhenThere(id: string): void {
    const focus = (element: HTMLElement) => {
      if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'start' });
    };
    const found = this.document.getElementById(id);
    if (found) return focus(found);
    this.focusHeading();
    const observer = new MutationObserver(() => {
      const element = this.document.getElementById(id);
      if (!element) return;
      observer.disconnect();
      focus(element);
    });
    observer.observe(this.document.body, { childList: true, subtree: true });
    // Nobody waits for ever: an id that never comes (a removed record) stops the watch.
    setTimeout(() => observer.disconnect(), 15_000);
  }

  private focusHeading(): void {
    const heading = this.document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

/** The page an address names: without its query and fragment. */
export function pathOf(url: string): string {
  return url.split(/[?#]/)[0];
}
