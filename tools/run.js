// Runs a TypeScript entry point with the workspace's path aliases and decorator metadata
// (SWC, no type check: `npm test` type-checks). Usage: node tools/run.js <file.ts> [args...]
// Stack traces are NOT source-mapped by default: @swc-node's default installs source-map-support,
// which maps every stack trace an error builds (~15% of the gateway's CPU under load). To debug
// with mapped traces: `node --enable-source-maps tools/run.js …` (maps inlined, mapped by Node), or
// SWC_NODE_SOURCE_MAP_MODE=auto (the old behaviour).
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'tsconfig.json');
process.env.SWC_NODE_SOURCE_MAP_MODE ??= process.sourceMapsEnabled ? 'inline' : 'none';
require('@swc-node/register');
require('reflect-metadata');
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node tools/run.js <file.ts> [args...]');
  process.exit(2);
}
process.argv.splice(1, 2, path.resolve(entry));
require(path.resolve(entry));
