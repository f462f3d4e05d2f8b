import { Audit, AuditDenialSubscriber, AuditEvidence1763900000000, AuditRecord, AuditTable1763800000001 } from '@carta/audit';
import { Identity } from '@carta/auth';
import { canReadCase } from '@carta/domain';
import { migrate, openDataSource } from '@carta/persistence';
import { DataSource } from 'typeorm';
import { CaseAccess, recordAssignments } from './case-access';
import { CASE_ACCESS_ENTITIES, CaseAssignment, CaseConsent, CaseReferral } from './case-access.entities';
import { CaseAccessTables1763800000002, CaseAssignmentOrder1763900000001 } from './case-access.migrations';

const log = { error: () => undefined };
const CASE = {
  shared: '00000000-0000-4000-8000-000000000001',
  noConsent: '00000000-0000-4000-8000-000000000002',
  withdrawn: '00000000-0000-4000-8000-000000000003',
  otherCentre: '00000000-0000-4000-8000-000000000004',
  unknown: '00000000-0000-4000-8000-000000000005',
};
const office: Identity = { subject: 'office-1', roles: ['hospital_office'], centreId: 'centre-a' };
const coordinator: Identity = { subject: 'coord-1', roles: ['coordinator'] };

describe('CaseAccess bulk checks (PGlite)', () => {
  let dataSource: DataSource;
  let access: CaseAccess;

  beforeAll(async () => {
    dataSource = await openDataSource({
      schema: 'access_spec',
      entities: [AuditRecord, ...CASE_ACCESS_ENTITIES],
      migrations: [AuditTable1763800000001, CaseAccessTables1763800000002, AuditEvidence1763900000000, CaseAssignmentOrder1763900000001],
      database: {},
    });
    dataSource.subscribers.push(new AuditDenialSubscriber(log));
    await migrate(dataSource);
    access = new CaseAccess(dataSource, new Audit(dataSource, log));
    const referral = (caseId: string, centreId: string, n: number) => ({
      caseId,
      centreId,
      referralId: `00000000-0000-4000-9000-00000000000${n}`,
      submittedAt: new Date(),
    });
    await dataSource.manager.insert(CaseReferral, [
      referral(CASE.shared, 'centre-a', 1),
      referral(CASE.noConsent, 'centre-a', 2),
      referral(CASE.withdrawn, 'centre-a', 3),
      referral(CASE.otherCentre, 'centre-b', 4),
    ]);
    const consent = (caseId: string, centreId: string, n: number, withdrawnAt: Date | null = null) => ({
      consentId: `00000000-0000-4000-a000-00000000000${n}`,
      caseId,
      centreId,
      categories: ['CLINICAL_SUMMARY', 'TRAVEL'],
      withdrawnAt,
    });
    await dataSource.manager.insert(CaseConsent, [
      consent(CASE.shared, 'centre-a', 1),
      consent(CASE.withdrawn, 'centre-a', 2, new Date()),
      consent(CASE.otherCentre, 'centre-b', 3),
    ]);
  });

  afterAll(() => dataSource.destroy());

  it('records a batch of assignments in one statement as one by one would: the newest of each case wins, never an older one', async () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute));
    const [a, b] = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000b1'];
    await recordAssignments(dataSource.manager, [{ caseId: b, coordinatorId: 'kept', assignedAt: at(30) }]);
    await recordAssignments(dataSource.manager, [
      { caseId: a, coordinatorId: 'first', assignedAt: at(1) },
      { caseId: a, coordinatorId: 'newest', assignedAt: at(5) },
      { caseId: a, coordinatorId: 'late-but-older', assignedAt: at(3) },
      { caseId: b, coordinatorId: 'older-than-kept', assignedAt: at(10) },
    ]);
    const rows = await dataSource.manager.find(CaseAssignment, { order: { caseId: 'ASC' } });
    expect(rows.filter((row) => [a, b].includes(row.caseId)).map((row) => [row.caseId, row.coordinatorId])).toEqual([
      [a, 'newest'],
      [b, 'kept'],
    ]);
  });

  it('answers as the one-case rule does, for every case at once', async () => {
    const ids = Object.values(CASE);
    const visible = await access.visibleCases(office, ids);
    expect([...visible]).toEqual([CASE.shared]);
    for (const caseId of ids) expect(visible.has(caseId)).toBe(canReadCase(office, await access.facts(caseId)));
    expect(await access.visibleCases(coordinator, ids)).toEqual(new Set(ids));
    expect(await access.visibleCases(office, [CASE.shared], 'FINANCIAL')).toEqual(new Set());
    expect(await access.visibleCases(office, [])).toEqual(new Set());
  });

  it('reads the three projections once, however many cases', async () => {
    const query = jest.spyOn(dataSource.manager, 'find');
    await access.visibleCases(office, Object.values(CASE));
    expect(query).toHaveBeenCalledTimes(3);
    query.mockRestore();
  });

  it('filters centre records in order and audits each refusal', async () => {
    const records = [
      { caseId: CASE.shared, centreId: 'centre-a', id: 1 },
      { caseId: CASE.otherCentre, centreId: 'centre-b', id: 2 },
      { caseId: CASE.shared, centreId: 'centre-a', id: 3 },
      { caseId: CASE.noConsent, centreId: 'centre-a', id: 4 },
    ];
    const readable = await dataSource.transaction((manager) => access.readableCentreRecords(office, records, 'TRAVEL', manager));
    expect(readable.map((record) => record.id)).toEqual([1, 3]);
    const denials = await dataSource.manager.find(AuditRecord, { where: { outcome: 'DENIED' }, order: { seq: 'ASC' } });
    expect(denials.map((denial) => [denial.action, denial.caseId, denial.targetId])).toEqual([
      ['centre-record.read', CASE.otherCentre, 'centre-b'],
      ['centre-record.read', CASE.noConsent, 'centre-a'],
    ]);
  });
});
