import { sheetName, toCsv } from './export';

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

  it('makes valid, unique Excel sheet names', () => {
    const used = new Set<string>();
    expect(
      sheetName('Status per insatsområde: Handlingsplan för integration', used).length,
    ).toBeLessThanOrEqual(31);
    expect(sheetName('a/b', used)).toBe('a b');
    expect(sheetName('a/b', used)).toBe('a b 2');
  });
});
