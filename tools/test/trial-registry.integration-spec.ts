import { SEED_TRIALS } from '@carta/domain';
import { Identity } from '@carta/auth';
import { migrate, schemaDrift } from '@carta/persistence';
import { loadPlatformConfig, openServiceDataSource } from '@carta/service-kit';
import { aDiagnosis, anOpenCaseInput, aTrialRegistration, createTestDatabase, engineEnvironment, eventually, identities, requireEngines } from '@carta/testing';
import { MigrationInterface } from 'typeorm';
import { RunningPlatform, startPlatform } from '../platform';
import { SERVICES } from '../services';
import { gatewayClient } from './gateway-client';

/** The trial registry kept by centres, through the gateway on the real engines; and its migration of existing trials. */
const engines = requireEngines();

interface Site {
  centreId: string;
  recruiting: boolean;
  openSlots: number;
}
interface TrialView {
  id: string;
  registryIds: string[];
  ownerCentreId: string;
  centreIds: string[];
  phase: string | null;
  title: string;
  recruiting: boolean;
  openSlots: number;
  criteriaVersion: number;
  sites: Site[];
}

const TRIAL_FIELDS = `id registryIds ownerCentreId centreIds phase title recruiting openSlots criteriaVersion sites { centreId recruiting openSlots }`;
const REGISTER = `mutation($input: RegisterTrialInput!) { registerTrial(input: $input) { ${TRIAL_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $changes: TrialChangesInput!) { updateTrial(trialId: $id, changes: $changes) { ${TRIAL_FIELDS} } }`;
const CRITERIA = `mutation($id: ID!, $criteria: String!) { updateTrialCriteria(trialId: $id, criteria: $criteria) { criteriaVersion } }`;
const RECRUITING = `mutation($id: ID!, $recruiting: Boolean!, $slots: Int!, $centreId: ID) { setTrialRecruiting(trialId: $id, recruiting: $recruiting, openSlots: $slots, centreId: $centreId) { ${TRIAL_FIELDS} } }`;

