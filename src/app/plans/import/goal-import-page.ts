import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LanguageService } from '../../core/i18n/language';
import { orgDataFeature } from '../../core/org-data/org-data.feature';
import { GOAL_IMPORT_COLUMNS, GOAL_IMPORT_HEADERS, GoalImportColumn } from '../../domain/goal-import-columns';
import { GoalImport, planGoalImport, problemRows } from '../../domain/goal-import';
import { Id } from '../../domain/model';
import { downloadCsv, downloadXlsx, ExportTable } from '../../shared/files/export';
import { ReadProblem, readTable } from '../../shared/files/read-table';
import { fieldMessage } from '../../core/errors/error-message';
import { ImportProblemRow, ImportProblems } from '../../shared/ui/import-problems';
import { GoalImportPageActions } from '../state/plan-writes.actions';
import { planWritesFeature } from '../state/plan-writes.feature';
import { checkWhenReady } from './check-when-ready';
import { CountKeyPipe } from '../../core/i18n/format-pipes';

/**
 * Bulk import of goals and indicators into a plan from CSV or Excel: template, preview with every
 * problem by row and column, and an import that writes all of it or nothing.
 */
import { FileChoice } from '../../shared/ui/file-choice';
@Component({
  selector: 'app-goal-import-page',
  imports: [FileChoice, TranslocoPipe, RouterLink, MatButtonModule, ImportProblems, CountKeyPipe],
  templateUrl: './goal-import-page.html',
  styleUrl: './goal-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalImportPage {
  private readonly store = inject(Store);
  private readonly language = inject(LanguageService);

  /** Route parameter. */
  readonly planId = input.required<string>();

  protected readonly editor = this.store.selectSignal(planWritesFeature.selectPlanWritesState);
  private readonly plans = this.store.selectSignal(orgDataFeature.selectAllPlans);
  private readonly focusAreas = this.store.selectSignal(orgDataFeature.selectAllFocusAreas);
  private readonly goals = this.store.selectSignal(orgDataFeature.selectAllGoals);
  private readonly departments = this.store.selectSignal(orgDataFeature.selectAllDepartments);
  protected readonly plan = computed(() => this.plans().find((p) => p.id === this.planId()) ?? null);

  private readonly loaded = this.store.selectSignal(orgDataFeature.selectLoaded);
  /** The plan's focus areas and goals and the departments: a file is checked against them. */
  private readonly dataReady = computed(
    () => !!this.loaded().focusAreas && !!this.loaded().goals && !!this.loaded().departments,
  );
  /** A file's rows, checked once the data above has arrived. */
  private readonly rows = checkWhenReady(this.dataReady, (rows: Parameters<typeof planGoalImport>[0]) => {
    const planId = this.planId();
    this.result.set(
      planGoalImport(rows, {
        planId,
        focusAreas: this.focusAreas().filter((a) => a.planId === planId),
        goals: this.goals().filter((g) => g.planId === planId),
        departments: this.departments(),
        newId: (kind) => `${kind}-${crypto.randomUUID()}`,
      }),
    );
  });
  protected readonly waiting = this.rows.waiting;
  protected readonly fileName = signal<string | null>(null);
  protected readonly reading = signal(false);
  protected readonly readProblem = signal<ReadProblem | null>(null);
  protected readonly result = signal<GoalImport | null>(null);
  protected readonly badRows = computed(() => problemRows(this.result()?.problems ?? []));
  /** The preview: each new goal with its focus area, lead department and indicators. */
  protected readonly preview = computed(() => {
    const result = this.result();
    if (!result) return [];
    const areaTitle = new Map<Id, string>([
      ...this.focusAreas().map((a): [Id, string] => [a.id, a.title]),
      ...result.focusAreas.map((a): [Id, string] => [a.id, a.title]),
    ]);
    const departmentName = new Map(this.departments().map((d) => [d.id, d.name]));
    return result.goals.map((goal) => ({
      goal,
      area: areaTitle.get(goal.focusAreaId) ?? '',
      lead: departmentName.get(goal.leadDepartmentId) ?? '',
      indicators: result.indicators.filter((i) => i.goalId === goal.id).map((i) => i.name),
    }));
  });

  constructor() {
    this.store.dispatch(GoalImportPageActions.opened());
  }

  /** The problems as the table shows them: column names and messages in the person's language. */
  protected readonly problemTable = computed((): ImportProblemRow[] =>
    (this.result()?.problems ?? []).map((p) => ({
      row: p.row,
      column: this.columnName(p.column),
      message: fieldMessage(p.error),
    })),
  );

  protected columnName(column: GoalImportColumn | null): string {
    if (!column) return '';
    return GOAL_IMPORT_HEADERS[column][this.language.current() === 'en' ? 1 : 0];
  }

  protected async chooseFile(file: File | null): Promise<void> {
    this.result.set(null);
    this.rows.cancel();
    this.readProblem.set(null);
    this.fileName.set(file?.name ?? null);
    if (!file) return;
    this.reading.set(true);
    const read = await readTable(file);
    this.reading.set(false);
    if (!read.ok) {
      this.readProblem.set(read.problem);
      return;
    }
    this.rows.check(read.rows);
  }

  protected importAll(): void {
    const result = this.result();
    if (!result || result.problems.length > 0 || result.goals.length === 0) return;
    this.store.dispatch(GoalImportPageActions.importConfirmed({ planId: this.planId(), result }));
  }

  /** The template: every column, with two example rows using this organisation's departments. */
  private template(): ExportTable {
    const english = this.language.current() === 'en';
    const names = this.departments()
      .filter((d) => d.active)
      .map((d) => d.name);
    const example: Partial<Record<GoalImportColumn, string>>[] = [
      {
        focusArea: english ? 'Work and self-sufficiency' : 'Arbete och egen försörjning',
        goal: english ? 'More newly arrived people in work' : 'Fler nyanlända i arbete',
        leadDepartment: names[0] ?? '',
        contributingDepartments: names[1] ?? '',
        goalTargetYear: '2030',
        indicator: english ? 'Share in work or studies' : 'Andel i arbete eller studier',
        unit: '%',
        baselineValue: '41,5',
        baselineYear: '2024',
        targetValue: '60',
        targetYear: '2030',
        direction: english ? 'increase' : 'öka',
        source: 'Kolada',
        koladaKpi: 'N00945',
        genderDisaggregated: english ? 'yes' : 'ja',
        cemrArticles: '11',
        sdgTargets: '8.5; 10.2',
      },
      {
        focusArea: english ? 'Work and self-sufficiency' : 'Arbete och egen försörjning',
        goal: english ? 'More newly arrived people in work' : 'Fler nyanlända i arbete',
        leadDepartment: names[0] ?? '',
        indicator: english ? 'Long-term unemployment' : 'Långtidsarbetslöshet',
        unit: '%',
        baselineValue: '6,2',
        baselineYear: '2024',
        targetValue: '4',
        targetYear: '2030',
        direction: english ? 'decrease' : 'minska',
        source: english ? 'Own statistics' : 'Egen statistik',
        genderDisaggregated: english ? 'yes' : 'ja',
      },
    ];
    return {
      name: english ? 'Goals' : 'Mål',
      header: GOAL_IMPORT_COLUMNS.map((c) => GOAL_IMPORT_HEADERS[c][english ? 1 : 0]),
      rows: example.map((row) => GOAL_IMPORT_COLUMNS.map((c) => row[c] ?? '')),
    };
  }

  protected downloadTemplate(format: 'csv' | 'xlsx'): void {
    const name = this.language.current() === 'en' ? 'goal-import-template' : 'mall-import-mal';
    if (format === 'csv') downloadTemplateCsv(this.template(), `${name}.csv`);
    else void downloadXlsx([this.template()], `${name}.xlsx`);
  }
}

/** The CSV template is one table without the name line the report exports carry. */
function downloadTemplateCsv(table: ExportTable, fileName: string): void {
  downloadCsv([table], fileName, { withName: false });
}
