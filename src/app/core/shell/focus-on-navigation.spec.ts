import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { FocusOnNavigation, pathOf } from './focus-on-navigation';

@Component({
  selector: 'app-a-page',
  template: '<h1>Sidan</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class APage {}

describe('FocusOnNavigation (where the focus goes after a navigation)', () => {
  it('names the page of an address without its query and fragment', () => {
    expect(pathOf('/admin?person=sam')).toBe('/admin');
    expect(pathOf('/overview#plan-1')).toBe('/overview');
    expect(pathOf('/plans/p1')).toBe('/plans/p1');
  });

  it('moves the focus to the h1 on another page, and leaves it where it is when only the query changes', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'a', component: APage },
          { path: 'b', component: APage },
        ]),
      ],
    });
    const main = document.createElement('main');
    document.body.appendChild(main);
    const router = TestBed.inject(Router);
    TestBed.inject(FocusOnNavigation).start();
    const render = async (url: string) => {
      await router.navigateByUrl(url);
      main.innerHTML = '<h1>Sidan</h1><input aria-label="Sök" />';
      await new Promise((resolve) => setTimeout(resolve, 10));
    };
    try {
      await render('/a');
      const input = () => main.querySelector('input')!;
      input().focus();
      await router.navigateByUrl('/a?q=x');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(document.activeElement).toBe(input());

      await render('/b');
      expect(document.activeElement).toBe(main.querySelector('h1'));
    } finally {
      main.remove();
    }
  });
});
