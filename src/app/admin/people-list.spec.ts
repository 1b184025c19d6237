import { matchesSearch } from './people-list';

describe('matchesSearch (finding a person in the administration)', () => {
  const samir = [
    'Samir Haddad',
    'samir.haddad@halmstad.example',
    'Strateg',
    'Strateg',
    'KLK',
    'Kommunledningskontoret',
  ];
  const cases: { query: string; texts: string[]; matches: boolean; why: string }[] = [
    { query: '', texts: samir, matches: true, why: 'an empty search lists everyone' },
    { query: '   ', texts: samir, matches: true, why: 'spaces alone are an empty search' },
    { query: 'samir', texts: samir, matches: true, why: 'part of the name' },
    { query: 'HADDAD', texts: samir, matches: true, why: 'case is ignored' },
    { query: 'halmstad.example', texts: samir, matches: true, why: 'part of the email' },
    { query: 'klk strateg', texts: samir, matches: true, why: 'every word somewhere: department and role' },
    { query: 'klk reporter', texts: samir, matches: false, why: 'one word found nowhere' },
    { query: 'ledning', texts: samir, matches: true, why: 'inside the department name' },
    { query: 'Åsa', texts: ['Åsa Ek'], matches: true, why: 'Å matches å' },
    { query: 'asa', texts: ['Åsa Ek'], matches: false, why: 'å is a letter of its own, not a' },
    { query: 'o\u0308', texts: ['Örjan'], matches: true, why: 'ö typed as o + diaeresis is ö' },
    { query: 'x', texts: [], matches: false, why: 'nothing to search' },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.query)}: ${c.why}`, () => {
      expect(matchesSearch(c.query, c.texts)).toBe(c.matches);
    });
  }
});
