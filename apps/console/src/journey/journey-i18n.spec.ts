import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCE_FILES } from '../i18n/resources';

// The journey names the API's enums with template keys (`journey.milestone.${name}`), which the
// resources spec cannot see in the code: every value has a name in both languages.
function enumValues(typeName: string): string[] {
  // Doc comments first: a value's description may hold a semicolon.
  const generated = readFileSync(join(__dirname, '..', 'gql', 'graphql.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const union = new RegExp(`export type ${typeName} =([^;]*);`).exec(generated)?.[1] ?? '';
  return [...union.matchAll(/'(\w+)'/g)].map((match) => match[1]);
}

describe("the journey's names of the API's enums", () => {
  it.each(['en', 'zh-CN'] as const)('names every milestone, letter and visa status, check, role and product in %s', (language) => {
    const journey = RESOURCE_FILES[language].journey.journey as unknown as Record<string, Record<string, unknown>>;
    const missing = (namespace: string, typeName: string) => {
      const values = enumValues(typeName);
      expect({ typeName, found: values.length > 1 }).toEqual({ typeName, found: true });
      return values.filter((value) => typeof journey[namespace]?.[value] !== 'string').map((value) => `${namespace}.${value}`);
    };
    expect([
      ...missing('milestone', 'MilestoneName'),
      ...missing('letterStatus', 'InvitationLetterStatus'),
      ...missing('visaStatus', 'VisaApplicationStatus'),
      ...missing('check', 'VisaCheckKind'),
      ...missing('role', 'TravellerRole'),
      ...missing('productType', 'ProductType'),
    ]).toEqual([]);
    // PlanFact.kind is a string the API documents: MANUFACTURING_DELAY, LETTER_ISSUED, VISA_GRANTED or VISA_REFUSED.
    expect(['MANUFACTURING_DELAY', 'LETTER_ISSUED', 'VISA_GRANTED', 'VISA_REFUSED'].filter((kind) => typeof journey.facts[kind] !== 'string')).toEqual([]);
  });
});
