const nx = require('@nx/eslint-plugin');
const tseslint = require('typescript-eslint');
const js = require('@eslint/js');

// One seam (issue 11): each old way fails the lint with a message naming the one way.
// tools/test/lint-rules.spec.ts proves every rule below on the fixtures in tools/lint-fixtures/.
const ROLE_CHECK = {
  selector: "CallExpression[callee.property.name=/^(includes|some)$/][callee.object.type='MemberExpression'][callee.object.property.name='roles']",
  message: 'Ask about roles one way: hasRole(identity, …) from @carta/auth, or a helper of libs/domain/src/roles.ts (isStaff, actsForCentre).',
};
const PARSE_IN_FEATURE = {
  selector: "CallExpression[callee.name='parseInput']",
  message: "Arguments are parsed by the feature's own parser: call a parseX() exported by <feature>.input.ts (which wraps parseInput).",
};
const SCHEMA_IN_FEATURE = {
  selector: "MemberExpression[object.name='z']",
  message: 'Schemas live in <feature>.input.ts (arguments), libs/contracts (events) or libs/domain: resolvers and services take parsed values.',
};
const TRANSACTION_IN_SERVICE = {
  selector: "CallExpression[callee.property.name='transaction']",
  message: 'Services own every transaction and outbox append: call one service method.',
};
const HAND_CHECK = {
  selector: "UnaryExpression[operator='typeof']",
  message: "No hand-written argument checks in a resolver: parse with the feature's <feature>.input.ts.",
};
const QUERIES_AT_ONCE = {
  selector: "CallExpression[callee.object.name='Promise'][callee.property.name='all']",
  message: "One query at a time: a transaction's connection runs one at once (pg refuses more), so await them in turn.",
};
const ZOD_IMPORT = { name: 'zod', message: 'Schemas live in <feature>.input.ts (arguments), libs/contracts (events) or libs/domain.' };

module.exports = [
  { ignores: ['**/node_modules', '**/dist', '**/.nx', '**/.carta', 'tmp', 'coverage', 'services/*/src/generated', 'apps/console/src/gql'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      // The dependency rule (docs/architecture.md): a service uses libs, never another service; contracts,
      // auth and domain stand alone; the gateway knows only auth (and the supergraph file).
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:auth', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts', 'type:auth'] },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:contracts', 'type:infra', 'type:testing'] },
            // Audit and case access sit between the infrastructure and the kit: case access audits its
            // refusals, the kit wires both up, and neither reaches back into the kit.
            { sourceTag: 'type:audit', onlyDependOnLibsWithTags: ['type:contracts', 'type:auth', 'type:domain', 'type:infra', 'type:testing'] },
            { sourceTag: 'type:access', onlyDependOnLibsWithTags: ['type:contracts', 'type:auth', 'type:domain', 'type:infra', 'type:audit', 'type:testing'] },
            // Shared projections of other services' events (the centre directory): contracts and messaging only.
            { sourceTag: 'type:projection', onlyDependOnLibsWithTags: ['type:contracts', 'type:infra', 'type:testing'] },
            {
              sourceTag: 'type:kit',
              onlyDependOnLibsWithTags: [
                'type:contracts',
                'type:auth',
                'type:domain',
                'type:infra',
                'type:audit',
                'type:access',
                'type:telemetry',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:service',
              onlyDependOnLibsWithTags: [
                'type:contracts',
                'type:auth',
                'type:domain',
                'type:infra',
                'type:audit',
                'type:access',
                'type:projection',
                'type:kit',
                'type:testing',
              ],
            },
            { sourceTag: 'type:gateway', onlyDependOnLibsWithTags: ['type:auth', 'type:telemetry'] },
            // The process's OpenTelemetry SDK wiring (libs/messaging uses the API alone): the kit and the gateway start it.
            { sourceTag: 'type:telemetry', onlyDependOnLibsWithTags: [] },
            // The web console (apps/) speaks to the platform only through GraphQL: its generated types, no backend lib.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: [] },
            // Examples (examples/) show outsiders how to use Carta's published contracts: no Carta project at all.
            { sourceTag: 'type:example', onlyDependOnLibsWithTags: [] },
            // Test helpers stand alone so any project's tests may use them.
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // tools/ is the composition root (the launcher, schema tools, platform-wide tests): it may wire up every project.
    files: ['tools/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: ['@carta/*'] }] },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Rule files (issue 11): `*.rules.ts` holds a service's domain rules as plain code, so no framework,
  // database, broker or object store may reach them. tools/test/lint-rules.spec.ts proves the rule
  // fails on tools/lint-fixtures/, which the normal lint skips.
  { ignores: ['tools/lint-fixtures/**'] },
  {
    files: ['**/*.rules.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@nestjs/*',
                'typeorm',
                'typeorm/*',
                '@carta/messaging',
                '@carta/service-kit',
                '@carta/audit',
                '@carta/case-access',
                '@carta/persistence',
                '@carta/storage',
                'kafkajs',
                'minio',
              ],
              message: 'A *.rules.ts file is plain domain code: take what it needs as arguments and leave Nest, TypeORM, Kafka and storage to the service.',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser's legacy globals: a missing import of a local `escape` silently fell back to the global
    // one, which percent-encodes instead of escaping a RegExp.
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'escape', message: 'The legacy global percent-encodes: import the escape you mean.' },
        { name: 'unescape', message: 'The legacy global: use decodeURIComponent.' },
      ],
    },
  },
  {
    // Roles are asked about through hasRole (libs/auth) or the domain's role helpers, never by hand.
    files: ['**/*.ts'],
    ignores: ['libs/auth/src/identity.ts'],
    rules: { 'no-restricted-syntax': ['error', ROLE_CHECK] },
  },
  {
    // A resolver parses its arguments with its feature's parser and calls one service method: no
    // schemas, no hand checks, no database or broker.
    files: ['**/*.resolver.ts'],
    rules: {
      'no-restricted-syntax': ['error', ROLE_CHECK, PARSE_IN_FEATURE, SCHEMA_IN_FEATURE, TRANSACTION_IN_SERVICE, HAND_CHECK],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ZOD_IMPORT,
            { name: '@carta/messaging', message: 'Services own every outbox append: a resolver calls one service method.' },
            {
              name: '@carta/domain',
              importNames: ['badInput'],
              message: "No hand-written argument checks in a resolver: parse with the feature's <feature>.input.ts.",
            },
          ],
          patterns: [
            {
              group: ['typeorm', 'typeorm/*'],
              message: 'Services own every query and transaction (DataSource, EntityManager): a resolver calls one service method.',
            },
          ],
        },
      ],
    },
  },
  {
    // A service takes parsed values: the schemas are the feature's input parser's.
    files: ['**/*.service.ts'],
    rules: {
      'no-restricted-syntax': ['error', ROLE_CHECK, PARSE_IN_FEATURE, SCHEMA_IN_FEATURE, QUERIES_AT_ONCE],
      'no-restricted-imports': ['error', { paths: [ZOD_IMPORT] }],
    },
  },
];
