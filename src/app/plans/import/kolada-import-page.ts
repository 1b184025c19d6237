import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { CountKeyPipe, LocalNumberPipe } from '../../core/i18n/format-pipes';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { loadFor } from '../../core/org-data/load-for';
import { sessionFeature } from '../../core/session/session.feature';
import { problemRows } from '../../domain/goal-import';
import { KOLADA_HEADERS, KoladaColumn, KoladaImport, planKoladaImport } from '../../domain/kolada-import';
import { ReadProblem, readTable } from '../../shared/files/read-table';
import { fieldMessage } from '../../core/errors/error-message';
import { ImportProblemRow, ImportProblems } from '../../shared/ui/import-problems';
import { KoladaImportPageActions } from '../state/plan-writes.actions';
import { planWritesFeature } from '../state/plan-writes.feature';
import { checkWhenReady } from './check-when-ready';

/**
 * Indicator values from a Kolada export (KPI, municipality, year, gender, value) for every
 * indicator that names the KPI: preview, then all values or none.
 */
import { FileChoice } from '../../shared/ui/file-choice';
@Component({
  selector: 'app-kolada-import-page',
  imports: [
    FileChoice,
    TranslocoPipe,
    RouterLink,
    MatButtonModule,
    ImportProblems,
    LocalNumberPipe,
    CountKeyPipe,
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

  protected readonly fileName = signal<string | null>(null);
  protected readonly readProblem = signal<ReadProblem | null>(null);
  protected readonly result = signal<KoladaImport | null>(null);
  /**
   * The indicators and the values they already have must all be in before a file is checked against
   * them: a file chosen earlier would otherwise be read as unknown indicators and duplicate values.
   * A file can name any plan's indicators, so this page (alone) reads them all.
   */
  private readonly data = loadFor(() => [{ kind: 'indicators' }, { kind: 'measurements' }]);
  private readonly dataReady = this.data.ready;
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

  protected async chooseFile(file: File | null): Promise<void> {
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
