import { decodeText, parseCsv, readTable } from './read-table';

describe('readTable', () => {
  const file = (parts: BlobPart[], name = 'mål.csv') => new File(parts, name);

  it('reads UTF-8 CSV with a BOM and semicolons, keeping å, ä and ö', async () => {
    const result = await readTable(file(['\ufeffInsatsområde;Mål\r\nSpråk;Fler når målen\r\n']));
    expect(result).toEqual({ ok: true, rows: [['Insatsområde', 'Mål'], ['Språk', 'Fler når målen'], ['']] });
  });

  it('reads Windows-1252 (Latin-1) CSV as Excel used to save it', async () => {
    // "Mål;Förvaltning" in Windows-1252.
    const bytes = new Uint8Array([
      0x4d, 0xe5, 0x6c, 0x3b, 0x46, 0xf6, 0x72, 0x76, 0x61, 0x6c, 0x74, 0x6e, 0x69, 0x6e, 0x67,
    ]);
    const result = await readTable(file([bytes]));
    expect(result).toEqual({ ok: true, rows: [['Mål', 'Förvaltning']] });
  });

  it('refuses a binary file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(await readTable(file([png], 'bild.csv'))).toEqual({ ok: false, problem: 'unreadableFile' });
  });

  it('refuses a zip that is not a spreadsheet', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    expect(await readTable(file([zip], 'mål.xlsx'))).toEqual({ ok: false, problem: 'unreadableFile' });
  });

  it('refuses a file over 10 MB without reading it', async () => {
    const big = file([new Uint8Array(10 * 1024 * 1024 + 1)]);
    expect(await readTable(big)).toEqual({ ok: false, problem: 'fileTooLarge' });
  });

  it('reads an empty file as no rows', async () => {
    const result = await readTable(file([]));
    expect(result.ok).toBeTrue();
  });
});

describe('parseCsv', () => {
  const cases: [string, string, string[][]][] = [
    [
      'semicolons',
      'a;b\n1;2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'commas',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'tabs',
      'a\tb\n1\t2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'quoted decimal commas',
      'a;b\n"12,5";2',
      [
        ['a', 'b'],
        ['12,5', '2'],
      ],
    ],
    [
      'quoted line breaks',
      'a;b\n"rad 1\nrad 2";x',
      [
        ['a', 'b'],
        ['rad 1\nrad 2', 'x'],
      ],
    ],
  ];
  for (const [name, text, rows] of cases) {
    it(`reads ${name}`, () => expect(parseCsv(text)).toEqual(rows));
  }

  it('keeps HTML as text', () => {
    expect(parseCsv('a\n<img src=x onerror=alert(1)>')).toEqual([['a'], ['<img src=x onerror=alert(1)>']]);
  });
});

describe('decodeText', () => {
  it('prefers UTF-8', () => expect(decodeText(new TextEncoder().encode('Ärende'))).toBe('Ärende'));
});
