/**
 * The crosswalk: the CEMR charter's articles and Agenda 2030's goals and targets that plans, goals
 * and activities are tagged with. A tag is `cemr:11` (article 11), `sdg:5` (goal 5) or `sdg:5.5`
 * (target 5.5). The ids are known here from the frameworks' shape, so that validation and the
 * write engine need no names; the names (Swedish and English) are the data files in `crosswalk/`,
 * loaded only by the pages that show them.
 */
export type Framework = 'cemr' | 'sdg';
export const FRAMEWORKS: readonly Framework[] = ['cemr', 'sdg'];

/** Articles 1–30 of part III of the CEMR charter (the 2006 edition). */
export const CEMR_ARTICLE_COUNT = 30;

/** Per Agenda 2030 goal: how many numbered targets, and its lettered ones (means of implementation). */
const SDG_TARGET_SHAPE: readonly (readonly [numbered: number, lettered: string])[] = [
  [5, 'ab'],
  [5, 'abc'],
  [9, 'abcd'],
  [7, 'abc'],
  [6, 'abc'],
  [6, 'ab'],
  [3, 'ab'],
  [10, 'ab'],
  [5, 'abc'],
  [7, 'abc'],
  [7, 'abc'],
  [8, 'abc'],
  [3, 'ab'],
  [7, 'abc'],
  [9, 'abc'],
  [10, 'ab'],
  [19, ''],
];

/** A plan, goal or activity carries at most this many tags. */
export const MAX_TAGS = 40;

/** The target codes of an Agenda 2030 goal in the resolution's order: `5.1` … `5.6`, `5.a` … `5.c`. */
export function sdgTargetCodes(goal: number): string[] {
  const shape = SDG_TARGET_SHAPE[goal - 1];
  if (!shape) return [];
  const [numbered, lettered] = shape;
  return [
    ...Array.from({ length: numbered }, (_, i) => `${goal}.${i + 1}`),
    ...[...lettered].map((letter) => `${goal}.${letter}`),
  ];
}

export const SDG_GOALS: readonly number[] = SDG_TARGET_SHAPE.map((_, i) => i + 1);
export const CEMR_ARTICLES: readonly number[] = Array.from({ length: CEMR_ARTICLE_COUNT }, (_, i) => i + 1);

/** Every tag in the frameworks' own order: the articles, then each goal followed by its targets. */
export const CROSSWALK_TAGS: readonly string[] = [
  ...CEMR_ARTICLES.map((n) => `cemr:${n}`),
  ...SDG_GOALS.flatMap((g) => [`sdg:${g}`, ...sdgTargetCodes(g).map((t) => `sdg:${t}`)]),
];

const ORDER = new Map(CROSSWALK_TAGS.map((tag, i) => [tag, i]));

export const isCrosswalkTag = (tag: unknown): tag is string => typeof tag === 'string' && ORDER.has(tag);

export const frameworkOf = (tag: string): Framework => (tag.startsWith('cemr:') ? 'cemr' : 'sdg');

/** The number as people write it: `11` for article 11, `5` for goal 5, `5.5` for target 5.5. */
export const tagCode = (tag: string): string => tag.slice(tag.indexOf(':') + 1);

/** The Agenda 2030 goal a goal or target tag belongs to; null for a charter article. */
export function sdgGoalOf(tag: string): number | null {
  return frameworkOf(tag) === 'sdg' ? Number(tagCode(tag).split('.')[0]) : null;
}

/** Tags without repeats, in the frameworks' order (unknown ones dropped: validation reports them). */
export function sortTags(tags: readonly string[]): string[] {
  return [...new Set(tags)].filter(isCrosswalkTag).sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
}

/**
 * Whether something tagged `tags` belongs under `filter`: the same article, goal or target, or —
 * for a goal — any of its targets (a target tagged `sdg:5.5` is part of goal 5).
 */
export function matchesTag(tags: readonly string[] | undefined, filter: string): boolean {
  if (!tags) return false;
  if (frameworkOf(filter) === 'cemr' || tagCode(filter).includes('.')) return tags.includes(filter);
  return tags.some((t) => t === filter || (frameworkOf(t) === 'sdg' && sdgGoalOf(t) === sdgGoalOf(filter)));
}

