import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCE_FILES } from '../i18n/resources';

// Money names the API's enums with template keys (`money.lineItem.${item}`), which the resources
// spec cannot see in the code: every value has a name in both languages.
function enumValues(typeName: string): string[] {
  // Doc comments first: a value's description may hold a semicolon.
  const generated = readFileSync(join(__dirname, '..', 'gql', 'graphql.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const union = new RegExp(`export type ${typeName} =([^;]*);`).exec(generated)?.[1] ?? '';
  return [...union.matchAll(/'(\w+)'/g)].map((match) => match[1]);
}

describe("money's names of the API's enums", () => {
  it.each(['en', 'zh-CN'] as const)('names every line item, funding model and invoice kind in %s', (language) => {
    const money = RESOURCE_FILES[language].money.money as unknown as Record<string, Record<string, unknown>>;
    const missing = (namespace: string, typeName: string) => {
      const values = enumValues(typeName);
      expect({ typeName, found: values.length > 1 }).toEqual({ typeName, found: true });
      return values.filter((value) => typeof money[namespace]?.[value] !== 'string').map((value) => `${namespace}.${value}`);
    };
    expect([...missing('lineItem', 'EstimateLineItem'), ...missing('fundingModel', 'EstimateFundingModel'), ...missing('invoiceKind', 'InvoiceKind')]).toEqual(
      [],
    );
  });
});
