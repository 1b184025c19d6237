import { TestBed } from '@angular/core/testing';
import { ActionReducer } from '@ngrx/store';
import { planRecords } from '../../core/org-data/record-queries';
import { STRUCTURE_KINDS } from '../../core/org-data/org-data.feature';
import { setUpDemoStore } from '../../testing/demo-store';
import { planWritesFeature } from '../state/plan-writes.feature';
import { PlanDetailPage } from './plan-detail-page';

describe("PlanDetailPage (goals first, the plan's indicators and activities after)", () => {
  async function render(planId: string) {
    const { seed, store, arrive, deliver } = setUpDemoStore('m-strateg-int', {
      [planWritesFeature.name]: planWritesFeature.reducer as ActionReducer<object>,
    });
    const fixture = TestBed.createComponent(PlanDetailPage);
    fixture.componentRef.setInput('planId', planId);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = () => fixture.whenStable();
    return { seed, store, arrive, deliver, fixture, element, settle };
  }

  const goals = (element: HTMLElement) =>
    [...element.querySelectorAll('article.goal h3 > span')].map((s) => s.textContent);
  const pending = (element: HTMLElement) => element.querySelector('.pending')?.textContent?.trim();
  const removeButtons = (element: HTMLElement) => [
    ...element.querySelectorAll<HTMLButtonElement>('button[id^=remove-]'),
  ];

  it('shows the goals with their statuses once the structure and the plan’s reports are in, before indicators arrive', async () => {
    const { seed, arrive, deliver, fixture, element, settle } = await render('plan-integration');
    const plan = seed.plans.find((p) => p.id === 'plan-integration')!;
    const goalTitles = seed.goals.filter((g) => g.planId === plan.id).map((g) => g.title);
    const firstIndicator = seed.indicators.find((i) => i.planId === plan.id)!;
    expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe('Hämtar uppgifter …');
    STRUCTURE_KINDS.forEach(arrive);
    await settle();
    // The plan's reports: everything the page asked for has arrived.
    deliver({ kind: 'reports', planId: plan.id });
    await settle();

    expect(element.querySelector('h1')?.textContent).toBe(plan.title);
    // Theme and status read as two words, not one ("IntegrationAntagen").
    expect(element.querySelector('p.meta')?.textContent?.replace(/\s+/g, ' ')).toMatch(
      /^ ?\S+ Antagen Gäller/,
    );
    expect(goals(element)).toEqual(jasmine.arrayWithExactContents(goalTitles));
    expect(element.querySelectorAll('article.goal > h3 app-status-chip').length).toBe(goalTitles.length);
    expect(pending(element)).toBe('Indikatorer och aktiviteter hämtas …');
    expect(element.textContent).not.toContain(firstIndicator.name);
    // Removing a focus area removes what is under it: not before that has arrived.
    expect(removeButtons(element).length).toBeGreaterThan(0);
    expect(removeButtons(element).every((b) => b.disabled)).toBeTrue();

    deliver(...planRecords(plan.id));
    await settle();
    expect(pending(element)).toBeUndefined();
    expect(element.textContent).toContain(firstIndicator.name);
    expect(removeButtons(element).every((b) => !b.disabled)).toBeTrue();
    fixture.destroy();
  });
});
