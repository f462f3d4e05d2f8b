import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';

/**
 * The lint rules that keep each thing done one way, run through ESLint's Node API on fixtures of
 * the old ways (tools/lint-fixtures/, which `eslint .` skips). Each case shows its rule fails there.
 */
const root = join(__dirname, '..', '..');
const fixture = (name: string) => join(root, 'tools', 'lint-fixtures', name);

// The repository's own config (passed in, so Jest need not import it dynamically); the fixtures are
// ignored by the normal lint, and linted here as if they lived in the tree.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const eslint = new ESLint({ cwd: root, ignore: false, overrideConfigFile: true, baseConfig: require(join(root, 'eslint.config.js')) });

async function problems(filePath: string, ruleId: string, text?: string) {
  const [result] = text === undefined ? await eslint.lintFiles([filePath]) : await eslint.lintText(text, { filePath });
  return result.messages.filter((message) => message.ruleId === ruleId);
}

describe('lint rules', () => {
  describe('*.rules.ts may not import the framework, the database, the broker or storage', () => {
    const file = fixture('old-way.rules.ts');

    it('refuses every such import in a rule file', async () => {
      const refused = await problems(file, 'no-restricted-imports');
      expect(refused.map((problem) => problem.line)).toEqual([3, 4, 5, 6, 7, 8]);
      expect(refused.every((problem) => problem.severity === 2 && problem.message.includes('plain domain code'))).toBe(true);
    });

    it('applies to rule files only, and lets them use the domain and the contracts', async () => {
      const source = readFileSync(file, 'utf8');
      expect(await problems(fixture('old-way.ts'), 'no-restricted-imports', source)).toEqual([]);
      const plain =
        "import { addDays } from '@carta/domain';\nimport { ICD10_PATTERN } from '@carta/contracts';\nexport const due = (day: string) => (ICD10_PATTERN.test(day) ? day : addDays(day, 1));\n";
      expect(await problems(fixture('plain.rules.ts'), 'no-restricted-imports', plain)).toEqual([]);
    });
  });

  describe('one seam: resolvers parse with their feature input and call one service method', () => {
    const file = fixture('old-way.resolver.ts');

    it('refuses zod, TypeORM, the outbox and badInput in a resolver', async () => {
      const refused = await problems(file, 'no-restricted-imports');
      expect(refused.map((problem) => [problem.line, problem.message.split(':')[0]])).toEqual([
        [3, "'badInput' import from '@carta/domain' is restricted. No hand-written argument checks in a resolver"],
        [4, "'@carta/messaging' import is restricted from being used. Services own every outbox append"],
        [6, "'typeorm' import is restricted from being used by a pattern. Services own every query and transaction (DataSource, EntityManager)"],
        [7, "'zod' import is restricted from being used. Schemas live in <feature>.input.ts (arguments), libs/contracts (events) or libs/domain."],
      ]);
    });

    it('refuses a hand check, a role check by hand, inline parseInput and schemas, and a transaction', async () => {
      const refused = await problems(file, 'no-restricted-syntax');
      expect(refused.map((problem) => [problem.line, problem.message])).toEqual([
        [16, "No hand-written argument checks in a resolver: parse with the feature's <feature>.input.ts."],
        [17, expect.stringContaining('Ask about roles one way: hasRole(identity, …)')],
        [18, expect.stringContaining('call a parseX() exported by <feature>.input.ts')],
        [18, expect.stringContaining('Schemas live in <feature>.input.ts')],
        [18, expect.stringContaining('Schemas live in <feature>.input.ts')],
        [19, 'Services own every transaction and outbox append: call one service method.'],
      ]);
    });

    it('lets the feature input file hold the schema and call parseInput', async () => {
      const input =
        "import { parseInput } from '@carta/service-kit';\nimport { z } from 'zod';\nexport const parseNote = (raw: unknown) => parseInput(z.object({ note: z.string() }), raw);\n";
      expect(await problems(fixture('notes.input.ts'), 'no-restricted-imports', input)).toEqual([]);
      expect(await problems(fixture('notes.input.ts'), 'no-restricted-syntax', input)).toEqual([]);
    });
  });

  describe('one seam: services take parsed values', () => {
    it('refuses zod, inline schemas and parseInput in a service, and its role checks by hand', async () => {
      const file = fixture('old-way.service.ts');
      expect((await problems(file, 'no-restricted-imports')).map((problem) => problem.line)).toEqual([4]);
      const refused = await problems(file, 'no-restricted-syntax');
      expect(refused.map((problem) => [problem.line, problem.message.split(':')[0]])).toEqual([
        [6, 'Schemas live in <feature>.input.ts (arguments), libs/contracts (events) or libs/domain'],
        [6, 'Schemas live in <feature>.input.ts (arguments), libs/contracts (events) or libs/domain'],
        [10, 'Ask about roles one way'],
        [11, "Arguments are parsed by the feature's own parser"],
        [15, 'One query at a time'],
      ]);
    });
  });

  describe('one seam: roles are asked about through hasRole or the domain helpers', () => {
    it('refuses roles.includes and roles.some anywhere', async () => {
      const refused = await problems(fixture('old-way-roles.ts'), 'no-restricted-syntax');
      expect(refused.map((problem) => [problem.line, problem.column])).toEqual([
        [5, 3],
        [5, 45],
      ]);
      expect(refused.every((problem) => problem.severity === 2 && problem.message.includes('hasRole(identity, …)'))).toBe(true);
    });

    it('allows hasRole itself (libs/auth) and a call through it', async () => {
      const hasRole = 'export const hasRole = (identity: { roles: string[] }, ...roles: string[]) => identity.roles.some((role) => roles.includes(role));\n';
      expect(await problems(join(root, 'libs', 'auth', 'src', 'identity.ts'), 'no-restricted-syntax', hasRole)).toEqual([]);
      const through = "import { hasRole, Identity } from '@carta/auth';\nexport const isAdmin = (identity: Identity) => hasRole(identity, 'admin');\n";
      expect(await problems(fixture('through-helper.ts'), 'no-restricted-syntax', through)).toEqual([]);
    });
  });

  describe('the console (apps/, type:app) speaks to the platform through GraphQL only', () => {
    it('refuses any backend lib in the app', async () => {
      const file = join(root, 'apps', 'console', 'src', 'probe.tsx');
      for (const lib of ['@carta/domain', '@carta/auth', '@carta/contracts']) {
        const refused = await problems(file, '@nx/enforce-module-boundaries', `import * as lib from '${lib}';\nexport const probe = lib;\n`);
        expect(refused).toHaveLength(1);
        expect(refused[0].message).toContain('type:app');
      }
    });
  });
});
