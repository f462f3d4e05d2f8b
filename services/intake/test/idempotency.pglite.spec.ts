import { CaseOpened } from '@carta/contracts';
import { Identity, IDENTITY_HEADER, signIdentityAssertion } from '@carta/auth';
import { INTERNAL_SECRET } from '@carta/service-kit';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aCompanion, aDiagnosis, anOpenCaseInput, identities } from '@carta/testing';
import { Case, Companion } from '../src/cases/case.entity';
import { intakeService } from '../src/service';

/** openCase with an idempotency key, through intake's subgraph as the gateway calls it (PGlite). */
describe('intake: idempotent openCase', () => {
  let intake: ServiceHarness;

  beforeAll(async () => {
    intake = await startServiceHarness(intakeService);
  }, 60_000);
  afterAll(() => intake?.close());

  const graphql = async (who: Identity, query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${intake.running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentityAssertion(who, intake.get<string>(INTERNAL_SECRET)) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: { openCase: { id: string; reference: string } } | null; errors?: { extensions?: { code?: string } }[] };
  };
  const OPEN = `mutation($input: OpenCaseInput!, $key: String) { openCase(input: $input, idempotencyKey: $key) { id reference } }`;
  const listed = async (who: Identity) => {
    const answer = (await (
      await fetch(`${intake.running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentityAssertion(who, intake.get<string>(INTERNAL_SECRET)) },
        body: JSON.stringify({ query: `{ cases(filter: { mine: true }, first: 100) { edges { node { id } } } }` }),
      })
    ).json()) as { data: { cases: { edges: { node: { id: string } }[] } } };
    return answer.data.cases.edges.map((edge) => edge.node.id);
  };

  it('opens one case for a repeat with the same key and input, and announces it once', async () => {
    const coordinator = identities.coordinator('coord-resend');
    const input = anOpenCaseInput();
    const first = await graphql(coordinator, OPEN, { input, key: 'form-7f3a' });
    const repeat = await graphql(coordinator, OPEN, { input, key: 'form-7f3a' });
    expect(first.errors).toBeUndefined();
    expect(repeat.data?.openCase).toEqual(first.data?.openCase);
    expect(await listed(coordinator)).toEqual([first.data!.openCase.id]);
    expect(await intake.outbox(CaseOpened, first.data!.openCase.id)).toHaveLength(1);
  });

  it('opens one case when a double submit arrives at the same time', async () => {
    const coordinator = identities.coordinator('coord-double');
    const input = anOpenCaseInput();
    const answers = await Promise.all([graphql(coordinator, OPEN, { input, key: 'double' }), graphql(coordinator, OPEN, { input, key: 'double' })]);
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined]);
    expect(answers[1].data?.openCase.id).toBe(answers[0].data?.openCase.id);
    expect(await listed(coordinator)).toHaveLength(1);
  });

  it('refuses the same key with another input (CONFLICT) and writes nothing', async () => {
    const coordinator = identities.coordinator('coord-conflict');
    await graphql(coordinator, OPEN, { input: anOpenCaseInput(), key: 'reused' });
    const other = await graphql(coordinator, OPEN, { input: anOpenCaseInput({ diagnosis: aDiagnosis({ description: 'Another diagnosis' }) }), key: 'reused' });
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await listed(coordinator)).toHaveLength(1);
  });

  it("gives another caller's same key its own case; without a key every call opens a case", async () => {
    const one = identities.coordinator('coord-one');
    const two = identities.coordinator('coord-two');
    const input = anOpenCaseInput();
    const mine = await graphql(one, OPEN, { input, key: 'shared-key' });
    const theirs = await graphql(two, OPEN, { input, key: 'shared-key' });
    expect(theirs.data?.openCase.id).not.toBe(mine.data?.openCase.id);
    expect(await listed(two)).toEqual([theirs.data!.openCase.id]);

    await graphql(one, OPEN, { input });
    await graphql(one, OPEN, { input });
    expect(await listed(one)).toHaveLength(3);
  });

  it('refuses a malformed key as BAD_USER_INPUT, and lets a key be used again after its 24 hours', async () => {
    const coordinator = identities.coordinator('coord-expiry');
    const input = anOpenCaseInput();
    expect((await graphql(coordinator, OPEN, { input, key: 'not a key!' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await graphql(coordinator, OPEN, { input, key: 'x'.repeat(65) })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const first = await graphql(coordinator, OPEN, { input, key: 'daily' });
    await intake.dataSource.query(`UPDATE "intake"."idempotency_key" SET "created_at" = now() - interval '23 hours' WHERE "key" = 'daily'`);
    expect((await graphql(coordinator, OPEN, { input, key: 'daily' })).data?.openCase.id).toBe(first.data?.openCase.id);
    await intake.dataSource.query(`UPDATE "intake"."idempotency_key" SET "created_at" = now() - interval '25 hours' WHERE "key" = 'daily'`);
    const later = await graphql(coordinator, OPEN, { input, key: 'daily' });
    expect(later.data?.openCase.id).not.toBe(first.data?.openCase.id);
    expect(await intake.dataSource.getRepository(Case).countBy({ coordinatorId: coordinator.subject })).toBe(2);
  });

  it('adds one companion for a repeated addCompanion with the same key (a third is still refused)', async () => {
    const coordinator = identities.coordinator('coord-companion');
    const opened = await graphql(coordinator, OPEN, { input: anOpenCaseInput() });
    const caseId = opened.data!.openCase.id;
    const ADD = `mutation($caseId: ID!, $companion: CompanionInput!, $key: String) { addCompanion(caseId: $caseId, companion: $companion, idempotencyKey: $key) { id } }`;
    const companion = aCompanion({ passportNumber: 'TZ1234567' });
    for (let i = 0; i < 3; i++) expect((await graphql(coordinator, ADD, { caseId, companion, key: 'companion-1' })).errors).toBeUndefined();
    expect(await intake.dataSource.getRepository(Companion).countBy({ caseId })).toBe(1);
    await graphql(coordinator, ADD, { caseId, companion: aCompanion({ passportNumber: 'TZ7654321' }), key: 'companion-2' });
    const third = await graphql(coordinator, ADD, { caseId, companion: aCompanion({ passportNumber: 'TZ0000001' }), key: 'companion-3' });
    expect(third.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await intake.dataSource.getRepository(Companion).countBy({ caseId })).toBe(2);
  });
});
