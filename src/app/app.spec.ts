import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';
import { provideTranslocoForTests } from './testing/transloco-testing';

describe('App shell', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideTranslocoForTests()],
    });
  });

  it('shows the product name, the main navigation and a skip link in Swedish', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('.product-name')?.textContent).toContain('Kompass');
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Huvudmeny');
    expect(element.querySelector('.skip-link')?.textContent?.trim()).toBe('Hoppa till innehållet');
  });

  it('offers the other language, named in that language', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const button: HTMLButtonElement = fixture.nativeElement.querySelector('button.language');
    expect(button.textContent?.trim()).toBe('English');
    expect(button.getAttribute('lang')).toBe('en');
  });
});
