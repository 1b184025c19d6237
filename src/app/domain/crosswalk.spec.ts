import cemrFile from './crosswalk/cemr-charter.json';
import sdgFile from './crosswalk/agenda-2030.json';
import {
  CROSSWALK_TAGS,
  crosswalkNames,
  matchesTag,
  MAX_TAGS,
  parseTagCell,
  sdgGoalOf,
  sdgTargetCodes,
  sortTags,
  tagCell,
  tagsError,
} from './crosswalk';

describe('crosswalk: CEMR charter articles and Agenda 2030 goals and targets', () => {
  it('has 30 articles, 17 goals and 169 targets', () => {
    expect(CROSSWALK_TAGS.filter((t) => t.startsWith('cemr:')).length).toBe(30);
    expect(CROSSWALK_TAGS.filter((t) => /^sdg:\d+$/.test(t)).length).toBe(17);
    expect(CROSSWALK_TAGS.filter((t) => /^sdg:\d+\./.test(t)).length).toBe(169);
    expect(new Set(CROSSWALK_TAGS).size).toBe(CROSSWALK_TAGS.length);
  });

  it('numbers the targets as the resolution does', () => {
    expect(sdgTargetCodes(5)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.a', '5.b', '5.c']);
    expect(sdgTargetCodes(17).at(-1)).toBe('17.19');
    expect(sdgTargetCodes(18)).toEqual([]);
  });

  it('the data files name exactly the known articles, goals and targets, in both languages', () => {
    const names = crosswalkNames(cemrFile, sdgFile).names;
    expect([...names.keys()].sort()).toEqual([...CROSSWALK_TAGS].sort());
    for (const [tag, name] of names) {
      expect(name.sv.trim()).withContext(tag).not.toBe('');
      expect(name.en.trim()).withContext(tag).not.toBe('');
    }
  });

  it('the data files name their edition and source', () => {
    const { sources } = crosswalkNames(cemrFile, sdgFile);
    expect(sources.cemr.edition).toContain('2006');
    expect(sources.sdg.edition).toContain('A/RES/70/1');
    expect(sources.cemr.sv).toContain('SKR');
  });

  const matches: [string, string[], string, boolean][] = [
    ['the same article', ['cemr:11'], 'cemr:11', true],
    ['another article', ['cemr:1'], 'cemr:11', false],
    ['a target under its goal', ['sdg:5.5'], 'sdg:5', true],
    ['the goal itself', ['sdg:5'], 'sdg:5', true],
    ['a target of goal 15 is not goal 1', ['sdg:15.1'], 'sdg:1', false],
    ['a goal under one of its targets', ['sdg:5'], 'sdg:5.5', false],
    ['the same target', ['sdg:5.5'], 'sdg:5.5', true],
    ['no tags', [], 'cemr:11', false],
  ];
  for (const [name, tags, filter, expected] of matches) {
    it(`matchesTag: ${name}`, () => expect(matchesTag(tags, filter)).toBe(expected));
  }

  const errors: [string, unknown, string | null][] = [
    ['absent (stored before tags existed)', undefined, null],
    ['none', [], null],
    ['known tags', ['cemr:11', 'sdg:5.5', 'sdg:10'], null],
    ['an unknown article', ['cemr:31'], 'invalidChoice'],
    ['an unknown target', ['sdg:5.7'], 'invalidChoice'],
    ['a repeat', ['cemr:1', 'cemr:1'], 'invalidChoice'],
    ['not a list', 'cemr:1', 'invalidChoice'],
    ['too many', CROSSWALK_TAGS.slice(0, MAX_TAGS + 1), 'tooMany'],
    ['exactly the most', CROSSWALK_TAGS.slice(0, MAX_TAGS), null],
  ];
  for (const [name, tags, code] of errors) {
    it(`tagsError: ${name}`, () => expect<string | null>(tagsError(tags)?.code ?? null).toBe(code));
  }

  const cells: [string, string, 'cemr' | 'sdg', string[], string[]][] = [
    ['numbers with semicolons', '11; 22', 'cemr', ['cemr:11', 'cemr:22'], []],
    ['words before the numbers', 'Artikel 22, art. 11', 'cemr', ['cemr:11', 'cemr:22'], []],
    [
      'targets and a goal, upper-case letter',
      'SDG 5.A, mål 10 5.5',
      'sdg',
      ['sdg:5.5', 'sdg:5.a', 'sdg:10'],
      [],
    ],
    ['an unknown number kept as written', '5.5; 5.9; 31', 'sdg', ['sdg:5.5'], ['5.9', '31']],
    ['empty', '  ', 'cemr', [], []],
    ['a repeat once', '11;11', 'cemr', ['cemr:11'], []],
  ];
  for (const [name, cell, framework, tags, unknown] of cells) {
    it(`parseTagCell: ${name}`, () => expect(parseTagCell(cell, framework)).toEqual({ tags, unknown }));
  }

  it('tagCell writes one framework back in order, and sortTags orders both', () => {
    const tags = ['sdg:10.2', 'cemr:22', 'sdg:5.5', 'cemr:11'];
    expect(tagCell(tags, 'cemr')).toBe('11; 22');
    expect(tagCell(tags, 'sdg')).toBe('5.5; 10.2');
    expect(sortTags(tags)).toEqual(['cemr:11', 'cemr:22', 'sdg:5.5', 'sdg:10.2']);
    expect(sdgGoalOf('sdg:10.2')).toBe(10);
    expect(sdgGoalOf('cemr:10')).toBeNull();
  });
});
