import { toRestFields, toRestValue } from './firestore-rest';

describe('toRestValue (seeding the Firestore emulator over REST)', () => {
  const cases: [unknown, unknown][] = [
    [null, { nullValue: null }],
    [undefined, { nullValue: null }],
    [true, { booleanValue: true }],
    [2026, { integerValue: '2026' }],
    [-3, { integerValue: '-3' }],
    [12.5, { doubleValue: 12.5 }],
    ['Halmstad', { stringValue: 'Halmstad' }],
    [['a', 1], { arrayValue: { values: [{ stringValue: 'a' }, { integerValue: '1' }] } }],
    [
      { women: 40.2, men: null },
      { mapValue: { fields: { women: { doubleValue: 40.2 }, men: { nullValue: null } } } },
    ],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value) ?? 'undefined'}`, () =>
      expect(toRestValue(value)).toEqual(expected as never));
  }

  it('leaves undefined fields out of a record', () => {
    expect(toRestFields({ id: 'p1', note: undefined })).toEqual({ id: { stringValue: 'p1' } });
  });

  it('refuses what Firestore cannot hold', () => {
    expect(() => toRestValue(() => 1)).toThrowError(/Cannot store a function/);
  });
});
