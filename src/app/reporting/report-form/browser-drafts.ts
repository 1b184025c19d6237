import { computed, signal } from '@angular/core';
import { ReportFormValue } from './report-form.model';

/**
 * What the report form keeps in the browser, by report id: a backup of what was typed (restored
 * after a crash or a reload before the save reached the backend), and the texts a report was
 * started with from last period's report ("Påbörja från förra periodens rapport"), so they stay
 * marked as copied after a reload. Without storage both are skipped; nothing else depends on them.
 */
const BACKUP_PREFIX = 'kompass.reportBackup.';
const COPIED_PREFIX = 'kompass.reportCopied.';

export interface Backup {
  baseVersion: number;
  value: ReportFormValue;
}

export interface CopiedTexts {
  analysis: string;
  nextSteps: string;
}

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export const readBackup = (reportId: string) => read<Backup>(BACKUP_PREFIX + reportId);
export const writeBackup = (reportId: string, backup: Backup) => write(BACKUP_PREFIX + reportId, backup);
export function clearBackup(reportId: string): void {
  try {
    localStorage.removeItem(BACKUP_PREFIX + reportId);
  } catch {
    // Nothing to clear.
  }
}

export const readCopiedTexts = (reportId: string) => read<CopiedTexts>(COPIED_PREFIX + reportId);
export const markCopiedTexts = (reportId: string, texts: CopiedTexts) =>
  write(COPIED_PREFIX + reportId, texts);

/**
 * Texts still exactly as copied from last period's report, for the report `reportId()` names
 * (`null` while none is open or it cannot be edited): the form tells it what is typed (`typed`),
 * starting from last period's report marks the texts (`mark`), and `unchanged` lists the fields
 * whose text is still the copy.
 */
export function copiedTextsWatch(reportId: () => string | null) {
  const texts = signal<CopiedTexts>({ analysis: '', nextSteps: '' });
  const marks = signal(0);
  // Read once per report (and again after a mark), not on every key.
  const copied = computed(() => {
    marks();
    const id = reportId();
    return id ? readCopiedTexts(id) : null;
  });
  return {
    unchanged: computed(() => {
      const from = copied();
      const now = texts();
      return (['analysis', 'nextSteps'] as const).filter(
        (field) => !!from && now[field].trim() !== '' && now[field].trim() === from[field].trim(),
      );
    }),
    typed: (value: { analysis?: string; nextSteps?: string }) =>
      texts.set({ analysis: value.analysis ?? '', nextSteps: value.nextSteps ?? '' }),
    mark: (id: string, from: CopiedTexts) => {
      if (markCopiedTexts(id, from)) marks.update((n) => n + 1);
    },
  };
}
