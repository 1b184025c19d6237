/** How many people the administration lists at a time; "show more" adds as many again. */
export const PEOPLE_PAGE = 50;

const words = (text: string) => text.normalize('NFC').toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);

/**
 * Whether every word of `query` occurs in one of `texts` (a person's name, email, title, roles and
 * departments): "sof strateg" finds the strategists of SOF. Case is ignored; å, ä and ö stay
 * letters of their own, as in Swedish. An empty query matches everyone.
 */
export function matchesSearch(query: string, texts: readonly string[]): boolean {
  const haystack = texts.map((text) => text.normalize('NFC').toLocaleLowerCase('sv'));
  return words(query).every((word) => haystack.some((text) => text.includes(word)));
}
