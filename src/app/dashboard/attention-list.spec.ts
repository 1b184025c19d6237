import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { createTestGoal } from '../testing/builders';
import { provideTranslocoForTests } from '../testing/transloco-testing';
import { AttentionList } from './attention-list';
import { AttentionItem } from './overview';

describe('AttentionList (a plan’s goals needing attention: the first ten, then all on request)', () => {
  const item = (n: number): AttentionItem => ({
    goal: createTestGoal({ id: `g${n}`, title: `Mål ${n}` }),
    area: undefined,
    status: 'off-track',
    report: {
      id: `r${n}`,
      goalId: `g${n}`,
      departmentId: 'd1',
      status: 'off-track',
      analysis: `Analys ${n}`,
    },
    department: undefined,
    change: 'unchanged',
    contributions: [],
  });

  function render(count: number) {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideTranslocoForTests()] });
    const fixture = TestBed.createComponent(AttentionList);
    fixture.componentRef.setInput(
      'items',
      Array.from({ length: count }, (_, i) => item(i + 1)),
    );
    fixture.componentRef.setInput('periodId', 'p1');
    fixture.componentRef.setInput('planTitle', 'Integrationsplanen');
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const shown = () => element.querySelectorAll('article').length;
    const button = () => element.querySelector('button');
    return { fixture, element, shown, button };
  }

  it('shows all of a short list, with no button', () => {
    const { shown, button } = render(4);
    expect(shown()).toBe(4);
    expect(button()).toBeNull();
  });

  it('shows the first ten of a long list, all on request, and the first ten again', () => {
    const { fixture, shown, button } = render(23);
    expect(shown()).toBe(10);
    expect(button()?.textContent).toContain('Visa alla 23 mål');
    expect(button()?.getAttribute('aria-expanded')).toBe('false');
    button()!.click();
    fixture.detectChanges();
    expect(shown()).toBe(23);
    expect(button()?.getAttribute('aria-expanded')).toBe('true');
    button()!.click();
    fixture.detectChanges();
    expect(shown()).toBe(10);
  });

  it('links each goal to its lead report of the period, with the analysis as written', () => {
    const { element } = render(1);
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/reporting/p1/g1/d1');
    expect(element.querySelector('.pre')?.textContent).toBe('Analys 1');
  });

  it('says so when nothing needs attention', () => {
    const { element } = render(0);
    expect(element.textContent).toContain('Inga mål avviker');
  });
});
