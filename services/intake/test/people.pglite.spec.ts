import { personIdentity, PersonRecorded, PersonRemoved } from '@carta/contracts';
import { AuditRecord } from '@carta/audit';
import { SEALING_KEYRING, SealingKeyring, unseal } from '@carta/service-kit';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aCompanion, anOpenCaseInput, aPatient, identities } from '@carta/testing';
import { Companion } from '../src/cases/case.entity';
import { CasesService } from '../src/cases/cases.service';
import { parseOpenCaseInput } from '../src/cases/open-case.input';
import { Patient } from '../src/patients/patient.entity';
import { PeopleService } from '../src/patients/people.service';
import { parseCompanion, parseCompanionChanges, parsePatientChanges } from '../src/patients/person.input';
import { intakeService } from '../src/service';

/** People are entered once, at intake, and announced sealed: the topic's readers see no one. */
describe('intake people (one service on PGlite)', () => {
  let intake: ServiceHarness;
  let cases: CasesService;
  let people: PeopleService;
  let keyring: SealingKeyring;
  const coordinator = identities.coordinator('coord-people');
  const colleague = identities.coordinator('coord-people-other');
  const patient = aPatient({ passportNumber: 'TR1234567', passportExpiry: '2031-01-31', email: 'mei@example.jp' });

  beforeAll(async () => {
    intake = await startServiceHarness(intakeService);
    cases = intake.get(CasesService);
    people = intake.get(PeopleService);
    keyring = intake.get(SEALING_KEYRING);
  }, 60_000);
  afterAll(() => intake?.close());

  const recorded = async (caseId: string) => (await intake.outbox(PersonRecorded, caseId)).map((event) => event.data);

  it('announces the patient of a new case sealed: the event carries no name, birth date or passport in clear', async () => {
    const kase = await cases.openCase(coordinator, parseOpenCaseInput(anOpenCaseInput({ patient })));
    const stored = await intake.dataSource.getRepository(Patient).findOneByOrFail({ id: kase.patientId });

    const [event] = await intake.outbox(PersonRecorded, kase.id);
    expect(event.data).toMatchObject({ caseId: kase.id, personId: stored.personId, role: 'PATIENT' });
    expect(JSON.stringify(event)).not.toMatch(/Mei|Tanaka|1968-03-03|TR1234567|2031-01-31|mei@example/);
    expect(unseal(event.data.identity, keyring, personIdentity)).toEqual({
      givenName: 'Mei',
      familyName: 'Tanaka',
      birthDate: '1968-03-03',
      nationality: 'JPN',
      passportNumber: 'TR1234567',
      passportExpiry: '2031-01-31',
      relationship: null,
      email: 'mei@example.jp',
      phone: null,
    });
  });

  it('adds, corrects and removes a companion, each change audited and announced', async () => {
    const kase = await cases.openCase(coordinator, parseOpenCaseInput(anOpenCaseInput({ patient })));
    await people.addCompanion(coordinator, kase.id, parseCompanion(aCompanion({ passportNumber: 'TZ7654321' })));
    const [companion] = await intake.dataSource.getRepository(Companion).findBy({ caseId: kase.id });
    expect(companion).toMatchObject({ familyName: 'Tanaka', birthDate: '1966-07-12', nationality: 'JPN', relationship: 'husband' });

    await people.updateCompanion(
      coordinator,
      companion.id,
      parseCompanionChanges({ givenName: 'Kenta', passportNumber: 'TZ1111111', passportExpiry: '2034-02-28' }),
    );
    const companionEvents = (await recorded(kase.id)).filter((data) => data.role === 'COMPANION');
    expect(companionEvents.map((data) => data.personId)).toEqual([companion.id, companion.id]);
    expect(unseal(companionEvents[1].identity, keyring, personIdentity)).toMatchObject({
      givenName: 'Kenta',
      familyName: 'Tanaka',
      passportNumber: 'TZ1111111',
      passportExpiry: '2034-02-28',
      relationship: 'husband',
    });
    expect(JSON.stringify(companionEvents)).not.toMatch(/Kenta|Kenji|TZ1111111|TZ7654321/);

    await people.removeCompanion(coordinator, companion.id);
    expect(await intake.dataSource.getRepository(Companion).countBy({ caseId: kase.id })).toBe(0);
    expect((await intake.outbox(PersonRemoved, kase.id)).map((event) => event.data)).toEqual([
      { caseId: kase.id, personId: companion.id, removedAt: expect.any(String) },
    ]);
    const actions = (await intake.dataSource.getRepository(AuditRecord).findBy({ caseId: kase.id, outcome: 'ALLOWED' })).map((record) => record.action);
    expect(actions).toEqual(expect.arrayContaining(['case.add-companion', 'case.update-companion', 'case.remove-companion']));
  });

  it('corrects the patient once for all their cases: a renewed passport is announced to each', async () => {
    const first = await cases.openCase(coordinator, parseOpenCaseInput(anOpenCaseInput({ patient })));
    const second = await cases.openCase(coordinator, parseOpenCaseInput(anOpenCaseInput({ patient: undefined, patientId: first.patientId })));
    await people.updatePatient(coordinator, second.id, parsePatientChanges({ passportNumber: 'TR7654321', passportExpiry: '2036-01-31', email: null }));

    const stored = await intake.dataSource.getRepository(Patient).findOneByOrFail({ id: first.patientId });
    expect(stored).toMatchObject({ passportNumber: 'TR7654321', passportExpiry: '2036-01-31', email: null, familyName: 'Tanaka' });
    for (const kase of [first, second]) {
      const latest = (await recorded(kase.id)).at(-1)!;
      expect(latest.personId).toBe(stored.personId);
      expect(unseal(latest.identity, keyring, personIdentity)).toMatchObject({ passportNumber: 'TR7654321', passportExpiry: '2036-01-31', email: null });
    }
    expect(await intake.dataSource.getRepository(AuditRecord).countBy({ caseId: second.id, action: 'patient.update' })).toBe(1);
  });

  it('refuses changes by anyone but the case’s coordinator or an admin, and a passport expiring before birth', async () => {
    const kase = await cases.openCase(coordinator, parseOpenCaseInput(anOpenCaseInput({ patient })));
    const before = (await recorded(kase.id)).length;
    await expect(people.updatePatient(colleague, kase.id, parsePatientChanges({ familyName: 'Suzuki' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(people.addCompanion(colleague, kase.id, parseCompanion(aCompanion()))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The correction is checked against the record it lands on: this expiry precedes the stored birth date.
    await expect(people.updatePatient(coordinator, kase.id, parsePatientChanges({ passportExpiry: '1960-01-01' }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'patient.passportExpiry' },
    });
    expect(await recorded(kase.id)).toHaveLength(before);
    await people.updatePatient(identities.admin(), kase.id, parsePatientChanges({ givenName: 'May' }));
    expect(unseal((await recorded(kase.id)).at(-1)!.identity, keyring, personIdentity).givenName).toBe('May');
  });
});
