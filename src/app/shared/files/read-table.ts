import Papa from 'papaparse';

/** Why a file could not be read as a table; the UI says it as `validation.<code>`. */
export type ReadProblem = 'unreadableFile' | 'fileTooLarge';

export type ReadResult = { ok: true; rows: string[][] } | { ok: false; problem: ReadProblem };

/** Bigger files are not plans or Kolada extracts; refusing them early keeps the tab responsive. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Reads a CSV or Excel (.xlsx) file into rows of text. CSV may be UTF-8 (with or without BOM) or,
 * as older Swedish Excel saves it, Windows-1252 — å, ä and ö survive both; the delimiter (`;`, `,`
 * or tab) is detected. The Excel reader is downloaded only when an .xlsx file is chosen.
 */
export async function readTable(file: File): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'fileTooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isZip(bytes)) return readXlsx(file);
  const text = decodeText(bytes);
  if (text === null) return { ok: false, problem: 'unreadableFile' };
  return { ok: true, rows: parseCsv(text) };
}

/** CSV text into rows; the first row decides the delimiter. */
export function parseCsv(text: string): string[][] {
  const content = text.replace(/^\ufeff/, '');
  const parsed = Papa.parse<string[]>(content, { delimiter: delimiterOf(content), skipEmptyLines: false });
  return parsed.data.map((row) => row.map((cell) => String(cell ?? '')));
}

/** The header row's most frequent of `;`, `,` and tab (Swedish Excel writes `;`). */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const count = (d: string) => header.split(d).length - 1;
  return [';', '\t', ','].reduce((best, d) => (count(d) > count(best) ? d : best), ';');
}

/**
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252 (a superset of Latin-1). Bytes that are
 * neither text encoding (NUL, most control characters) mean a binary file: `null`.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000e-\u001a\u007f]/.test(text) ? null : text;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function readXlsx(file: File): Promise<ReadResult> {
  try {
    const { readSheet } = await import('read-excel-file/browser');
    const rows = await readSheet(file);
    return { ok: true, rows: rows.map((row) => row.map(cellText)) };
  } catch {
    return { ok: false, problem: 'unreadableFile' };
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
