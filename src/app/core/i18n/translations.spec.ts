import en from './en.json';
import sv from './sv.json';

interface Tree {
  [key: string]: string | Tree;
}

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
}

function lookup(tree: Tree, key: string): string {
  return key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], tree) as string;
}

describe('translations', () => {
  const svKeys = keys(sv as Tree);
  const enKeys = keys(en as Tree);

  it('has every Swedish text in English', () => {
    expect(svKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('has no English text without a Swedish one', () => {
    expect(enKeys.filter((k) => !svKeys.includes(k))).toEqual([]);
  });

  it('has the form for many beside every form for one (countKey)', () => {
    expect(svKeys.filter((k) => k.endsWith('_one') && !svKeys.includes(k.slice(0, -'_one'.length)))).toEqual(
      [],
    );
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = svKeys.filter(
      (k) =>
        enKeys.includes(k) &&
        placeholders(lookup(sv as Tree, k)).join() !== placeholders(lookup(en as Tree, k)).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('has no empty texts', () => {
    expect(svKeys.filter((k) => lookup(sv as Tree, k).trim() === '')).toEqual([]);
    expect(enKeys.filter((k) => lookup(en as Tree, k).trim() === '')).toEqual([]);
  });
});
