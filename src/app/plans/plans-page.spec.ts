import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideStore, Store } from '@ngrx/store';
import { OrgDataApiActions } from '../core/org-data/org-data.actions';
import { orgDataFeature, STRUCTURE_KINDS } from '../core/org-data/org-data.feature';
import { selectCurrentPeriod } from '../core/org-data/org-data.selectors';
import { SessionApiActions } from '../core/session/session.actions';
import { sessionFeature } from '../core/session/session.feature';
import { buildDemoSeed } from '../data-access/local/demo-seed';
import { EntityKind, EntityMap } from '../domain/model';
import { provideTranslocoForTests } from '../testing/transloco-testing';
import { PlansPage } from './plans-page';

describe('PlansPage (the plans first, the counts of the large collections after)', () => {
  const seed = buildDemoSeed(new Date());
  const strategist = seed.members.find((m) => m.id === 'm-strateg-int')!;

  it('lists the plans with their goals once the structure and the summaries are in, and counts indicators and activities once they arrive', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslocoForTests(),
        provideStore({
          [orgDataFeature.name]: orgDataFeature.reducer,
          [sessionFeature.name]: sessionFeature.reducer,
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
    const fixture = TestBed.createComponent(PlansPage);
    const element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe('Hämtar uppgifter …');

    STRUCTURE_KINDS.forEach(arrive);
    const period = store.selectSignal(selectCurrentPeriod)()!;
    store.dispatch(OrgDataApiActions.summariesLoaded({ periodIds: [period.id], summaries: [] }));
    await fixture.whenStable();
    const plan = seed.plans.find((p) => p.id === 'plan-integration')!;
    const section = element.querySelector<HTMLElement>(`section[aria-labelledby="plan-${plan.id}"]`)!;
    expect(section.querySelector('h2')?.textContent?.trim()).toBe(plan.title);
    const goals = seed.goals.filter((g) => g.planId === plan.id);
    const areas = seed.focusAreas.filter((a) => a.planId === plan.id);
    expect(section.querySelectorAll('li app-status-chip').length).toBe(goals.length);
    const counts = () => section.querySelector('.counts')?.textContent?.trim();
    expect(counts()).toBe(
      `${areas.length} insatsområden · ${goals.length} mål · indikatorer och aktiviteter hämtas …`,
    );

    (['indicators', 'activities'] as const).forEach(arrive);
    await fixture.whenStable();
    const indicators = seed.indicators.filter((i) => i.planId === plan.id).length;
    const activities = seed.activities.filter((a) => a.planId === plan.id).length;
    expect(counts()).toBe(
      `${areas.length} insatsområden · ${goals.length} mål · ${indicators} indikatorer · ${activities} aktiviteter`,
    );
    fixture.destroy();
  });
});
