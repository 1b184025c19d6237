import { TestBed } from '@angular/core/testing';
import { provideTranslocoForTests } from '../../testing/transloco-testing';
import { FilterSelect } from './filter-select';

describe('FilterSelect (one labelled filter of a filter bar)', () => {
  function render(value: string | null) {
    TestBed.configureTestingModule({ providers: [provideTranslocoForTests()] });
    const fixture = TestBed.createComponent(FilterSelect);
    fixture.componentRef.setInput('inputId', 'f-plan');
    fixture.componentRef.setInput('label', 'Handlingsplan');
    fixture.componentRef.setInput('allLabel', 'Alla');
    fixture.componentRef.setInput('options', [
      { value: 'p1', label: 'Integration' },
      { value: 'done', label: 'state.approved', key: true },
    ]);
    fixture.componentRef.setInput('value', value);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const select = element.querySelector('select')!;
    return { fixture, element, select };
  }

  it('is labelled, offers "all" first, and says a translated choice in the reader’s language', () => {
    const { element, select } = render(null);
    expect(element.querySelector('label')?.getAttribute('for')).toBe('f-plan');
    expect(select.id).toBe('f-plan');
    expect([...select.options].map((o) => [o.value, o.textContent?.trim()])).toEqual([
      ['', 'Alla'],
      ['p1', 'Integration'],
      ['done', 'Godkänd'],
    ]);
    expect(select.value).toBe('');
  });

  it('shows the chosen value, and tells what is chosen (empty for all)', () => {
    const { fixture, select } = render('p1');
    expect(select.value).toBe('p1');
    const chosen: string[] = [];
    fixture.componentInstance.chosen.subscribe((v) => chosen.push(v));
    select.value = '';
    select.dispatchEvent(new Event('change'));
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    expect(chosen).toEqual(['', 'done']);
  });
});
