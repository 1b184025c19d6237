import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { sessionFeature } from '../../core/session/session.feature';
import { createTestIndicator } from '../../testing/builders';
import { chooseCsv } from '../../testing/files';
import { provideTranslocoForTests } from '../../testing/transloco-testing';
import { planWritesFeature } from '../state/plan-writes.feature';
import { KoladaImportPage } from './kolada-import-page';
import { KOLADA } from '../../data-access/kolada/kolada-address';

describe('KoladaImportPage (a file chosen before the indicators have arrived)', () => {
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  it('waits for the indicators and their values before checking the file', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslocoForTests(),
        { provide: KOLADA, useValue: { baseUrl: 'http://127.0.0.1:9/v3', comparisonGroup: null } },
        provideMockStore({
          selectors: [
            {
              selector: planWritesFeature.selectPlanWritesState,
              value: { saving: false, saves: 0, message: null, fieldErrors: {}, failedIndex: null },
            },
            {
              selector: sessionFeature.selectSession,
              value: {
                member: {},
                organisation: { id: 'o', name: 'Halmstads kommun', municipalityCode: '1380' },
              },
            },
            { selector: orgDataFeature.selectAllIndicators, value: [] },
            { selector: orgDataFeature.selectAllMeasurements, value: [] },
            { selector: orgDataFeature.selectAllPlans, value: [] },
            { selector: orgDataFeature.selectQueries, value: [] },
            { selector: orgDataFeature.selectLoadedQueries, value: [] },
          ],
        }),
      ],
    });
    const store = TestBed.inject(MockStore);
    const fixture = TestBed.createComponent(KoladaImportPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector<HTMLInputElement>('#kolada-file')!;
    const outcome = () => element.querySelector('.outcome')?.textContent ?? '';
    // Read, and waiting for the indicators and their values.
    await chooseCsv(fixture, input, 'kolada.csv', 'KPI;Kommun;År;Kön;Värde\nN00945;1380;2030;T;47,5\n', () =>
      outcome().includes('Hämtar'),
    );
    // Not judged against an empty set of indicators ("no indicator uses N00945").
    expect(element.querySelector('.outcome')?.textContent).not.toContain('hoppas över');

    store.overrideSelector(orgDataFeature.selectAllIndicators, [
      createTestIndicator({ id: 'i1', koladaKpi: 'N00945' }),
    ]);
    store.overrideSelector(orgDataFeature.selectLoadedQueries, [
      { kind: 'indicators' },
      { kind: 'measurements' },
    ]);
    store.refreshState();
    await fixture.whenStable();
    expect(element.querySelector('.outcome')?.textContent).not.toContain('Hämtar');
    expect(element.textContent).toContain('Allt ser bra ut: 1 värde importeras');
  });
});
