import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDataSource } from '@carta/persistence';
import { Audit, AuditEvidence1763900000000, AuditRecord, AuditTable1763800000001, verifyAuditChain } from '@carta/audit';
import { loadPlatformConfig, openServiceDataSource, platformLog, SERVICE_NAMES, ServiceName } from '@carta/service-kit';
import { anOpenCaseInput, createTestDatabase, eventually, identities, requireEngines } from '@carta/testing';
import type { AuditEvent, Bundle } from 'fhir/r4';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { describeReport, verifyAuditTrails } from '../audit-verify';
import { RunningPlatform, startPlatform } from '../platform';
import { SERVICES } from '../services';
import { gatewayClient } from './gateway-client';

/**
 * The audit trail as evidence, on the embedded platform (PGlite, the in-process bus): refusals are
 * recorded although their transaction rolls back, admins read a case's trail across all six
 * services through the gateway (and that read is recorded), and the chains reveal tampering.
 */
describe('the audit trail', () => {
  let dataDir: string;
  let platform: RunningPlatform;
  let caseId: string;
  const gateway = gatewayClient(() => platform);
  const coordinator = identities.coordinator('coord-a');
  const colleague = identities.coordinator('coord-b');
  const office = identities.office('puth');
  const admin = identities.admin('admin-1');
  const dataSourceOf = (name: ServiceName): DataSource => platform.services.find((service) => service.name === name)!.dataSource;
  const recordsOf = (name: ServiceName, where: FindOptionsWhere<AuditRecord>) =>
    dataSourceOf(name)
      .getRepository(AuditRecord)
      .find({ where: { caseId, ...where }, order: { seq: 'ASC' } });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'carta-audit-'));
    platform = await startPlatform(loadPlatformConfig({ CARTA_DATA_DIR: dataDir }), { ports: 'any' });
    const opened = await gateway<{ openCase: { id: string } }>(coordinator, `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      input: anOpenCaseInput({ coordinatorId: 'coord-a' }),
    });
    caseId = opened.data!.openCase.id;
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('records a refused read as DENIED, although the reading transaction rolled back', async () => {
    const refused = await gateway(office, `query($id: ID!) { case(id: $id) { id } }`, { id: caseId });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await recordsOf('intake', { outcome: 'DENIED' })).toEqual([
      expect.objectContaining({
        actor: 'office-puth',
        roles: ['hospital_office'],
        centreId: 'puth',
        action: 'case-data.read',
        purpose: 'REFERRAL_REVIEW',
        targetType: 'data-category',
        targetId: 'CLINICAL_SUMMARY',
      }),
    ]);
  });

  it('says when a coordinator reads a colleague’s case (team cover), and records the write they are refused', async () => {
    expect((await gateway(colleague, `query($id: ID!) { case(id: $id) { id } }`, { id: caseId })).errors).toBeUndefined();
    const refused = await gateway(colleague, `mutation($id: ID!) { transitionCase(caseId: $id, to: COLLECTING_RECORDS) { status } }`, { id: caseId });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const colleagues = await recordsOf('intake', { actor: 'coord-b' });
    expect(colleagues.map(({ action, outcome, purpose }) => ({ action, outcome, purpose }))).toEqual([
      { action: 'case.read', outcome: 'ALLOWED', purpose: 'TEAM_COVER' },
      { action: 'case.write', outcome: 'DENIED', purpose: 'TEAM_COVER' },
    ]);
    expect((await recordsOf('intake', { actor: 'coord-a', action: 'case.open' }))[0].purpose).toBe('CARE_COORDINATION');
  });

  it('refuses the trail to anyone but an admin, and records that refusal in the case’s trail', async () => {
    const refused = await gateway(coordinator, `query($id: ID!) { auditTrail(caseId: $id) { intake { action } } }`, { id: caseId });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    expect(await recordsOf('intake', { action: 'graphql.denied' })).toEqual([
      expect.objectContaining({ actor: 'coord-a', outcome: 'DENIED', targetType: 'graphql-field', targetId: 'Query.auditTrail', purpose: 'CARE_COORDINATION' }),
    ]);
  });

  it('lets an admin read a case’s trail across every service through the gateway, as entries and as a FHIR Bundle, and records that read', async () => {
    // A read in a second service: the checklist exists once documents heard of the case.
    await eventually(
      'the checklist',
      async () =>
        (await gateway<{ case: { checklist: unknown } }>(coordinator, `query($id: ID!) { case(id: $id) { checklist { completeness } } }`, { id: caseId })).data
          ?.case.checklist,
    );
    const parts = SERVICE_NAMES.map((name) => `${name} { service action outcome purpose actor targetId seq previousHash hash fhir }`).join(' ');
    type Entry = {
      service: string;
      action: string;
      outcome: string;
      purpose: string;
      actor: string;
      targetId: string | null;
      seq: number;
      previousHash: string;
      hash: string;
      fhir: string;
    };
    const read = await gateway<{ auditTrail: Record<ServiceName, Entry[]> & { caseId: string; fhirBundle: string } }>(
      admin,
      `query($id: ID!) { auditTrail(caseId: $id) { caseId ${parts} fhirBundle } }`,
      { id: caseId },
    );
    expect(read.errors).toBeUndefined();
    const trail = read.data!.auditTrail;
    expect(trail.caseId).toBe(caseId);
    expect(trail.intake.map(({ action, outcome }) => `${action}:${outcome}`)).toEqual(
      expect.arrayContaining(['case.open:ALLOWED', 'case-data.read:DENIED', 'case.read:ALLOWED', 'case.write:DENIED', 'graphql.denied:DENIED']),
    );
    expect(trail.documents.map((entry) => entry.action)).toContain('checklist.read');
    expect(trail.documents.every((entry) => entry.service === 'documents')).toBe(true);
    for (const name of ['eligibility', 'centres', 'travel', 'billing'] as const) expect(trail[name]).toEqual(expect.any(Array));
    const denied = JSON.parse(trail.intake.find((entry) => entry.action === 'case-data.read')!.fhir) as AuditEvent;
    expect(denied).toMatchObject({
      resourceType: 'AuditEvent',
      action: 'R',
      outcome: '4',
      agent: [{ who: { identifier: { value: 'office-puth' } }, requestor: true }],
    });

    const bundle = JSON.parse(trail.fhirBundle) as Bundle<AuditEvent>;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const sites = new Set(bundle.entry!.map((entry) => entry.resource!.source.site));
    expect(sites).toEqual(new Set(['carta-intake', 'carta-documents']));
    expect(bundle.entry!.map((entry) => entry.resource!.subtype![0].code)).toEqual(expect.arrayContaining(['case.open', 'checklist.read', 'graphql.denied']));

    // Each service recorded that its part was read, by whom and why.
    for (const name of SERVICE_NAMES) {
      expect(await recordsOf(name, { action: 'audit.read' })).toEqual(
        expect.arrayContaining([expect.objectContaining({ actor: 'admin-1', outcome: 'ALLOWED', purpose: 'ADMINISTRATION' })]),
      );
    }
  }, 60_000);

  it('refuses UPDATE and DELETE on the trail, and the verify command finds exactly the row tampered with behind the trigger', async () => {
    const intact = await verifyAuditTrails(async (name) => dataSourceOf(name), { close: false });
    expect(intact.map((report) => report.verdict.intact)).toEqual(SERVICE_NAMES.map(() => true));
    expect(intact.find((report) => report.service === 'intake')!.verdict).toMatchObject({ records: expect.any(Number) });

    const intake = dataSourceOf('intake');
    const [victim] = await recordsOf('intake', { action: 'case-data.read' });
    await expect(intake.query(`UPDATE "intake"."audit_record" SET "outcome" = 'ALLOWED' WHERE "id" = $1`, [victim.id])).rejects.toThrow('append-only');
    await expect(intake.query(`DELETE FROM "intake"."audit_record" WHERE "id" = $1`, [victim.id])).rejects.toThrow('append-only');

    // A superuser can switch ordinary triggers off; the chain still tells.
    await intake.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`UPDATE "intake"."audit_record" SET "outcome" = 'ALLOWED' WHERE "id" = $1`, [victim.id]);
    });
    const tampered = await verifyAuditTrails(async (name) => dataSourceOf(name), { close: false });
    const report = tampered.find((candidate) => candidate.service === 'intake')!;
    expect(report.verdict).toEqual({ intact: false, records: victim.seq - 1, brokenAt: { seq: victim.seq, id: victim.id, reason: 'HASH' } });
    expect(describeReport(report)).toContain(`BROKEN at seq ${victim.seq}`);
    expect(tampered.filter((candidate) => candidate.service !== 'intake').every((candidate) => candidate.verdict.intact)).toBe(true);
  });
});

describe('the audit evidence migration', () => {
  it('chains the rows written before it, in the order they were written, and the chain goes on from there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'carta-audit-legacy-'));
    const open = (migrations: Function[]) => openDataSource({ schema: 'legacy', entities: [AuditRecord], migrations, database: { embeddedDir: dir } });
    try {
      const before = await open([AuditTable1763800000001]);
      await migrate(before);
      await before.query(
        `INSERT INTO "legacy"."audit_record" ("actor", "roles", "centre_id", "action", "case_id", "target_id", "at") VALUES
         ('office-puth', '{hospital_office}', 'puth', 'document.download', '7c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'v-1', '2026-01-02T00:00:00.123456Z'),
         ('coord-1', '{coordinator}', NULL, 'case.open', '7c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b', NULL, '2026-01-01T00:00:00.000001Z'),
         ('admin-1', '{admin}', NULL, 'tariff.set', NULL, 'puth', '2026-01-03T00:00:00Z')`,
      );
      await before.destroy();

      const after = await open([AuditTable1763800000001, AuditEvidence1763900000000]);
      try {
        expect(await migrate(after)).toEqual(['AuditEvidence1763900000000']);
        const rows = await after.getRepository(AuditRecord).find({ order: { seq: 'ASC' } });
        expect(rows.map(({ seq, action, outcome, purpose, targetType }) => ({ seq, action, outcome, purpose, targetType }))).toEqual([
          { seq: 1, action: 'case.open', outcome: 'ALLOWED', purpose: 'CARE_COORDINATION', targetType: null },
          { seq: 2, action: 'document.download', outcome: 'ALLOWED', purpose: 'REFERRAL_REVIEW', targetType: 'document-version' },
          { seq: 3, action: 'tariff.set', outcome: 'ALLOWED', purpose: 'ADMINISTRATION', targetType: 'tariff' },
        ]);
        expect(await verifyAuditChain(after)).toMatchObject({ intact: true, records: 3 });
        await after.transaction((manager) =>
          new Audit(after, platformLog()).record(manager, { subject: 'coord-1', roles: ['coordinator'] }, 'case.read', {
            caseId: '7c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
          }),
        );
        expect(await verifyAuditChain(after, 2)).toMatchObject({ intact: true, records: 4 });
      } finally {
        await after.destroy();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the audit chain on real PostgreSQL', () => {
  const engines = requireEngines();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let intake: DataSource;

  /** `npm run audit:verify` against the test database: its exit code and what it printed. */
  const auditVerify = () =>
    new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        'node',
        ['tools/run.js', 'tools/audit-verify.ts'],
        { cwd: join(__dirname, '..', '..'), env: { ...process.env, DATABASE_URL: database.url } },
        (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }),
      );
    });

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
    for (const name of SERVICE_NAMES) {
      const dataSource = await openServiceDataSource(SERVICES[name], { url: database.url });
      await migrate(dataSource);
      if (name === 'intake') intake = dataSource;
      else await dataSource.destroy();
    }
  }, 60_000);

  afterAll(async () => {
    await intake?.destroy();
    await database?.drop();
  });

  it('forms one chain from concurrent writers, and `npm run audit:verify` exits 1 naming the row tampered with', async () => {
    const audit = new Audit(intake, platformLog());
    const caseId = '7c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        intake.transaction((manager) => audit.record(manager, { subject: `coord-${index}`, roles: ['coordinator'] }, 'case.read', { caseId })),
      ),
    );
    expect(await verifyAuditChain(intake)).toMatchObject({ intact: true, records: 20 });
    const intact = await auditVerify();
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain('intake: intact, 20 records');

    await expect(intake.query(`UPDATE "intake"."audit_record" SET "actor" = 'nobody' WHERE "seq" = 7`)).rejects.toThrow('append-only');
    await intake.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`UPDATE "intake"."audit_record" SET "actor" = 'nobody' WHERE "seq" = 7`);
    });
    const tampered = await auditVerify();
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('intake: BROKEN at seq 7');
    expect(tampered.stdout).toContain('billing: intact, 0 records');
  }, 120_000);
});
