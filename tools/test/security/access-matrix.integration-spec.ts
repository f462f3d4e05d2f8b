import { appendFileSync } from 'node:fs';
import { getVariableValues, OperationDefinitionNode, parse, validate } from 'graphql';
import { signIdentityAssertion, IDENTITY_HEADER } from '@carta/auth';
import { loadPlatformConfig, PlatformConfig } from '@carta/service-kit';
import { createTestDatabase, engineEnvironment, requireEngines } from '@carta/testing';
import { RunningPlatform, startPlatform } from '../../platform';
import { captureLogs } from './log-capture';
import { deriveOperations, loadApiSchema, Operation, stringsIn } from './operations';
import { Answer, buildScenario, callerFor, Caller, gatewaySender, identities, Scenario, snapshot } from './scenario';

/**
 * The platform's access model, checked for every operation the supergraph offers against a victim
 * case built on the real engines: who is refused, what never crosses to whom, and that nothing
 * answers with a crash, a stack trace, SQL or the patient's name. Failures name the operation, the
 * caller and what crossed the line.
 */
const engines = requireEngines();
const logs = captureLogs();
const schema = loadApiSchema();
const operations = deriveOperations(schema);

const anonymous: Caller = { label: 'anonymous', kind: 'anonymous' };
const garbage: Caller = { label: 'garbage token', kind: 'garbage' };
const forged: Caller = { label: 'forged admin token (foreign key)', kind: 'forged' };
const owner = callerFor('owner coordinator A', identities.owner);
const admin = callerFor('admin', identities.admin);
const analyst = callerFor('analyst', identities.analyst);
const ruijin = callerFor('RUIJIN office', identities.ruijinOffice);
const puth = callerFor('PUTH office (referred, consented, no FINANCIAL)', identities.puthOffice);
const coordinatorB = callerFor('coordinator B', identities.coordinatorB);

/** Writes on the caller's own things only (the read state of its own notifications): nobody is refused them. */
const CALLERS_OWN_WRITES = new Set(['markAllNotificationsRead']);
/** What the PUTH office may write: its own referral's decision, letters, delays, profile, tariff, trials. Not sent to it here. */
const PUTH_OWN_WRITES = new Set([
  'recordPiDecision',
  'issueInvitationLetter',
  'reportManufacturingDelay',
  'updateCentreProfile',
  'setCentreTariff',
  'updateTrialCriteria',
  'setTrialRecruiting',
  'registerTrial',
  'updateTrial',
  'setTrialSiteInvestigator',
  'reissueInvitationLetter',
]);
/** What PUTH reads of the travellers' identity, consented (IDENTITY, TRAVEL): the letter it issues prints their names. */
const PUTH_READS_IDENTITY = new Set(['previewInvitationLetter', 'myInvitationLetters', 'case.invitationLetters']);
/** Searches answer every caller, with only what the caller may see: no hit on the victim is the refusal. */
const SEARCHES = new Set(['cases']);
/** Fields of a case an office never reads (identifying details are staff-only) or outside PUTH's consent (no FINANCIAL). */
const OUTSIDE_PUTH_CONSENT = new Set(['patient', 'companions', 'billing']);

