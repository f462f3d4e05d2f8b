import { randomUUID } from 'node:crypto';
import { CaseOpened, PersonIdentity, PersonRecorded, PersonRemoved } from '@carta/contracts';
import { DeadLetterRecord } from '@carta/messaging';
import { seal, SEALING_KEYRING, SealingKeyring, sealingKeyring } from '@carta/service-kit';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { identities } from '@carta/testing';
import { travelService } from '../src/service';
import { Traveller } from '../src/travellers/traveller.entity';
import { TravellersService } from '../src/travellers/travellers.service';

/** Travel derives its travellers from the people intake records: nothing is typed twice. */
describe('travellers derived from intake (travel alone on PGlite)', () => {
  let travel: ServiceHarness;
  let keyring: SealingKeyring;
  const coordinator = identities.coordinator('coord-travellers');
  const patient: PersonIdentity = {
    givenName: 'Amina',
    familyName: 'Okafor',
    birthDate: '1971-04-02',
    nationality: 'NGA',
    passportNumber: 'A01234567',
    passportExpiry: '2031-03-31',
    relationship: null,
    email: 'amina@example.ng',
    phone: null,
  };
  const husband: PersonIdentity = {
    ...patient,
    givenName: 'Chidi',
    birthDate: '1969-09-09',
    passportNumber: null,
    passportExpiry: null,
    relationship: 'husband',
    email: null,
  };

  beforeAll(async () => {
    travel = await startServiceHarness(travelService);
    keyring = travel.get(SEALING_KEYRING);
  }, 60_000);
  afterAll(() => travel?.close());

  // One fixed instant: the test clock runs in real time, and these records must be ordered exactly.
  const base = Date.now();
  const minutesFromNow = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
  const openCase = async () => {
    const caseId = randomUUID();
    await travel.deliver(CaseOpened, {
      caseId,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma' },
      coordinatorId: coordinator.subject,
      openedAt: travel.clock.now().toISOString(),
    });
    return caseId;
  };
  const record = (caseId: string, personId: string, role: 'PATIENT' | 'COMPANION', person: PersonIdentity, minutes: number) =>
    travel.deliver(PersonRecorded, { caseId, personId, role, identity: seal(person, keyring), recordedAt: minutesFromNow(minutes) });
  const party = (caseId: string) => travel.get(TravellersService).forCase(coordinator, caseId);

  it('lists the patient as a traveller as intake recorded them, and a companion once their passport is known', async () => {
    const caseId = await openCase();
    const [patientId, husbandId] = [randomUUID(), randomUUID()];
    await record(caseId, patientId, 'PATIENT', patient, 0);
    await record(caseId, husbandId, 'COMPANION', husband, 0);
    expect(await party(caseId)).toEqual([
      expect.objectContaining({
        personId: patientId,
        role: 'PATIENT',
        givenName: 'Amina',
        familyName: 'Okafor',
        passportNumber: 'A01234567',
        relationship: null,
      }),
    ]);

    await record(caseId, husbandId, 'COMPANION', { ...husband, passportNumber: 'A07654321', passportExpiry: '2030-12-31' }, 1);
    expect((await party(caseId)).map((traveller) => [traveller.role, traveller.givenName, traveller.relationship])).toEqual([
      ['PATIENT', 'Amina', null],
      ['COMPANION', 'Chidi', 'husband'],
    ]);
  });

  it('follows a correction on the same traveller, and ignores an older record that arrives late or twice', async () => {
    const caseId = await openCase();
    const personId = randomUUID();
    await record(caseId, personId, 'PATIENT', patient, 0);
    const [before] = await party(caseId);

    await record(caseId, personId, 'PATIENT', { ...patient, familyName: 'Okafọ', passportNumber: 'B09999999', passportExpiry: '2036-01-31' }, 5);
    await record(caseId, personId, 'PATIENT', { ...patient, familyName: 'Stale' }, 2);
    await record(caseId, personId, 'PATIENT', { ...patient, familyName: 'Stale' }, 5);

    const [after] = await party(caseId);
    expect(after).toMatchObject({ id: before.id, familyName: 'Okafọ', passportNumber: 'B09999999', passportExpiry: '2036-01-31' });
  });

  it('drops a removed companion for good: an older record arriving after the removal does not bring them back', async () => {
    const caseId = await openCase();
    const personId = randomUUID();
    const withPassport = { ...husband, passportNumber: 'A07654321', passportExpiry: '2030-12-31' };
    await record(caseId, personId, 'COMPANION', withPassport, 0);
    expect(await party(caseId)).toHaveLength(1);

    await travel.deliver(PersonRemoved, { caseId, personId, removedAt: minutesFromNow(3) });
    expect(await party(caseId)).toEqual([]);
    await record(caseId, personId, 'COMPANION', withPassport, 1);
    expect(await travel.dataSource.getRepository(Traveller).countBy({ caseId })).toBe(0);
  });

  it('dead-letters a person it cannot unseal, without a word of its content, and lists no one', async () => {
    const caseId = await openCase();
    const foreign = sealingKeyring(Buffer.alloc(32, 9));
    const delivery = travel.deliver(PersonRecorded, {
      caseId,
      personId: randomUUID(),
      role: 'PATIENT',
      identity: seal(patient, foreign),
      recordedAt: minutesFromNow(0),
    });
    await expect(delivery).rejects.toThrow(/UnsealError/);
    const [dead] = await travel.dataSource.getRepository(DeadLetterRecord).findBy({ consumer: 'travel.carta.intake.person.v1' });
    expect(dead.errorMessage).toBe('UnsealError');
    expect(JSON.stringify(dead.errorMessage)).not.toMatch(/Amina|Okafor|A01234567/);
    expect(await party(caseId)).toEqual([]);
  });
});
