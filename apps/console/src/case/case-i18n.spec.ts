import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCE_FILES } from '../i18n/resources';
import { CONSENT_PURPOSES, DATA_CATEGORIES, TRANSFER_DIRECTIONS } from './people';

// The consent enums are named with template keys (`case.consents.purposes.${purpose}`), which the
// resources spec cannot see in the code: every value the forms offer has a name in both languages.
/** The values of an enum of the supergraph, as the generated types spell them. */
function enumValues(typeName: string): string[] {
  const generated = readFileSync(join(__dirname, '..', 'gql', 'graphql.ts'), 'utf8');
  const union = new RegExp(`export type ${typeName} =([^;]*);`).exec(generated)?.[1] ?? '';
  return [...union.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/'(\w+)'/g)].map((match) => match[1]).sort();
}

describe("the case area's names of the API's consent enums", () => {
  it('offers every value of the API enums, no more', () => {
    expect([...CONSENT_PURPOSES].sort()).toEqual(enumValues('ConsentPurpose'));
    expect([...DATA_CATEGORIES].sort()).toEqual(enumValues('DataCategory'));
    expect([...TRANSFER_DIRECTIONS].sort()).toEqual(enumValues('TransferDirection'));
  });

  it.each(['en', 'zh-CN'] as const)('names every purpose, data category and direction in %s', (language) => {
    const consents = RESOURCE_FILES[language].case.case.consents as unknown as Record<string, Record<string, unknown>>;
    expect(CONSENT_PURPOSES.filter((value) => typeof consents.purposes[value] !== 'string')).toEqual([]);
    expect(CONSENT_PURPOSES.filter((value) => typeof consents.defaultProcessing[value] !== 'string')).toEqual([]);
    expect(DATA_CATEGORIES.filter((value) => typeof consents.dataCategories[value] !== 'string')).toEqual([]);
    expect(TRANSFER_DIRECTIONS.filter((value) => typeof consents.directions[value] !== 'string')).toEqual([]);
    expect(
      TRANSFER_DIRECTIONS.filter((value) => typeof (consents.disclose as Record<string, Record<string, unknown>>).crossBorder[value] !== 'string'),
    ).toEqual([]);
  });
});
