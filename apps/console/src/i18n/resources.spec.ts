import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCE_FILES, resources } from './resources';
import { CASE_STATUSES } from '../queue/work-queue';

type Tree = { [key: string]: string | Tree };

/** Every key of a resource tree, plural suffixes folded (English has _one/_other, Chinese only _other). */
function keys(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') found.set(path, value);
    else keys(value, `${path}.`).forEach((text, nested) => found.set(nested, text));
  }
  return found;
}

/** The values of an enum of the supergraph, as the generated types spell them. */
function enumValues(typeName: string): string[] {
  // Doc comments first: a value's description may hold a semicolon.
  const generated = readFileSync(join(__dirname, '..', 'gql', 'graphql.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const union = new RegExp(`export type ${typeName} =([^;]*);`).exec(generated)?.[1] ?? '';
  return [...union.matchAll(/'(\w+)'/g)].map((match) => match[1]);
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)/g)].map((match) => match[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the console speaks English and Chinese everywhere', () => {
  const english = keys(resources.en.translation as Tree);
  const chinese = keys(resources['zh-CN'].translation as Tree);

  it("keeps each area's strings under the area's name, so two files never write the same key", () => {
    for (const files of Object.values(RESOURCE_FILES))
      for (const [area, tree] of Object.entries(files)) if (area !== 'common') expect({ area, keys: Object.keys(tree) }).toEqual({ area, keys: [area] });
    const shared = Object.keys(RESOURCE_FILES.en.common);
    expect(shared.filter((key) => key in RESOURCE_FILES.en)).toEqual([]);
  });

  it('has every key in both languages, none empty', () => {
    expect([...chinese.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !chinese.has(key))).toEqual([]);
    for (const [key, text] of [...english, ...chinese]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it('fills the same placeholders in both languages', () => {
    for (const [key, text] of english) expect({ key, placeholders: placeholders(chinese.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(text) });
  });

  it('translates every key the code asks for, and every case status', () => {
    const asked = sources(join(__dirname, '..')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([\w.]+)'/g)].map((match) => match[1]));
    expect(asked.length).toBeGreaterThan(40);
    expect(asked.filter((key) => !english.has(key) || !chinese.has(key))).toEqual([]);
    expect(CASE_STATUSES.filter((status) => !english.has(`status.${status}`) || !chinese.has(`status.${status}`))).toEqual([]);
  });

  it.each([
    ['status', 'CaseStatus'],
    ['queue.nextStep', 'CaseStatus'],
    ['recordKind', 'RecordKind'],
    ['recordStatus', 'RecordStatus'],
    ['notificationKind', 'NotificationKind'],
    ['completeness', 'ChecklistCompleteness'],
  ])('names every value of the API enum %s shows (%s)', (namespace, typeName) => {
    const values = enumValues(typeName);
    expect(values.length).toBeGreaterThan(2);
    expect(values.filter((value) => !english.has(`${namespace}.${value}`) || !chinese.has(`${namespace}.${value}`))).toEqual([]);
  });

  it('writes the Chinese screens in Chinese', () => {
    for (const key of ['queue.heading', 'queue.search', 'queue.onlyMine', 'queue.nextPage', 'notifications.heading', 'notifications.markAll', 'app.language'])
      expect(chinese.get(key)).toMatch(/[\u4e00-\u9fff]/);
  });
});
