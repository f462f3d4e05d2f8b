// Runs a TypeScript entry point with the workspace's path aliases and decorator metadata
// (SWC, no type check: `npm test` type-checks). Usage: node tools/run.js <file.ts> [args...]
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
require('reflect-metadata');
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node tools/run.js <file.ts> [args...]');
  process.exit(2);
}
process.argv.splice(1, 2, path.resolve(entry));
require(path.resolve(entry));