/** The `tags` field's error, if any: a list of known tags, at most {@link MAX_TAGS}. */
export function tagsError(
  tags: unknown,
): { code: 'invalidChoice' | 'tooMany'; params?: Record<string, string | number> } | null {
  if (tags === undefined) return null;
  if (!Array.isArray(tags) || !tags.every(isCrosswalkTag)) return { code: 'invalidChoice' };
  if (new Set(tags).size !== tags.length) return { code: 'invalidChoice' };
  return tags.length > MAX_TAGS ? { code: 'tooMany', params: { max: MAX_TAGS } } : null;
}

/**
 * Reads a file's tag column for one framework: numbers separated by `;`, `,` or spaces, each with
 * or without a prefix ("art. 11", "Artikel 11", "mål 5", "delmål 5.5", "SDG 5.5", "5.A"). Numbers
 * that are no article, goal or target come back in `unknown`, as the person wrote them.
 */
export function parseTagCell(cell: string, framework: Framework): { tags: string[]; unknown: string[] } {
  const tags: string[] = [];
  const unknown: string[] = [];
  const words = cell
    .toLowerCase()
    .replace(/\b(artikel|art|article|delmål|mål|target|goal|sdg|cemr)\b\.?/g, ' ')
    .split(/[;,\s]+/)
    .filter((w) => w !== '');
  for (const word of words) {
    const tag = `${framework}:${word.replace(/\.$/, '')}`;
    if (isCrosswalkTag(tag)) tags.push(tag);
    else unknown.push(word);
  }
  return { tags: sortTags(tags), unknown };
}

/** A file's tag column written back: the codes, in order, separated by "; ". */
export function tagCell(tags: readonly string[] | undefined, framework: Framework): string {
  return sortTags(tags ?? [])
    .filter((t) => frameworkOf(t) === framework)
    .map(tagCode)
    .join('; ');
}

/** The names of the articles, goals and targets in both languages, as the data files hold them. */
export interface CrosswalkNames {
  /** `tag` → its name in Swedish and English. */
  names: ReadonlyMap<string, { sv: string; en: string }>;
  /** `cemr:N` → the charter part it is in (e.g. "Arbetsgivarrollen"). */
  parts: ReadonlyMap<string, { sv: string; en: string }>;
  /** Edition and source of each framework, in both languages. */
  sources: Record<Framework, { edition: string; sv: string; en: string }>;
}

/** The shape of `crosswalk/cemr-charter.json`. */
export interface CemrCharterFile {
  edition: string;
  source: { sv: string; en: string };
  parts: { id: string; sv: string; en: string; articles: { number: number; sv: string; en: string }[] }[];
}

/** The shape of `crosswalk/agenda-2030.json`. */
export interface Agenda2030File {
  edition: string;
  source: { sv: string; en: string };
  goals: { number: number; sv: string; en: string; targets: { code: string; sv: string; en: string }[] }[];
}

/** The names by tag, from the two data files. */
export function crosswalkNames(cemr: CemrCharterFile, sdg: Agenda2030File): CrosswalkNames {
  const names = new Map<string, { sv: string; en: string }>();
  const parts = new Map<string, { sv: string; en: string }>();
  for (const part of cemr.parts) {
    for (const article of part.articles) {
      names.set(`cemr:${article.number}`, { sv: article.sv, en: article.en });
      parts.set(`cemr:${article.number}`, { sv: part.sv, en: part.en });
    }
  }
  for (const goal of sdg.goals) {
    names.set(`sdg:${goal.number}`, { sv: goal.sv, en: goal.en });
    for (const target of goal.targets) names.set(`sdg:${target.code}`, { sv: target.sv, en: target.en });
  }
  return {
    names,
    parts,
    sources: {
      cemr: { edition: cemr.edition, ...cemr.source },
      sdg: { edition: sdg.edition, ...sdg.source },
    },
  };
}
