/**
 * Writes one JSON Schema per event kind (the payload's `data`, draft 2020-12) from the zod contracts
 * in libs/contracts, for analysts and other consumers that do not read TypeScript:
 * libs/contracts/schemas/<CloudEvents type>.json. `--check` fails when a committed file is stale.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_CATALOG } from '@carta/contracts';
import { z } from 'zod';

const SCHEMA_DIR = join(__dirname, '..', 'libs', 'contracts', 'schemas');

export function eventSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  for (const definition of EVENT_CATALOG.values()) {
    const schema = {
      $id: `https://carta.example/schemas/${definition.type}.json`,
      title: definition.type,
      description: `${definition.description} Topic ${definition.topic}; subject and key: ${definition.aggregateIdField}.`,
      ...z.toJSONSchema(definition.schema, { io: 'input' }),
    };
    files.set(`${definition.type}.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  return files;
}

if (process.argv[1] === __filename) {
  const expected = eventSchemas();
  if (process.argv.includes('--check')) {
    const committed = readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.json'));
    const stale = [...expected]
      .filter(([name, text]) => !committed.includes(name) || readFileSync(join(SCHEMA_DIR, name), 'utf8') !== text)
      .map(([name]) => name);
    const extra = committed.filter((name) => !expected.has(name));
    if (stale.length > 0 || extra.length > 0) {
      console.error(`libs/contracts/schemas is stale (${[...stale, ...extra].join(', ')}): run \`npm run event-schemas\` and commit the result`);
      process.exit(1);
    }
    console.log(`event schemas are up to date (${expected.size})`);
  } else {
    rmSync(SCHEMA_DIR, { recursive: true, force: true });
    mkdirSync(SCHEMA_DIR, { recursive: true });
    for (const [name, text] of expected) writeFileSync(join(SCHEMA_DIR, name), text);
    console.log(`wrote ${expected.size} schemas to ${SCHEMA_DIR}`);
  }
}
