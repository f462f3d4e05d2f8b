import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The offline HAPI FHIR validator (tools/fhir-validator, docs/fhir.md) from TypeScript: builds it
 * once (build.sh is a no-op when nothing changed), validates JSON files against FHIR R4, mCODE
 * (hl7.fhir.us.mcode from the npm registry) and Carta's own extension, and sorts the errors into
 * those the allow-list explains and the rest.
 */
const HERE = __dirname;

export interface ValidationMessage {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  location: string;
  messageId: string | null;
  message: string;
}

export interface ValidationReport {
  file: string;
  messages: ValidationMessage[];
  /** Errors (and fatals) no allow-list entry explains: a conformant file has none. */
  unexplainedErrors: ValidationMessage[];
  allowListedErrors: ValidationMessage[];
}

interface AllowListEntry {
  messageId: string;
  messageContains?: string;
  onlyWithAtSameLocation?: string;
  why: string;
}

/** Builds the validator if needed (first time: Maven Central and the npm registry; then cached). */
export function buildFhirValidator(): void {
  execFileSync('bash', [path.join(HERE, 'build.sh')], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 10 * 60_000 });
}

function allowed(message: ValidationMessage, all: ValidationMessage[], entries: AllowListEntry[]): boolean {
  return entries.some(
    (entry) =>
      entry.messageId === message.messageId &&
      (entry.messageContains === undefined || message.message.includes(entry.messageContains)) &&
      (entry.onlyWithAtSameLocation === undefined ||
        all.some((other) => other.messageId === entry.onlyWithAtSameLocation && other.location === message.location)),
  );
}

/** Validates the files in one JVM; `log` receives everything HAPI printed. */
export function validateFhirFiles(files: string[], log: (text: string) => void = () => undefined): ValidationReport[] {
  const classpath = [path.join(HERE, 'target/classes'), path.join(HERE, 'target/lib/*')].join(path.delimiter);
  const run = spawnSync(
    'java',
    [
      '-cp',
      classpath,
      'carta.fhir.Validate',
      '--package',
      path.join(HERE, 'target/packages/hl7.fhir.us.mcode'),
      '--package',
      path.join(HERE, 'carta'),
      ...files,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 5 * 60_000 },
  );
  log(run.stderr);
  if (run.status !== 0) throw new Error(`the FHIR validator exited with ${run.status ?? run.signal}`);
  const entries = (JSON.parse(readFileSync(path.join(HERE, 'allow-list.json'), 'utf8')) as { entries: AllowListEntry[] }).entries;
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => {
      const { file, messages } = JSON.parse(line) as { file: string; messages: ValidationMessage[] };
      const errors = messages.filter((message) => message.severity === 'error' || message.severity === 'fatal');
      return {
        file,
        messages,
        unexplainedErrors: errors.filter((message) => !allowed(message, messages, entries)),
        allowListedErrors: errors.filter((message) => allowed(message, messages, entries)),
      };
    });
}
