import Papa from 'papaparse';

/** A table as it is exported: a name (sheet name), a header row and data rows. */
export interface ExportTable {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

export interface CsvOptions {
  /** Whether each table starts with its name on a line of its own (default); a template has none. */
  withName?: boolean;
}

/**
 * CSV the way Swedish Excel opens it without a wizard: semicolons, decimal commas, UTF-8 with a
 * byte-order mark (so å, ä and ö survive), one table after another with its name on a line of its own.
 * Text that would start a formula gets a leading apostrophe.
 */
export function toCsv(tables: readonly ExportTable[], options: CsvOptions = {}): string {
  const withName = options.withName ?? true;
  const cell = (value: string | number | null) =>
    value === null ? '' : typeof value === 'number' ? String(value).replace('.', ',') : safeText(value);
  const parts = tables.map((table) =>
    Papa.unparse(
      [
        ...(withName ? [[safeText(table.name)]] : []),
        table.header.map(safeText),
        ...table.rows.map((row) => row.map(cell)),
      ],
      { delimiter: ';', newline: '\r\n' },
    ),
  );
  return '\ufeff' + parts.join('\r\n\r\n') + '\r\n';
}

/** A number written as text (`-3`, `2,5`, `-0.75`): a spreadsheet reads it as the number it is. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * Text from people must never run as a spreadsheet formula (CSV injection): any text cell that
 * starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe — `-1+1` and
 * `-2+3+cmd|' /C calc'!A0` included — unless it is a plain number. Numbers are written as numbers.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Text as a file name's part: lower case, no accents, words joined by hyphens (`helar-2026`). */
export function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 28)
      .trim() || 'Blad';
  let candidate = base;
  for (let n = 2; used.has(candidate); n++) candidate = `${base} ${n}`;
  used.add(candidate);
  return candidate;
}

export function downloadCsv(
  tables: readonly ExportTable[],
  fileName: string,
  options: CsvOptions = {},
): void {
  downloadBlob(new Blob([toCsv(tables, options)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** One sheet per table; the writer library is downloaded only when someone exports. */
export async function downloadXlsx(tables: readonly ExportTable[], fileName: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const used = new Set<string>();
  const sheets = tables.map((table) => ({
    sheet: sheetName(table.name, used),
    data: [
      table.header.map((value) => ({ value, fontWeight: 'bold' as const })),
      ...table.rows.map((row) =>
        row.map((value) =>
          value === null
            ? null
            : typeof value === 'number'
              ? { value, type: Number }
              : { value, type: String },
        ),
      ),
    ],
  }));
  await writeXlsxFile(sheets as never).toFile(fileName);
}

export function downloadJson(data: unknown, fileName: string): void {
  downloadBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), fileName);
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
