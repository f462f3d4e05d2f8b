import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireEngines, TEST_SEALING_KEY } from '@carta/testing';
import { Kafka, logLevel } from 'kafkajs';

/**
 * The README's commands, run as a person copies them: `npm start` (embedded, then on the real
 * engines) and the curl session against each. `npm install` and `npm test` are what `.ci/run` runs;
 * every `npm run <script>` the README names must exist.
 */
const root = join(__dirname, '..', '..');
// The engines' variables `npm test` exported would turn `npm start` into the real-engine mode.
const ENGINE_VARIABLES = ['DATABASE_URL', 'KAFKA_BROKERS', 'S3_ENDPOINT', 'S3_ACCESS_KEY', 'S3_SECRET_KEY', 'S3_BUCKET', 'S3_REGION', 'CARTA_DEV_AUTH'];

function bashBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```bash\n([\s\S]*?)```/g)].map((match) => match[1]);
}

/** A block's commands, continuation lines joined and trailing comments dropped. */
function commandsOf(block: string): string[] {
  return block
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter((line) => line.length > 0);
}

function run(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts a long-running command in its own process group; resolves once it printed `ready`. */
function startUntil(script: string, env: NodeJS.ProcessEnv, ready: string, timeoutMs: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn('bash', ['-c', script], { cwd: root, env, detached: true });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within ${timeoutMs} ms:\n${output.slice(-3000)}`)), timeoutMs);
    const listen = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(ready)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', listen);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${output.slice(-3000)}`));
    });
  });
}

/** Whether any process of the group still runs (bash may end before the platform it started). */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Ctrl+C as a terminal sends it (SIGTERM to the whole group), then waits for every process of it to end. */
async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || !groupAlive(child.pid)) return;
  process.kill(-child.pid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (groupAlive(child.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
}

/**
 * The README's curl session as one script: the token, openCase (its answer printed and its id kept),
 * then every later command with `<id>` replaced by that id.
 */
function curlSession(block: string): string {
  const [token, openCase, ...rest] = commandsOf(block);
  return [
    'set -euo pipefail',
    token,
    `OPENED=$(${openCase})`,
    'echo "$OPENED"',
    `CASE_ID=$(echo "$OPENED" | node -pe 'JSON.parse(require("fs").readFileSync(0)).data.openCase.id')`,
    ...rest.map((command) => command.replaceAll('<id>', `'"$CASE_ID"'`)),
  ].join('\n');
}

describe("the README's commands", () => {
  let readme: string;
  let blocks: string[];
  let dataDir: string;
  let running: ChildProcess | undefined;
  const embeddedEnv = (): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = { ...process.env, CARTA_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    for (const name of ENGINE_VARIABLES) delete env[name];
    // As in a person's shell: Jest's NODE_ENV=test would also switch off Apollo's own signal handlers.
    delete env.NODE_ENV;
    return env;
  };

  beforeAll(async () => {
    readme = await readFile(join(root, 'README.md'), 'utf8');
    blocks = bashBlocks(readme);
    dataDir = await mkdtemp(join(tmpdir(), 'carta-readme-'));
  });

  afterEach(async () => {
    await stop(running);
    running = undefined;
  }, 60_000);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const startBlock = () => blocks.find((block) => block.includes('npm start') && block.includes('npm test'))!;
  const curlBlock = () => blocks.find((block) => block.includes('/dev/token') && block.includes('openCase'))!;
  const enginesBlock = () => blocks.find((block) => block.includes('npm run engines'))!;

  it('names only npm scripts that exist, and CI runs its install and test commands', async () => {
    const scripts = Object.keys(JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).scripts);
    const named = [...readme.matchAll(/npm run (?:-s )?([a-z][a-z0-9:-]*)/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
    expect(commandsOf(startBlock())).toEqual(['npm install && npm start', 'npm test']);
    const ci = await readFile(join(root, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm install\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('starts with `npm start` and answers the curl session', async () => {
    running = (await startUntil('npm start', embeddedEnv(), 'Carta is up', 180_000)).child;
    const session = await run(curlSession(curlBlock()), embeddedEnv());
    expect(session.stderr).toBe('');
    expect(session.code).toBe(0);
    const [opened, read] = session.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openCase.coordinatorId).toMatch(/\S/);
    expect(read.errors).toBeUndefined();
    expect(read.data.case).toMatchObject({ status: expect.any(String), diagnosis: { icd10: 'C16.9' } });
  }, 300_000);

  it('starts on the real engines as written and answers the same session', async () => {
    // One key for every run on this machine, as a deployment keeps one: the shared default topics
    // still hold earlier runs' sealed events, which a new key could only dead-letter.
    const env = { ...embeddedEnv(), CARTA_DATA_DIR: join(dataDir, 'engines'), CARTA_SEALING_KEY: TEST_SEALING_KEY };
    running = (await startUntil(commandsOf(enginesBlock())[0], env, 'Carta is up', 240_000)).child;
    const session = await run(curlSession(curlBlock()), embeddedEnv());
    expect(session.code).toBe(0);
    const [opened, read] = session.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(opened.errors).toBeUndefined();
    // The case is read back through the gateway as soon as intake committed it.
    expect(read.errors).toBeUndefined();
    expect(read.data.case.diagnosis).toEqual({ icd10: 'C16.9' });

    // Ctrl+C / SIGTERM is graceful: every consumer leaves its group before the process ends, so a
    // restart does not wait out the session timeout of members that are gone.
    await stop(running);
    running = undefined;
    const admin = new Kafka({ clientId: 'readme-spec', brokers: requireEngines().kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups(['documents.carta.intake.case.v1', 'travel.carta.eligibility.referral.v1']);
      expect(groups.map((group) => [group.groupId, group.members.length])).toEqual([
        ['documents.carta.intake.case.v1', 0],
        ['travel.carta.eligibility.referral.v1', 0],
      ]);
    } finally {
      await admin.disconnect();
    }
  }, 360_000);
});
