import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideStore, Store } from '@ngrx/store';
import { OrgDataApiActions } from '../../core/org-data/org-data.actions';
import { orgDataFeature, STRUCTURE_KINDS } from '../../core/org-data/org-data.feature';
import { SessionApiActions } from '../../core/session/session.actions';
import { sessionFeature } from '../../core/session/session.feature';
import { buildDemoSeed } from '../../data-access/local/demo-seed';
import { EntityKind, EntityMap } from '../../domain/model';
import { provideTranslocoForTests } from '../../testing/transloco-testing';
import { editorFeature } from '../editor/editor.feature';
import { PlanDetailPage } from './plan-detail-page';

describe('PlanDetailPage (goals first, the large collections after)', () => {
  const seed = buildDemoSeed(new Date());
  const plan = seed.plans.find((p) => p.id === 'plan-integration')!;
  const strategist = seed.members.find((m) => m.id === 'm-strateg-int')!;
  const goalTitles = seed.goals.filter((g) => g.planId === plan.id).map((g) => g.title);
  const firstIndicator = seed.indicators.find((i) => i.planId === plan.id)!;

  async function render() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslocoForTests(),
        provideStore({
          [orgDataFeature.name]: orgDataFeature.reducer,
          [sessionFeature.name]: sessionFeature.reducer,
          [editorFeature.name]: editorFeature.reducer,
        }),
      ],
    });
    const store = TestBed.inject(Store);
    store.dispatch(
      SessionApiActions.signedIn({
        session: {
          member: strategist,
          organisation: { id: 'org', name: 'Halmstad', municipalityCode: '1380' },
        },
      }),
    );
    const arrive = (kind: EntityKind) =>
      store.dispatch(
        OrgDataApiActions.collectionLoaded({
          kind,
          records: seed[kind as keyof typeof seed] as EntityMap[EntityKind][],
        }),
      );
    const fixture = TestBed.createComponent(PlanDetailPage);
    fixture.componentRef.setInput('planId', plan.id);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = () => fixture.whenStable();
    return { store, arrive, fixture, element, settle };
  }

  const goals = (element: HTMLElement) =>
    [...element.querySelectorAll('article.goal h3 > span')].map((s) => s.textContent);
  const pending = (element: HTMLElement) => element.querySelector('.pending')?.textContent?.trim();
  const removeButtons = (element: HTMLElement) => [
    ...element.querySelectorAll<HTMLButtonElement>('button[id^=remove-]'),
  ];

  it('shows the goals with their statuses once the structure and the plan’s reports are in, before indicators arrive', async () => {
    const { store, arrive, fixture, element, settle } = await render();
    expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe('Hämtar uppgifter …');
    STRUCTURE_KINDS.forEach(arrive);
    await settle();
    // The plan's reports: everything the page asked for has arrived.
    store.dispatch(
      OrgDataApiActions.reportsLoaded({
        queries: [{ planId: plan.id }],
        records: seed.reports.filter((r) => r.planId === plan.id),
      }),
    );
    await settle();

    expect(element.querySelector('h1')?.textContent).toBe(plan.title);
    expect(goals(element)).toEqual(jasmine.arrayWithExactContents(goalTitles));
    expect(element.querySelectorAll('article.goal app-status-chip').length).toBe(goalTitles.length);
    expect(pending(element)).toBe('Indikatorer och aktiviteter hämtas …');
    expect(element.textContent).not.toContain(firstIndicator.name);
    // Removing a focus area removes what is under it: not before that has arrived.
    expect(removeButtons(element).length).toBeGreaterThan(0);
    expect(removeButtons(element).every((b) => b.disabled)).toBeTrue();

    (['indicators', 'activities', 'measurements'] as const).forEach(arrive);
    await settle();
    expect(pending(element)).toBeUndefined();
    expect(element.textContent).toContain(firstIndicator.name);
    expect(removeButtons(element).every((b) => !b.disabled)).toBeTrue();
    fixture.destroy();
  });
});
