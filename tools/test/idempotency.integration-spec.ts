import { IDENTITY_HEADER, signIdentityAssertion } from '@carta/auth';
import { loadPlatformConfig, PlatformConfig, RunningService, startService } from '@carta/service-kit';
import { anOpenCaseInput, createTestDatabase, engineEnvironment, identities, requireEngines } from '@carta/testing';
import { SERVICES } from '../services';

/**
 * Idempotency keys on real PostgreSQL, where requests truly run side by side: concurrent resends of
 * one openCase wait on the key's row and all get the one case the first opened.
 */
const engines = requireEngines();

describe('idempotent openCase on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let config: PlatformConfig;
  let intake: RunningService;

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
    config = loadPlatformConfig(engineEnvironment(engines, database.url));
    intake = await startService(SERVICES.intake, config, { port: 0 });
  }, 60_000);
  afterAll(async () => {
    await intake?.close();
    await database?.drop();
  });

  it('opens one case for eight concurrent resends with the same key', async () => {
    const coordinator = identities.coordinator('coord-concurrent');
    const input = anOpenCaseInput();
    const send = async () => {
      const response = await fetch(`${intake.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentityAssertion(coordinator, config.internalSecret) },
        body: JSON.stringify({
          query: `mutation($input: OpenCaseInput!, $key: String) { openCase(input: $input, idempotencyKey: $key) { id } }`,
          variables: { input, key: 'concurrent-resend' },
        }),
      });
      return (await response.json()) as { data?: { openCase: { id: string } }; errors?: unknown[] };
    };
    const answers = await Promise.all(Array.from({ length: 8 }, send));
    expect(answers.map((answer) => answer.errors)).toEqual(Array(8).fill(undefined));
    expect(new Set(answers.map((answer) => answer.data?.openCase.id)).size).toBe(1);
    const [{ count }] = (await intake.dataSource.query(`SELECT count(*)::int AS count FROM "intake"."case" WHERE "coordinator_id" = $1`, [
      coordinator.subject,
    ])) as {
      count: number;
    }[];
    expect(count).toBe(1);
  }, 60_000);
});