describe('trial registry through the gateway (real engines)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let platform: RunningPlatform;
  const gateway = gatewayClient(() => platform);
  const coordinator = identities.coordinator('coord-registry');
  const admin = identities.admin('admin-registry');
  const puthOffice = identities.office('puth');
  const ruijinOffice = identities.office('ruijin');
  const tongjiOffice = identities.office('tongji');

  /** Today's language, copied from a seeded trial as an office would start from a registry record. */
  let criteriaV1: { criteria: { id: string; text: string }[] };
  const registration = () => aTrialRegistration({ criteria: JSON.stringify(criteriaV1) });
  const auditOf = async (trialId: string) => {
    const centres = await openServiceDataSource(SERVICES.centres, { url: database.url });
    try {
      return (await centres.query(`SELECT "action", "outcome", "actor" FROM "centres"."audit_record" WHERE "target_id" = $1 ORDER BY "seq"`, [trialId])) as {
        action: string;
        outcome: string;
        actor: string;
      }[];
    } finally {
      await centres.destroy();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
    platform = await startPlatform(loadPlatformConfig(engineEnvironment(engines, database.url)), { ports: 'any' });
    const seeded = await gateway<{ trial: { criteriaJson: string; criteria: { id: string; kind: string; checks: { fact: string | null }[] }[] } }>(
      coordinator,
      `{ trial(id: "NCT05277987") { criteriaJson criteria { id kind checks { fact } } } }`,
    );
    const { version: _version, ...criteria } = JSON.parse(seeded.data!.trial.criteriaJson);
    // The typed criteria show the same lines as the JSON, one per registry line.
    expect(seeded.data!.trial.criteria.map((criterion) => criterion.id)).toEqual(criteria.criteria.map((criterion: { id: string }) => criterion.id));
    criteriaV1 = criteria;
  }, 180_000);

  afterAll(async () => {
    await platform?.close();
    await database?.drop();
  }, 60_000);

  it('lets a hospital office register a trial for its own centre, every site closed until its office opens it', async () => {
    const registered = await gateway<{ registerTrial: TrialView }>(puthOffice, REGISTER, { input: registration() });
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerTrial).toEqual({
      id: 'NCT09990001',
      registryIds: ['NCT09990001', 'ChiCTR2400081234'],
      ownerCentreId: 'puth',
      centreIds: ['puth', 'ruijin'],
      phase: 'PHASE_1',
      title: registration().title,
      recruiting: false,
      openSlots: 0,
      criteriaVersion: 1,
      sites: [
        { centreId: 'puth', recruiting: false, openSlots: 0 },
        { centreId: 'ruijin', recruiting: false, openSlots: 0 },
      ],
    });
    const atRuijin = await gateway<{ centre: { trials: { id: string }[] } }>(coordinator, `{ centre(id: "ruijin") { trials { id } } }`);
    expect(atRuijin.data!.centre.trials.map((trial) => trial.id)).toContain('NCT09990001');
    expect((await gateway<{ trials: { id: string }[] }>(coordinator, `{ trials { id } }`)).data!.trials.map((trial) => trial.id)).not.toContain('NCT09990001');
  });

  it("refuses Ruijin's office editing PUTH's trial, but lets it open its own site; a centre that is no site may not", async () => {
    const edit = await gateway(ruijinOffice, UPDATE, { id: 'NCT09990001', changes: { title: 'Renamed by another site' } });
    expect(edit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const criteria = await gateway(ruijinOffice, CRITERIA, { id: 'NCT09990001', criteria: JSON.stringify(criteriaV1) });
    expect(criteria.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const opened = await gateway<{ setTrialRecruiting: TrialView }>(ruijinOffice, RECRUITING, { id: 'NCT09990001', recruiting: true, slots: 4 });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.setTrialRecruiting).toMatchObject({
      recruiting: true,
      openSlots: 4,
      sites: [
        { centreId: 'puth', recruiting: false, openSlots: 0 },
        { centreId: 'ruijin', recruiting: true, openSlots: 4 },
      ],
    });
    // An office sets its own centre's site only: not another site, not a trial it does not run.
    expect((await gateway(ruijinOffice, RECRUITING, { id: 'NCT09990001', recruiting: true, slots: 4, centreId: 'puth' })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await gateway(tongjiOffice, RECRUITING, { id: 'NCT09990001', recruiting: true, slots: 2 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gateway(ruijinOffice, RECRUITING, { id: 'NCT09990001', recruiting: true, slots: -1 })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'openSlots',
    });
    expect((await gateway(admin, RECRUITING, { id: 'NCT09990001', recruiting: true, slots: 1 })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'centreId',
    });

    const audit = await auditOf('NCT09990001');
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'trial.register', outcome: 'ALLOWED', actor: 'office-puth' },
        { action: 'trial.update', outcome: 'DENIED', actor: 'office-ruijin' },
        { action: 'trial.criteria-change', outcome: 'DENIED', actor: 'office-ruijin' },
        { action: 'trial.recruiting-change', outcome: 'ALLOWED', actor: 'office-ruijin' },
        { action: 'trial.recruiting-change', outcome: 'DENIED', actor: 'office-tongji' },
      ]),
    );
  });

  it('keeps every criteria version with its author; the owner edits the registration and participants', async () => {
    const v2 = {
      criteria: criteriaV1.criteria.map((criterion, index) => (index === 0 ? { ...criterion, text: `${criterion.text} (protocol amendment 2)` } : criterion)),
    };
    expect(
      (await gateway<{ updateTrialCriteria: { criteriaVersion: number } }>(puthOffice, CRITERIA, { id: 'NCT09990001', criteria: JSON.stringify(v2) })).data
        ?.updateTrialCriteria,
    ).toEqual({ criteriaVersion: 2 });

    const history = await gateway<{
      trial: {
        criteriaHistory: { version: number; criteriaJson: string; changedBy: string; changedAt: string }[];
        criteriaAtVersion: { criteriaJson: string };
      };
    }>(
      coordinator,
      `{ trial(id: "NCT09990001") { criteriaHistory { version criteriaJson changedBy changedAt } criteriaAtVersion(version: 1) { criteriaJson } } }`,
    );
    const versions = history.data!.trial.criteriaHistory;
    expect(versions.map(({ version, changedBy }) => ({ version, changedBy }))).toEqual([
      { version: 1, changedBy: 'office-puth' },
      { version: 2, changedBy: 'office-puth' },
    ]);
    expect(Date.parse(versions[1].changedAt)).toBeGreaterThanOrEqual(Date.parse(versions[0].changedAt));
    expect(JSON.parse(history.data!.trial.criteriaAtVersion.criteriaJson)).toEqual({ version: 1, ...criteriaV1 });
    expect(JSON.parse(versions[1].criteriaJson).criteria[0].text).toMatch(/amendment 2/);
    // Seeded trials: their criteria are the seed's version, written by "seed".
    const seeded = await gateway<{ trial: { criteriaHistory: { version: number; changedBy: string }[] } }>(
      coordinator,
      `{ trial(id: "NCT03720457") { criteriaHistory { version changedBy } } }`,
    );
    const seedVersion = SEED_TRIALS.find((trial) => trial.id === 'NCT03720457')!.criteria.version;
    expect(seeded.data!.trial.criteriaHistory).toEqual([{ version: seedVersion, changedBy: 'seed' }]);

    const updated = await gateway<{ updateTrial: TrialView }>(puthOffice, UPDATE, {
      id: 'NCT09990001',
      changes: { phase: 'PHASE_1_2', centreIds: ['ruijin', 'tongji'] },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateTrial).toMatchObject({
      phase: 'PHASE_1_2',
      ownerCentreId: 'puth',
      centreIds: ['puth', 'ruijin', 'tongji'],
      sites: [
        { centreId: 'puth', recruiting: false },
        { centreId: 'ruijin', recruiting: true, openSlots: 4 },
        { centreId: 'tongji', recruiting: false, openSlots: 0 },
      ],
    });
    // Now a site, Tongji opens its own.
    expect((await gateway(tongjiOffice, RECRUITING, { id: 'NCT09990001', recruiting: true, slots: 2 })).errors).toBeUndefined();
    // The owner cannot leave its own trial: it stays a site whatever the list says.
    const withoutOwner = await gateway<{ updateTrial: TrialView }>(puthOffice, UPDATE, { id: 'NCT09990001', changes: { centreIds: ['ruijin', 'tongji'] } });
    expect(withoutOwner.data!.updateTrial.centreIds).toEqual(['puth', 'ruijin', 'tongji']);
    // Autologous products keep their manufacturing window.
    expect((await gateway(puthOffice, UPDATE, { id: 'NCT09990001', changes: { manufacturingWeeks: null } })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'manufacturingWeeks',
    });
  });

  it('announces each site to eligibility: a submission to a site that does not recruit is CONFLICT', async () => {
    const opened = await gateway<{ openCase: { id: string } }>(coordinator, `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      input: anOpenCaseInput({ diagnosis: aDiagnosis({ description: 'Gastric adenocarcinoma, CLDN18.2+' }), coordinatorId: coordinator.subject }),
    });
    const caseId = opened.data!.openCase.id;
    const SUBMIT = `mutation($caseId: ID!, $centreId: ID!) { submitCase(caseId: $caseId, trialId: "NCT09990001", centreId: $centreId) { id } }`;
    const atPuth = await eventually('eligibility to know the registered trial and its sites', async () => {
      const response = await gateway(coordinator, SUBMIT, { caseId, centreId: 'puth' });
      return response.errors?.[0].extensions?.code === 'CONFLICT' ? response.errors[0] : null;
    });
    expect(atPuth.message).toBe('NCT09990001 is not recruiting at puth');
    // Ruijin's site recruits: the submission gets past recruitment and stops only at the missing consent.
    const atRuijin = await gateway(coordinator, SUBMIT, { caseId, centreId: 'ruijin' });
    expect(atRuijin.errors?.[0]).toMatchObject({
      message: 'the patient has no active consent to share this case with ruijin',
      extensions: { code: 'CONFLICT' },
    });

    // Ruijin closes; Tongji still recruits, so the trial stays open as a whole but not at Ruijin.
    expect((await gateway(ruijinOffice, RECRUITING, { id: 'NCT09990001', recruiting: false, slots: 0 })).errors).toBeUndefined();
    const closed = await eventually('eligibility to learn that Ruijin closed', async () => {
      const response = await gateway(coordinator, SUBMIT, { caseId, centreId: 'ruijin' });
      return response.errors?.[0].message === 'NCT09990001 is not recruiting at ruijin' ? response.errors[0] : null;
    });
    expect(closed.extensions?.code).toBe('CONFLICT');
    const trial = await gateway<{ trial: TrialView }>(coordinator, `{ trial(id: "NCT09990001") { ${TRIAL_FIELDS} } }`);
    expect(trial.data!.trial).toMatchObject({ recruiting: true, openSlots: 2 });
  });

  it('refuses bad registry ids, unknown centres and registry ids already registered, naming the field', async () => {
    const refused = async (identity: Identity, change: Record<string, unknown>) =>
      (await gateway(identity, REGISTER, { input: { ...registration(), registryIds: ['NCT09990002'], ...change } })).errors?.[0];
    expect(await refused(puthOffice, { registryIds: ['NCT0999'] })).toMatchObject({
      message: expect.stringMatching(/^registryIds\.0: must be an NCT number/),
      extensions: { code: 'BAD_USER_INPUT', field: 'registryIds.0' },
    });
    expect(await refused(puthOffice, { registryIds: ['NCT09990002', 'ChiCTR-2400081235'] })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'registryIds.1' },
    });
    expect(await refused(puthOffice, { centreIds: ['ruijin', 'atlantis'] })).toMatchObject({
      message: 'centreIds.1: no centre atlantis',
      extensions: { code: 'BAD_USER_INPUT', field: 'centreIds.1' },
    });
    expect(await refused(ruijinOffice, { registryIds: ['NCT09990002', 'ChiCTR2400081234'] })).toMatchObject({
      extensions: { code: 'CONFLICT', field: 'registryIds.1' },
    });
    expect(await refused(ruijinOffice, { registryIds: ['NCT05277987'] })).toMatchObject({ extensions: { code: 'CONFLICT', field: 'registryIds.0' } });
    expect(await refused(puthOffice, { targets: ['cldn18.2'] })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'targets.0' } });
    expect(await refused(puthOffice, { productType: 'ALLOGENEIC' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'manufacturingWeeks' } });
    const badClause = { criteria: [{ ...criteriaV1.criteria[0], kind: 'SOMETIMES' }] };
    expect(await refused(puthOffice, { criteria: JSON.stringify(badClause) })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'criteria', clause: 'criteria[0].kind' },
    });
    // A registry id moved onto another trial by an edit is refused the same way.
    expect(
      (await gateway(puthOffice, UPDATE, { id: 'NCT09990001', changes: { registryIds: ['NCT09990001', 'NCT05277987'] } })).errors?.[0].extensions,
    ).toMatchObject({ code: 'CONFLICT', field: 'registryIds.1' });
    // Offices register for their own centre; admins name the owner.
    expect(await refused(ruijinOffice, { ownerCentreId: 'puth' })).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await refused(coordinator, {})).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await refused(admin, {})).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'ownerCentreId' } });
    const byAdmin = await gateway<{ registerTrial: TrialView }>(admin, REGISTER, {
      input: { ...registration(), registryIds: ['ChiCTR-IOR-17013555'], centreIds: [], ownerCentreId: 'tongji' },
    });
    expect(byAdmin.data?.registerTrial).toMatchObject({ id: 'ChiCTR-IOR-17013555', ownerCentreId: 'tongji', centreIds: ['tongji'] });
  });
});

describe('trial registry migration (real PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
  });
  afterAll(() => database?.drop());

  it('gives existing trials one site per centre with their flag and slots, and their criteria as a version by "seed"', async () => {
    const dataSource = await openServiceDataSource(SERVICES.centres, { url: database.url });
    try {
      await migrate(dataSource);
      const migrations = SERVICES.centres.migrations as (new () => MigrationInterface)[];
      const at = migrations.findIndex((migration) => migration.name === 'TrialRegistry1763800000500');
      const registry = migrations[at];
      // The migrations after it build on its tables: undone first, redone after.
      const later = migrations.slice(at + 1);
      const runner = dataSource.createQueryRunner();
      try {
        for (const migration of [...later].reverse()) await new migration().down(runner);
        await new registry().down(runner);
        await runner.query(
          `INSERT INTO "centres"."trial" ("id", "registry_ids", "title", "centre_ids", "owner_centre_id", "targets", "product_type", "funding_models", "recruiting", "open_slots", "criteria", "indications", "updated_at")
           VALUES ('NCT05277987', '{NCT05277987}', 'CLDN18.2 CAR-T', '{puth,ruijin}', 'puth', '{CLDN18.2}', 'AUTOLOGOUS', '{SPONSOR_FUNDED}', true, 3, '{"version": 4, "criteria": [{"id": "age"}]}', '{gastric cancer}', '2026-01-02T03:04:05Z')`,
        );
        await new registry().up(runner);
        for (const migration of later) await new migration().up(runner);
        expect(await runner.query(`SELECT "centre_id", "recruiting", "open_slots" FROM "centres"."trial_site" ORDER BY "centre_id"`)).toEqual([
          { centre_id: 'puth', recruiting: true, open_slots: 3 },
          { centre_id: 'ruijin', recruiting: true, open_slots: 3 },
        ]);
        const versions = await runner.query(`SELECT "version", "changed_by", "changed_at", "criteria" FROM "centres"."trial_criteria_version"`);
        expect(versions).toEqual([
          { version: 4, changed_by: 'seed', changed_at: new Date('2026-01-02T03:04:05Z'), criteria: { version: 4, criteria: [{ id: 'age' }] } },
        ]);
      } finally {
        await runner.release();
      }
      expect(await schemaDrift(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
