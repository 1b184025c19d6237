import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { CountKeyPipe, LocalDatePipe, LocalNumberPipe } from '../../core/i18n/format-pipes';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { loadFor } from '../../core/org-data/load-for';
import { sessionFeature } from '../../core/session/session.feature';
import { problemRows } from '../../domain/goal-import';
import {
  KOLADA_HEADERS,
  KoladaColumn,
  KoladaImport,
  MeasurementWrite,
  planKoladaImport,
} from '../../domain/kolada-import';
import {
  KoladaFetch,
  KoladaGroup,
  koladaPlaces,
  linkedKpis,
  placeIds,
  planKoladaFetch,
  storedComparisonGroup,
} from '../../domain/kolada-api';
import { KoladaGroupSearch } from './kolada-group-search';
import { KOLADA } from '../../data-access/kolada/kolada-address';
import {
  KoladaClient,
  KoladaFailed,
  KoladaProblem,
  KoladaProgress,
} from '../../data-access/kolada/kolada-client';
import { ReadProblem, readTable } from '../../shared/files/read-table';
import { fieldMessage } from '../../core/errors/error-message';
import { ImportProblemRow, ImportProblems } from '../../shared/ui/import-problems';
import { KoladaImportPageActions } from '../state/plan-writes.actions';
import { planWritesFeature } from '../state/plan-writes.feature';
import { checkWhenReady } from './check-when-ready';

/**
 * Indicator values from Kolada for every indicator that names the KPI: fetched from Kolada's API,
 * or from a Kolada export (KPI, municipality, year, gender, value); preview, then all values or none.
 */
