import { safeText, sheetName, toCsv } from './export';

describe('export', () => {
  it('writes Swedish CSV: BOM, semicolons, decimal commas, quoted text, tables separated', () => {
    const csv = toCsv([
      {
        name: 'Mål per status',
        header: ['Status', 'Antal'],
        rows: [
          ['Enligt plan', 6],
          ['Risk; för avvikelse', 2.5],
        ],
      },
      { name: 'Förvaltningar', header: ['Förvaltning', 'Andel'], rows: [['Socialförvaltningen', null]] },
    ]);
    expect(csv.startsWith('\ufeff')).toBeTrue();
    expect(csv).toContain('Status;Antal\r\nEnligt plan;6\r\n"Risk; för avvikelse";2,5');
    expect(csv).toContain('\r\n\r\nFörvaltningar\r\nFörvaltning;Andel\r\nSocialförvaltningen;');
  });

  it('keeps formulas from running: text stays text', () => {
    const csv = toCsv([{ name: 'T', header: ['A', 'B'], rows: [['=HYPERLINK("x")', -3.2]] }]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")";-3,2`);
  });

  const formulae: [string, string][] = [
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1+1', "'+1+1"],
    ['-1+1', "'-1+1"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['-3,2', '-3,2'],
    ['-12', '-12'],
    ['4.5', '4.5'],
    ['Minskar - men långsamt', 'Minskar - men långsamt'],
    ['', ''],
  ];
  for (const [text, written] of formulae) {
    it(`writes the text ${JSON.stringify(text)} as ${JSON.stringify(written)}`, () =>
      expect(safeText(text)).toBe(written));
  }

  it('escapes names and headers too, and leaves numbers numbers', () => {
    const csv = toCsv([{ name: '-1+1', header: ['=A1'], rows: [[-3.25], ['-1+1']] }]);
    expect(csv).toContain(`'-1+1\r\n'=A1\r\n-3,25\r\n'-1+1`);
  });

  it('makes valid, unique Excel sheet names', () => {
    const used = new Set<string>();
    expect(
      sheetName('Status per insatsområde: Handlingsplan för integration', used).length,
    ).toBeLessThanOrEqual(31);
    expect(sheetName('a/b', used)).toBe('a b');
    expect(sheetName('a/b', used)).toBe('a b 2');
  });
});
