import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Identity, IDENTITY_HEADER, signIdentityAssertion, SUBGRAPH_MAX_REQUEST_BYTES } from '@carta/auth';
import { GraphQLResponse } from './gateway-client';

interface Ready {
  gateway: string;
  subgraphs: Record<string, string>;
  tokens: { coordinator: string; admin: string };
}

/**
 * The leaks and fail-open paths of the subgraphs, end to end through the gateway and directly at a
 * subgraph, on the embedded platform running in a process of its own so that everything it writes
 * to stdout and stderr can be searched for a marker planted in patient data.
 */
describe('the platform refuses bad input and leaks nothing (own process, embedded)', () => {
  // In names, e-mail and passport below: letters only, since names are refused unless in Latin letters.
  const MARKER = `Zqx${randomBytes(4)
    .toString('hex')
    .replace(/[0-9]/g, (digit) => 'ghijklmnop'[Number(digit)])}`;
  const SECRET = randomBytes(32).toString('hex');
  const coordinator: Identity = { subject: 'coord-hardening', roles: ['coordinator'] };
  let dataDir: string;
  let child: ChildProcess;
  let stdout = '';
  let stderr = '';
  let ready: Ready;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'carta-hardening-'));
    const env: NodeJS.ProcessEnv = { ...process.env, CARTA_DATA_DIR: dataDir, CARTA_INTERNAL_SECRET: SECRET, CARTA_DEV_AUTH: 'true', CARTA_HOST: '127.0.0.1' };
    for (const engine of ['DATABASE_URL', 'KAFKA_BROKERS', 'S3_ENDPOINT', 'JWT_JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE', 'NODE_OPTIONS']) delete env[engine];
    child = spawn(process.execPath, [join(__dirname, '..', 'run.js'), join(__dirname, 'fixtures', 'platform-process.ts')], {
      cwd: join(__dirname, '..', '..'),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    ready = await new Promise<Ready>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the platform did not start:\n${stderr}`)), 170_000);
      child.once('exit', (code) => reject(new Error(`the platform exited (${code}):\n${stderr}`)));
      child.stdout!.on('data', () => {
        const line = stdout.split('\n').find((candidate) => candidate.startsWith('{"fixture":"ready"'));
        if (line) {
          clearTimeout(timer);
          resolve(JSON.parse(line) as Ready);
        }
      });
    });
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 30_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  const gateway = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(ready.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  const subgraph = async (service: string, init: { identity?: Identity | null; body: string }) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (init.identity) headers[IDENTITY_HEADER] = await signIdentityAssertion(init.identity, SECRET);
    return fetch(`${ready.subgraphs[service]}/graphql`, { method: 'POST', headers, body: init.body });
  };
  const subgraphQuery = async (service: string, identity: Identity | null, query: string, variables: Record<string, unknown> = {}) => {
    const response = await subgraph(service, { identity, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<unknown> };
  };

  const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`;
  const patient = (overrides: Record<string, unknown> = {}) => ({
    givenName: `Mei ${MARKER}`,
    familyName: `Tanaka ${MARKER}`,
    birthDate: '1968-03-03',
    nationality: 'JPN',
    passportNumber: MARKER.toUpperCase(),
    email: `${MARKER}@example.org`,
    ...overrides,
  });
  const diagnosis = { icd10: 'C16.9', description: 'Gastric adenocarcinoma' };

  it('(1a) refuses a NUL or other control character in any string, before any resolver, naming the path', async () => {
    const viaVariables = await gateway(ready.tokens.coordinator, OPEN, { input: { patient: patient({ givenName: `${MARKER}\u0000` }), diagnosis } });
    expect(viaVariables.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '$input.patient.givenName' });
    const viaLiteral = await gateway(
      ready.tokens.coordinator,
      `mutation { openCase(input: { patient: { givenName: "${MARKER}\\u0000", familyName: "Tanaka", birthDate: "1968-03-03", nationality: "JPN" }, diagnosis: { icd10: "C16.9", description: "x" } }) { id } }`,
    );
    expect(viaLiteral.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const loneSurrogate = await gateway(ready.tokens.coordinator, OPEN, { input: { patient: patient({ familyName: `${MARKER}\ud800` }), diagnosis } });
    expect(loneSurrogate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '$input.patient.familyName' });

    const direct = await subgraphQuery('intake', coordinator, OPEN, { input: { patient: patient({ givenName: `${MARKER}\u0007` }), diagnosis } });
    expect(direct.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '$input.patient.givenName' });
    // A query too: every operation is screened.
    const query = await subgraphQuery('intake', coordinator, `query($id: ID!) { case(id: $id) { id } }`, { id: `${randomUUID()}\u0000` });
    expect(query.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '$id' });
    expect(JSON.stringify([viaVariables, viaLiteral, loneSurrogate, direct.body, query.body])).not.toContain(MARKER);
  });

  it('(1c) never prints a rejected variable back: a patient without a family name is refused without the rest of the patient', async () => {
    const { familyName: _missing, ...withoutFamilyName } = patient();
    const refused = await gateway(ready.tokens.coordinator, OPEN, { input: { patient: withoutFamilyName, diagnosis } });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Variable "$input" got an invalid value at "input.patient"; Field "familyName" of required type "String!" was not provided.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(JSON.stringify(refused)).not.toContain(MARKER);
  });

  it('(1b) answers a database failure as a clean INTERNAL_SERVER_ERROR and logs its facts, never the values', async () => {
    const first = await gateway<{ openCase: { id: string } }>(ready.tokens.coordinator, OPEN, { input: { patient: patient(), diagnosis } });
    expect(first.errors).toBeUndefined();
    const again = await gateway(ready.tokens.coordinator, OPEN, { input: { patient: patient({ givenName: 'Other' }), diagnosis } });
    expect(again.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(again)).not.toContain(MARKER);
    const logged = stdout
      .split('\n')
      .filter((line) => line.startsWith('{') && !line.startsWith('{"fixture"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(
      expect.objectContaining({
        level: 'error',
        msg: 'unexpected error',
        errorClass: 'QueryFailedError',
        code: '23505',
        constraint: 'patient_email_key',
        path: 'openCase',
        service: 'intake',
      }),
    );
    expect(logged).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'query failed', code: '23505', service: 'intake' }));
  });

  it('(2) a subgraph serves nothing, `_service` and introspection included, without a forwarded identity, and no schema hints', async () => {
    for (const query of ['{ _service { sdl } }', '{ __schema { types { name } } }', '{ __typename }']) {
      const anonymous = await subgraphQuery('intake', null, query);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(anonymous.body)).not.toMatch(/type Query|__Schema|"data"/);
    }
    const forged = await fetch(`${ready.subgraphs.intake}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentityAssertion(coordinator, randomBytes(32).toString('hex')) },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(forged.status).toBe(401);
    // With an identity, federation's `_service` answers (the gateway composes ahead of time, but it is harmless); introspection stays off.
    expect(((await subgraphQuery('intake', coordinator, '{ _service { sdl } }')).body.data as { _service: { sdl: string } })._service.sdl).toContain(
      'openCase',
    );
    expect((await subgraphQuery('intake', coordinator, '{ __schema { types { name } } }')).body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await subgraphQuery('intake', coordinator, '{ cas(id: "x") { id } }');
    expect(typo.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
  });

  it('(3) HTTP routes fail closed: an upload needs an identity, health and signed links are public', async () => {
    const upload = await fetch(`${ready.subgraphs.documents}/uploads/${randomUUID()}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: 'x',
    });
    expect(upload.status).toBe(401);
    expect(await upload.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const health = await fetch(`${ready.subgraphs.intake}/health`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const unsigned = await fetch(`${ready.subgraphs.billing}/objects?key=x`);
    expect(unsigned.status).toBe(403);
    expect(await unsigned.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('(4) answers malformed and oversized bodies with JSON and a stable code, at a subgraph and at the gateway', async () => {
    const malformed = `{"query": "mutation { openCase }", "variables": {"name": "${MARKER}`;
    const direct = await subgraph('intake', { identity: coordinator, body: malformed });
    expect(direct.status).toBe(400);
    expect(direct.headers.get('content-type')).toMatch(/^application\/json/);
    const directText = await direct.text();
    expect(JSON.parse(directText)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(directText).not.toMatch(new RegExp(`${MARKER}|<html|\\sat\\s|SyntaxError`, 'i'));

    const tooLarge = await subgraph('intake', {
      identity: coordinator,
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(SUBGRAPH_MAX_REQUEST_BYTES) } }),
    });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });

    const unknownRoute = await fetch(`${ready.subgraphs.intake}/nowhere`);
    expect(unknownRoute.status).toBe(404);
    expect(await unknownRoute.json()).toMatchObject({ code: 'NOT_FOUND' });

    const viaGateway = await fetch(ready.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ready.tokens.coordinator}` },
      body: malformed,
    });
    expect(viaGateway.status).toBe(400);
    const gatewayText = await viaGateway.text();
    expect(gatewayText).not.toMatch(new RegExp(`${MARKER}|<html|\\sat\\s`, 'i'));
  });

  it('(5) refuses a malformed dead-letter id as BAD_USER_INPUT', async () => {
    const REDRIVE = `mutation($id: ID!) { redriveIntakeDeadLetter(id: $id) { outcome } }`;
    const viaGateway = await gateway(ready.tokens.admin, REDRIVE, { id: 'not-a-uuid' });
    expect(viaGateway.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const direct = await subgraphQuery('intake', { subject: 'admin-hardening', roles: ['admin'] }, REDRIVE, { id: "1' OR '1'='1" });
    expect(direct.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('(6) refuses a birth date in the future and opens a case for the caller when no coordinator is named', async () => {
    const future = await gateway(ready.tokens.coordinator, OPEN, { input: { patient: patient({ birthDate: '2999-01-01', email: null }), diagnosis } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patient.birthDate' });
    const opened = await gateway<{ openCase: { id: string; coordinatorId: string } }>(
      ready.tokens.coordinator,
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { id coordinatorId } }`,
      {
        input: { patient: { givenName: 'Amina', familyName: 'Okafor', birthDate: '1971-04-02', nationality: 'NGA' }, diagnosis },
      },
    );
    expect(opened.data?.openCase.coordinatorId).toBe('coord-hardening');
  });

  it('never wrote the marker to stdout or stderr, and wrote only JSON lines to stdout', () => {
    expect(stdout).toContain('"msg":"unexpected error"'); // the capture works
    expect(stdout).not.toContain(MARKER);
    expect(stdout.toLowerCase()).not.toContain(MARKER.toLowerCase());
    expect(stderr.toLowerCase()).not.toContain(MARKER.toLowerCase());
    const notJson = stdout.split('\n').filter((line) => line.trim() !== '' && !isJson(line));
    expect(notJson).toEqual([]);
  });
});

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