const STACK = /\bat (?:async )?[\w.$<>[\]]+ \(?(?:\/|node:|file:)|node_modules|\.[cm]?[jt]s:\d+/;
const SQL =
  /\b(?:SELECT\s+[\w*"., ]+\s+FROM|INSERT\s+INTO|UPDATE\s+"?\w+"?\s+SET|DELETE\s+FROM)\b|QueryFailedError|duplicate key value|violates \w+(?:[- ]\w+)? constraint|relation "[^"]+" does not exist|syntax error at or near|invalid input syntax for|invalid byte sequence/i;
const CLEAR_LIMIT = /depth|alias|token|cost|complex|limit|too (?:many|large|deep|big)|exceed/i;

describe('platform security: access matrix, abuse and leaks (real engines)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let platform: RunningPlatform;
  let config: PlatformConfig;
  let scenario: Scenario;
  let before: Record<string, string>;
  const send = gatewaySender(() => platform);
  const sent = new Map<string, Set<string>>();
  const base = () => platform.gateway.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
    config = loadPlatformConfig(engineEnvironment(engines, database.url));
    platform = await startPlatform(config, { ports: 'any' });
    scenario = await buildScenario(() => platform);
    before = await snapshot(send, scenario);
  }, 240_000);

  afterAll(async () => {
    await platform?.close();
    await database?.drop();
    logs.restore();
  }, 60_000);

  const victimIds = () => Object.entries(scenario.ids).map(([name, value]) => ({ name, value }));
  const codes = (answer: Answer) => (answer.body?.errors ?? []).map((error) => String(error.extensions?.code ?? 'NO_CODE'));
  const excerpt = (answer: Answer) => `HTTP ${answer.status} ${answer.text.slice(0, 400)}`;
  const touchesVictim = (operation: Operation) =>
    operation.caseField !== undefined || stringsIn(operation.variables(scenario)).some((value) => victimIds().some((id) => id.value === value));
  const isMoney = (operation: Operation) => operation.caseField === 'billing' || (operation.subgraph === 'billing' && touchesVictim(operation));
  const isAdminOnly = (operation: Operation) =>
    /DeadLetter/.test(operation.name) || operation.returns === 'DeadLetter' || operation.returns === 'RedriveResult';
  /** Centres and trials: the only reading an analyst does. */
  const isReference = (operation: Operation) =>
    operation.kind === 'query' && !operation.caseField && ['Centre', 'Trial'].includes(operation.returns) && !isAdminOnly(operation);
  /** The answer to the probe, wherever it sits (`case.<field>` probes read one field of the case). */
  const answered = (operation: Operation, answer: Answer) => {
    const root = answer.body?.data?.[operation.rootField];
    if (operation.caseField === undefined) return root ?? null;
    return (root as Record<string, unknown> | null | undefined)?.[operation.caseField] ?? null;
  };

  async function probe(caller: Caller, operation: Operation): Promise<Answer> {
    const answer = await send(caller, operation.document, operation.variables(scenario));
    if (!sent.has(caller.label)) sent.set(caller.label, new Set());
    sent.get(caller.label)!.add(operation.name);
    // SECURITY_SUITE_TRACE=<file>: every probe and its answer, one JSON line each, for reading a run.
    if (process.env.SECURITY_SUITE_TRACE)
      appendFileSync(
        process.env.SECURITY_SUITE_TRACE,
        `${JSON.stringify({ caller: caller.label, operation: operation.name, status: answer.status, answer: answer.text.slice(0, 500) })}\n`,
      );
    return answer;
  }

  /** What no authenticated answer may ever carry. */
  function leaks(subject: string, answer: Answer, options: { markerAllowed: boolean; victimIdsInDataAllowed: boolean; sentValues: string[] }): string[] {
    const found: string[] = [];
    if (answer.status >= 500) found.push(`${subject}: answered HTTP ${answer.status}`);
    if (codes(answer).includes('INTERNAL_SERVER_ERROR')) found.push(`${subject}: answered INTERNAL_SERVER_ERROR`);
    if (STACK.test(answer.text)) found.push(`${subject}: the answer carries a stack trace or source path (${STACK.exec(answer.text)![0]})`);
    if (SQL.test(answer.text)) found.push(`${subject}: the answer carries SQL or a database error (${SQL.exec(answer.text)![0]})`);
    if (/did you mean/i.test(answer.text)) found.push(`${subject}: the answer suggests schema names ("Did you mean")`);
    if (!options.markerAllowed && answer.text.toLowerCase().includes(scenario.marker.toLowerCase()))
      found.push(`${subject}: the victim patient's name (marker) crossed into the answer`);
    if (!options.victimIdsInDataAllowed) {
      const data = JSON.stringify(answer.body?.data ?? null);
      for (const id of victimIds()) {
        // An id the caller sent may be echoed in an error; one it did not send must appear nowhere.
        if (!options.sentValues.includes(id.value) && answer.text.includes(id.value))
          found.push(`${subject}: the victim's ${id.name} crossed into the answer without being asked for`);
        else if (data.includes(id.value)) found.push(`${subject}: the victim's ${id.name} came back as data`);
      }
    }
    return found;
  }

  function refusal(subject: string, operation: Operation, answer: Answer, allowed: string[]): string[] {
    const found: string[] = [];
    const codeList = codes(answer);
    const value = answered(operation, answer);
    // One field of a case may be withheld silently (null, or an empty list); a root operation must say no.
    // A search answers with no hit rather than an error: the caller simply sees nothing of the victim.
    if (SEARCHES.has(operation.name) && (value as { totalCount?: number } | null)?.totalCount === 0) return found;
    const withheld = value === null || (operation.caseField !== undefined && Array.isArray(value) && value.length === 0);
    if (!withheld) found.push(`${subject}: NOT refused, it answered ${JSON.stringify(value).slice(0, 200)}`);
    if (codeList.length === 0 && operation.caseField === undefined) found.push(`${subject}: no error at all (expected ${allowed.join('/')})`);
    const wrong = codeList.filter((code) => !allowed.includes(code));
    if (wrong.length > 0) found.push(`${subject}: refused with ${wrong.join(', ')} instead of ${allowed.join('/')} — ${excerpt(answer)}`);
    return found;
  }

  const none = (violations: string[]) => expect(violations.join('\n')).toBe('');

  describe('the operation catalogue', () => {
    it('derives a probe for every Query and Mutation field of the supergraph, and for every field of Case', () => {
      const expected = [
        ...Object.keys(schema.getQueryType()!.getFields()),
        ...Object.keys(schema.getMutationType()!.getFields()),
        ...Object.keys((schema.getType('Case') as { getFields(): Record<string, unknown> }).getFields())
          .filter((name) => name !== 'id')
          .map((name) => `case.${name}`),
      ];
      expect(operations.map((operation) => operation.name).sort()).toEqual(expected.sort());
      expect(operations.filter((operation) => operation.kind === 'mutation').length).toBeGreaterThan(30);
    });

    it.each(operations.map((operation) => [operation.name, operation] as const))('%s: a valid document with valid variables', (_name, operation) => {
      const document = parse(operation.document);
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
      const definition = document.definitions[0] as OperationDefinitionNode;
      const coerced = getVariableValues(schema, definition.variableDefinitions ?? [], operation.variables(scenario));
      expect('errors' in coerced ? coerced.errors?.map((error) => error.message) : []).toEqual([]);
    });

    it('built the whole victim world (steps that failed leave probes aimed at ids that do not exist)', () => {
      expect(scenario.gaps).toEqual([]);
    });
  });

  describe.each([anonymous, garbage, forged].map((caller) => [caller.label, caller] as const))('%s', (_label, caller) => {
    it.each(operations.map((operation) => [operation.name, operation] as const))('%s → UNAUTHENTICATED, no data', async (_name, operation) => {
      const answer = await probe(caller, operation);
      const subject = `${operation.kind} ${operation.name} as ${caller.label}`;
      const found: string[] = [];
      const list = codes(answer);
      if (list.length === 0 || list.some((code) => code !== 'UNAUTHENTICATED'))
        found.push(`${subject}: expected only UNAUTHENTICATED, got [${list.join(', ')}] — ${excerpt(answer)}`);
      if (answer.body?.data) found.push(`${subject}: data came back: ${JSON.stringify(answer.body.data).slice(0, 200)}`);
      found.push(...leaks(subject, answer, { markerAllowed: false, victimIdsInDataAllowed: false, sentValues: stringsIn(operation.variables(scenario)) }));
      none(found);
    });
  });

  /** Who must be refused what; `skip` for what the caller legitimately owns (not sent, so the victim's world stays as built). */
  const rules: {
    caller: Caller;
    refuse(operation: Operation): boolean;
    skip(operation: Operation): boolean;
    markerAllowed: boolean;
    victimIdsInDataAllowed: boolean;
  }[] = [
    { caller: analyst, refuse: (operation) => !isReference(operation), skip: () => false, markerAllowed: false, victimIdsInDataAllowed: false },
    {
      caller: ruijin,
      refuse: (operation) => touchesVictim(operation) || (operation.kind === 'mutation' && !CALLERS_OWN_WRITES.has(operation.name)) || isAdminOnly(operation),
      skip: () => false,
      markerAllowed: false,
      victimIdsInDataAllowed: false,
    },
    {
      caller: puth,
      refuse: (operation) =>
        isMoney(operation) ||
        (operation.kind === 'mutation' && !CALLERS_OWN_WRITES.has(operation.name)) ||
        isAdminOnly(operation) ||
        OUTSIDE_PUTH_CONSENT.has(operation.caseField ?? ''),
      skip: (operation) => PUTH_OWN_WRITES.has(operation.name),
      markerAllowed: false,
      victimIdsInDataAllowed: true,
    },
    // Coordinator B last: if a hostile write gets through, it cannot spoil the other callers' checks.
    {
      caller: coordinatorB,
      refuse: (operation) =>
        isMoney(operation) ||
        isAdminOnly(operation) ||
        (operation.kind === 'mutation' && operation.name !== 'openCase' && !CALLERS_OWN_WRITES.has(operation.name)),
      skip: () => false,
      markerAllowed: true,
      victimIdsInDataAllowed: true,
    },
  ];

  describe.each(rules.map((rule) => [rule.caller.label, rule] as const))('%s', (_label, rule) => {
    it.each(operations.map((operation) => [operation.name, operation] as const))('%s', async (_name, operation) => {
      if (rule.skip(operation)) return;
      const answer = await probe(rule.caller, operation);
      const subject = `${operation.kind} ${operation.name} as ${rule.caller.label}`;
      const found = leaks(subject, answer, {
        markerAllowed: rule.markerAllowed || (rule.caller === puth && PUTH_READS_IDENTITY.has(operation.name)),
        victimIdsInDataAllowed: rule.victimIdsInDataAllowed,
        sentValues: stringsIn(operation.variables(scenario)),
      });
      if (rule.refuse(operation)) found.push(...refusal(subject, operation, answer, ['FORBIDDEN', 'NOT_FOUND']));
      none(found);
    });

    // The gateway stops at intake when intake refuses the case; each subgraph must refuse on its own too.
    it.each(operations.filter((operation) => operation.caseField && operation.subgraph !== 'intake').map((operation) => [operation.name, operation] as const))(
      '%s via _entities, straight at its subgraph',
      async (_name, operation) => {
        if (rule.caller.kind !== 'identity') return;
        const service = platform.services.find((running) => running.name === operation.subgraph)!;
        const response = await fetch(`${service.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentityAssertion(rule.caller.identity, config.internalSecret) },
          body: JSON.stringify({
            query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { ${operation.caseField}${operation.entitySelection} } } }`,
            variables: { r: [{ __typename: 'Case', id: scenario.ids.caseId }] },
          }),
        });
        const text = await response.text();
        const answer: Answer = { status: response.status, text, body: JSON.parse(text) as Answer['body'] };
        const subject = `_entities { ${operation.caseField} } at ${operation.subgraph} as ${rule.caller.label}`;
        const found = leaks(subject, answer, {
          markerAllowed: rule.markerAllowed || (rule.caller === puth && PUTH_READS_IDENTITY.has(operation.name)),
          victimIdsInDataAllowed: rule.victimIdsInDataAllowed,
          sentValues: [scenario.ids.caseId],
        });
        if (rule.refuse(operation)) {
          const value = ((answer.body?.data?._entities as Record<string, unknown>[] | undefined)?.[0]?.[operation.caseField!] ?? null) as unknown;
          if (!(value === null || (Array.isArray(value) && value.length === 0)))
            found.push(`${subject}: NOT refused, it answered ${JSON.stringify(value).slice(0, 200)}`);
          const wrong = codes(answer).filter((code) => !['FORBIDDEN', 'NOT_FOUND'].includes(code));
          if (wrong.length > 0) found.push(`${subject}: refused with ${wrong.join(', ')} — ${excerpt(answer)}`);
        }
        none(found);
      },
    );

    it("cannot stream bytes into the victim case's pending document version", async () => {
      if (rule.caller.kind !== 'identity') return;
      const response = await fetch(`${base()}/uploads/${scenario.ids.pendingVersionId}`, {
        method: 'PUT',
        body: Buffer.from('%PDF-1.7\nprobe\n%%EOF\n'),
        headers: { 'content-type': 'application/pdf', authorization: `Bearer ${await platform.devIssuer.issue(rule.caller.identity)}` },
      });
      const text = await response.text();
      const found: string[] = [];
      if (![403, 404].includes(response.status))
        found.push(`PUT /uploads/<victim pending version> as ${rule.caller.label}: answered ${response.status} (expected 403/404): ${text.slice(0, 200)}`);
      if (STACK.test(text) || SQL.test(text)) found.push(`PUT /uploads as ${rule.caller.label}: stack or SQL in the answer: ${text.slice(0, 200)}`);
      none(found);
    });
  });

  describe('after the matrix', () => {
    it('sent every operation to every caller (a new query or mutation is covered without editing this suite)', () => {
      const missing: string[] = [];
      for (const caller of [anonymous, garbage, forged]) {
        for (const operation of operations) if (!sent.get(caller.label)?.has(operation.name)) missing.push(`${operation.name} never sent as ${caller.label}`);
      }
      for (const rule of rules) {
        for (const operation of operations)
          if (!rule.skip(operation) && !sent.get(rule.caller.label)?.has(operation.name)) missing.push(`${operation.name} never sent as ${rule.caller.label}`);
      }
      none(missing);
    });

    it("left the victim case, and PUTH's profile, tariff and trials, exactly as they were", async () => {
      const after = await snapshot(send, scenario);
      none(
        Object.keys(before)
          .filter((key) => before[key] !== after[key])
          .map((key) => `${key} changed under hostile writes:\n  before ${before[key].slice(0, 300)}\n  after  ${after[key].slice(0, 300)}`),
      );
    });

    it('still serves the owner, an admin, the consented office and team cover (the suite does not pass because everything is broken)', async () => {
      const found: string[] = [];
      const expectOk = async (
        caller: Caller,
        what: string,
        query: string,
        variables: Record<string, unknown>,
        check: (data: Record<string, unknown>) => boolean,
      ) => {
        const answer = await send(caller, query, variables);
        if (answer.body?.errors || !answer.body?.data || !check(answer.body.data)) found.push(`${what} as ${caller.label} failed: ${excerpt(answer)}`);
      };
      const id = scenario.ids.caseId;
      const hasMarker = (data: Record<string, unknown>) => JSON.stringify(data).includes(scenario.marker);
      await expectOk(owner, 'reading the patient', `query($id: ID!) { case(id: $id) { patient { familyName } } }`, { id }, hasMarker);
      await expectOk(
        owner,
        'reading the money',
        `query($id: ID!) { case(id: $id) { billing { balance { due { amount } } invoices { id } } } }`,
        { id },
        (data) => JSON.stringify(data).includes(scenario.ids.invoiceId),
      );
      await expectOk(owner, 'reading the checklist', `query($id: ID!) { checklist(caseId: $id) { completeness } }`, { id }, (data) => Boolean(data.checklist));
      await expectOk(owner, 'a download link', `query($id: ID!) { documentDownload(versionId: $id) { url } }`, { id: scenario.ids.versionId }, (data) =>
        Boolean(data.documentDownload),
      );
      await expectOk(
        owner,
        'adding a companion',
        `mutation($id: ID!) { addCompanion(caseId: $id, companion: { givenName: "Ben", familyName: "Okoro", birthDate: "1995-08-09", nationality: "NGA", relationship: "son" }) { id } }`,
        { id },
        (data) => Boolean(data.addCompanion),
      );
      await expectOk(admin, 'reading the patient', `query($id: ID!) { case(id: $id) { patient { familyName } } }`, { id }, hasMarker);
      await expectOk(admin, 'reading the money', `query($id: ID!) { case(id: $id) { billing { balance { due { amount } } } } }`, { id }, (data) =>
        Boolean(data.case),
      );
      await expectOk(admin, 'listing dead letters', `{ intakeDeadLetters { id } }`, {}, (data) => Array.isArray(data.intakeDeadLetters));
      await expectOk(
        admin,
        'assigning the case (to its own coordinator)',
        `mutation($id: ID!, $to: String!) { assignCoordinator(caseId: $id, coordinatorId: $to) { coordinatorId } }`,
        { id, to: identities.owner.subject },
        (data) => (data.assignCoordinator as { coordinatorId: string }).coordinatorId === identities.owner.subject,
      );
      await expectOk(puth, "reading the referred case's checklist", `query($id: ID!) { case(id: $id) { id checklist { completeness } } }`, { id }, (data) =>
        Boolean((data.case as { checklist: unknown } | null)?.checklist),
      );
      await expectOk(puth, 'listing its referrals', `{ myReferrals { case { id } } }`, {}, (data) => JSON.stringify(data).includes(id));
      await expectOk(
        coordinatorB,
        'reading the clinical data (team cover)',
        `query($id: ID!) { case(id: $id) { status diagnosis { icd10 } } }`,
        { id },
        (data) => Boolean(data.case),
      );
      await expectOk(analyst, 'reading the trials', `{ trials { id } }`, {}, (data) => Array.isArray(data.trials));
      none(found);
    });

    it('is still alive: the gateway and every subgraph answer /health', async () => {
      const found: string[] = [];
      for (const [name, url] of [['gateway', base()], ...platform.services.map((service) => [service.name, service.url])]) {
        const response = await fetch(`${url}/health`).catch((error: Error) => ({ status: 0, statusText: error.message }) as Response);
        if (response.status !== 200) found.push(`${name} /health answered ${response.status}`);
      }
      none(found);
    });
  });

  describe('GraphQL abuse is refused with a clear error, not answered', () => {
    const refusedClearly = (what: string, answer: Answer): string[] => {
      const found: string[] = [];
      const data = answer.body?.data;
      if (data && Object.values(data).some((value) => value !== null)) found.push(`${what}: answered (data came back)`);
      if (!answer.body?.errors?.length) found.push(`${what}: no error — ${excerpt(answer)}`);
      else if (!answer.body.errors.some((error) => CLEAR_LIMIT.test(error.message)))
        found.push(`${what}: the error does not say which limit was hit — ${excerpt(answer)}`);
      if (answer.status >= 500 || codes(answer).includes('INTERNAL_SERVER_ERROR')) found.push(`${what}: crashed — ${excerpt(answer)}`);
      if (STACK.test(answer.text)) found.push(`${what}: stack trace in the answer`);
      return found;
    };

    it('a query 81 levels deep', async () => {
      let selection = 'id';
      for (let level = 0; level < 40; level++) selection = `invitationLetters { case { ${selection} } }`;
      none(refusedClearly('depth 81', await send(owner, `query($id: ID!) { case(id: $id) { ${selection} } }`, { id: scenario.ids.caseId })));
    });

    it('1,000 aliases', async () => {
      const aliases = Array.from({ length: 1000 }, (_, index) => `a${index}: centres { id }`).join(' ');
      none(refusedClearly('1,000 aliases', await send(owner, `{ ${aliases} }`)));
    });

    it('a 30,000-field document', async () => {
      none(refusedClearly('30,000 fields', await send(owner, `{ centres { ${'id '.repeat(30_000)} } }`)));
    });

    it('100 aliased case reads in one request', async () => {
      const reads = Array.from({ length: 100 }, (_, index) => `c${index}: case(id: $id) { id patient { familyName } }`).join(' ');
      none(refusedClearly('100 aliased case reads', await send(owner, `query($id: ID!) { ${reads} }`, { id: scenario.ids.caseId })));
    });

    it.each([owner, admin, analyst, puth].map((caller) => [caller.label, caller] as const))('introspection as %s', async (_label, caller) => {
      const found: string[] = [];
      for (const query of [`{ __schema { types { name } } }`, `{ __type(name: "Case") { fields { name } } }`]) {
        const answer = await send(caller, query);
        if (answer.body?.data && Object.values(answer.body.data).some((value) => value !== null))
          found.push(`${query} as ${caller.label}: the schema was disclosed`);
        if (!answer.body?.errors?.length) found.push(`${query} as ${caller.label}: no error`);
      }
      none(found);
    });

    it('no "Did you mean" hints for mistyped fields, arguments or enum values', async () => {
      const found: string[] = [];
      for (const query of [
        `{ caes(id: "x") { id } }`,
        `{ case(id: "x") { statu } }`,
        `{ trials(recruitingOnli: true) { id } }`,
        `mutation { transitionCase(caseId: "x", to: WITHDRAWM) { id } }`,
      ]) {
        const answer = await send(owner, query);
        if (/did you mean/i.test(answer.text)) found.push(`${query}: ${answer.text.slice(0, 200)}`);
        if (!answer.body?.errors?.length) found.push(`${query}: not refused`);
      }
      none(found);
    });
  });

  describe('nothing leaks in errors or logs', () => {
    it('a malformed JSON body gets a JSON error without a stack or server paths', async () => {
      const found: string[] = [];
      for (const authorization of [{}, { authorization: `Bearer ${await platform.devIssuer.issue(identities.owner)}` }]) {
        const response = await fetch(platform.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...authorization },
          body: '{"query": "{ centres { id } }", "variables": {',
        });
        const text = await response.text();
        const who = 'authorization' in authorization ? 'as the owner' : 'anonymously';
        // Anonymously, refusing the caller first (401) is as good as refusing the body (400).
        if (response.status !== 400 && !(response.status === 401 && who === 'anonymously'))
          found.push(`malformed JSON ${who}: HTTP ${response.status} (expected 400)`);
        if (!/json/.test(response.headers.get('content-type') ?? ''))
          found.push(`malformed JSON ${who}: answered ${response.headers.get('content-type')}, not JSON: ${text.slice(0, 200)}`);
        if (STACK.test(text) || /\/work\/|\/home\/|SyntaxError/.test(text))
          found.push(`malformed JSON ${who}: stack, path or parser internals in the answer: ${text.slice(0, 300)}`);
      }
      none(found);
    });

    it('a body over the size limit gets a JSON error without a stack', async () => {
      const response = await fetch(platform.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await platform.devIssuer.issue(identities.owner)}` },
        body: JSON.stringify({ query: '{ centres { id } }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }),
      });
      const text = await response.text();
      const found: string[] = [];
      if (response.status !== 413) found.push(`2 MB body: HTTP ${response.status} (expected 413)`);
      if (!/json/.test(response.headers.get('content-type') ?? ''))
        found.push(`2 MB body: answered ${response.headers.get('content-type')}, not JSON: ${text.slice(0, 200)}`);
      if (STACK.test(text) || /\/work\/|PayloadTooLargeError/.test(text)) found.push(`2 MB body: stack or internals in the answer: ${text.slice(0, 300)}`);
      none(found);
    });

    it("a NUL byte in the patient's name is BAD_USER_INPUT, not a database error, and the name is not echoed", async () => {
      const answer = await send(owner, `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
        input: {
          patient: { givenName: 'Nul', familyName: `${scenario.marker}\u0000x`, birthDate: '1970-01-01', nationality: 'GBR' },
          diagnosis: { icd10: 'C16.9', description: 'probe' },
          coordinatorId: identities.owner.subject,
        },
      });
      const found = leaks('openCase with a NUL byte', answer, { markerAllowed: false, victimIdsInDataAllowed: false, sentValues: [] });
      if (codes(answer)[0] !== 'BAD_USER_INPUT')
        found.push(`openCase with a NUL byte: expected BAD_USER_INPUT, got [${codes(answer).join(', ')}] — ${excerpt(answer)}`);
      none(found);
    });

    it("never writes the patient's name to a log line", () => {
      const lines = logs.lines().filter((line) => line.toLowerCase().includes(scenario.marker.toLowerCase()));
      none(lines.map((line) => `logged: ${line.slice(0, 300)}`));
    });
  });
});