import { FileChoice } from '../../shared/ui/file-choice';
@Component({
  selector: 'app-kolada-import-page',
  imports: [
    KoladaGroupSearch,
    FileChoice,
    TranslocoPipe,
    RouterLink,
    MatButtonModule,
    ImportProblems,
    LocalNumberPipe,
    CountKeyPipe,
    LocalDatePipe,
  ],
  templateUrl: './kolada-import-page.html',
  styleUrl: './goal-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KoladaImportPage {
  private readonly store = inject(Store);

  protected readonly editor = this.store.selectSignal(planWritesFeature.selectPlanWritesState);
  private readonly session = this.store.selectSignal(sessionFeature.selectSession);
  private readonly indicators = this.store.selectSignal(orgDataFeature.selectAllIndicators);
  private readonly measurements = this.store.selectSignal(orgDataFeature.selectAllMeasurements);
  protected readonly municipality = computed(() => this.session()?.organisation ?? null);
  protected readonly kpiCount = computed(
    () =>
      new Set(
        this.indicators()
          .map((i) => i.koladaKpi)
          .filter(Boolean),
      ).size,
  );

  private readonly kolada = inject(KOLADA);
  /** A plan (query parameter `plan`, from the plan page): the fetch is for its indicators only. */
  readonly plan = input<string>();
  private readonly plans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  protected readonly planTitle = computed(
    () => this.plans().find((p) => p.id === this.plan())?.title ?? null,
  );
  /** The indicators a fetch is for: the plan's, or every plan's. */
  private readonly fetchedIndicators = computed(() =>
    this.indicators().filter((i) => !this.plan() || i.planId === this.plan()),
  );
  /** The KPIs the indicators are linked to, and the years to fetch: the earliest baseline to now. */
  protected readonly linked = computed(() => {
    const indicators = this.fetchedIndicators().filter((i) => i.koladaKpi);
    const from = Math.min(new Date().getFullYear(), ...indicators.map((i) => i.baselineYear));
    return { kpis: linkedKpis(indicators), from, to: new Date().getFullYear() };
  });
  /** A fetch under way: where it is (null while it checks the KPIs); undefined when none is. */
  protected readonly fetching = signal<KoladaProgress | null | undefined>(undefined);
  protected readonly fetchProblem = signal<{ problem: KoladaProblem; detail: string } | null>(null);
  /** When the values shown were fetched (null: they come from a file). */
  protected readonly fetchedAt = signal<string | null>(null);
  private cancelFetch: AbortController | null = null;

  protected readonly fileName = signal<string | null>(null);
  protected readonly readProblem = signal<ReadProblem | null>(null);
  protected readonly result = signal<KoladaImport | null>(null);
  /**
   * The indicators and the values they already have must all be in before a file is checked against
   * them: a file chosen earlier would otherwise be read as unknown indicators and duplicate values.
   * A file can name any plan's indicators, so this page (alone) reads them all.
   */
  private readonly data = loadFor(() => [{ kind: 'indicators' }, { kind: 'measurements' }]);
  protected readonly dataReady = this.data.ready;
  /** A file's rows, checked once the data above has arrived. */
  private readonly rows = checkWhenReady(this.dataReady, (rows: Parameters<typeof planKoladaImport>[0]) =>
    this.result.set(
      planKoladaImport(rows, {
        municipalityCode: this.municipality()?.municipalityCode ?? '',
        indicators: this.indicators(),
        measurements: this.measurements(),
      }),
    ),
  );
  protected readonly waiting = this.rows.waiting;
  protected readonly badRows = computed(() => problemRows(this.result()?.problems ?? []));
  private readonly indicatorName = computed(() => new Map(this.indicators().map((i) => [i.id, i])));
  protected readonly preview = computed(() =>
    (this.result()?.writes ?? []).map((write) => ({
      write,
      indicator: this.indicatorName().get(write.draft.indicatorId)!,
    })),
  );

  constructor() {
    this.store.dispatch(KoladaImportPageActions.opened());
  }

  /** The problems as the table shows them: column names and messages in the person's language. */
  protected readonly problemTable = computed((): ImportProblemRow[] =>
    (this.result()?.problems ?? []).map((p) => ({
      row: p.row,
      column: this.columnName(p.column),
      message: fieldMessage(p.error),
    })),
  );

  protected columnName(column: KoladaColumn | null): string {
    return column ? KOLADA_HEADERS[column][0] : '';
  }

  /**
   * Fetches every linked KPI's values for the municipality from Kolada's API: first that Kolada has
   * each KPI, then every page of values; any failure stops it and nothing is saved. The values are
   * then shown as a file's would be, to save all or none.
   */
  /** A comparison group chosen on this page (for the next fetch). */
  protected readonly chosenGroup = signal<KoladaGroup | null>(null);
  /**
   * The group the next fetch compares with: the one chosen here, else the one the last fetch used
   * (stored with its values, so the weekly fetch uses it too), else the configured default.
   */
  protected readonly comparisonGroup = computed(
    () => this.chosenGroup() ?? storedComparisonGroup(this.measurements()) ?? this.kolada.comparisonGroup,
  );

  protected async fetchFromKolada(): Promise<void> {
    const { kpis, from, to } = this.linked();
    const code = this.municipality()?.municipalityCode ?? '';
    if (kpis.length === 0 || !code || this.fetching() !== undefined) return;
    this.result.set(null);
    this.rows.cancel();
    this.readProblem.set(null);
    this.fileName.set(null);
    this.fetchProblem.set(null);
    this.fetchedAt.set(null);
    const controller = new AbortController();
    this.cancelFetch = controller;
    this.fetching.set(null);
    const client = new KoladaClient(this.kolada.baseUrl);
    try {
      await client.kpis(kpis, controller.signal);
      const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      const places = koladaPlaces(code, this.comparisonGroup());
      const figures = await client.figures(kpis, placeIds(places), years, {
        signal: controller.signal,
        progress: (step) => this.fetching.set(step),
      });
      const fetchedAt = new Date().toISOString();
      this.fetchedAt.set(fetchedAt);
      this.result.set(
        planKoladaFetch(figures, {
          municipalityCode: code,
          group: places.group,
          indicators: this.fetchedIndicators(),
          measurements: this.measurements(),
          fetchedAt,
        }),
      );
    } catch (error) {
      if (!(error instanceof KoladaFailed)) throw error;
      this.fetchProblem.set({ problem: error.problem, detail: error.detail });
    } finally {
      this.fetching.set(undefined);
      this.cancelFetch = null;
    }
  }

  protected stopFetching(): void {
    this.cancelFetch?.abort();
  }

  /** Revised and missing counts of a fetch (0 for a file). */
  protected readonly fetchNotes = computed(() => {
    const result = this.result() as Partial<KoladaFetch> | null;
    return { revised: result?.revised?.length ?? 0, missing: result?.missing ?? 0 };
  });

  protected readonly genders = ['total', 'women', 'men'] as const;

  protected isMissing(draft: MeasurementWrite['draft'], gender: 'total' | 'women' | 'men'): boolean {
    return (draft.missing ?? []).includes(gender);
  }

  protected async chooseFile(file: File | null): Promise<void> {
    this.fetchProblem.set(null);
    this.fetchedAt.set(null);
    this.result.set(null);
    this.rows.cancel();
    this.readProblem.set(null);
    this.fileName.set(file?.name ?? null);
    if (!file) return;
    const read = await readTable(file);
    if (!read.ok) {
      this.readProblem.set(read.problem);
      return;
    }
    this.rows.check(read.rows);
  }

  protected importAll(): void {
    const result = this.result();
    if (!result || result.problems.length > 0 || result.writes.length === 0) return;
    this.store.dispatch(KoladaImportPageActions.importConfirmed({ values: result.writes }));
  }
}
