import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { AuditRecord } from '@carta/audit';
import {
  CaseOpened,
  CentreProfilePublished,
  ConsentGranted,
  InvitationLetterExpired,
  InvitationLetterIssued,
  PiDecisionRecorded,
  ReferralSubmitted,
  TrialOpened,
} from '@carta/contracts';
import { addDays } from '@carta/domain';
import { OBJECT_STORE } from '@carta/service-kit';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { ObjectStore } from '@carta/storage';
import { aCentreProfile, aTrialSnapshot, identities, readPaperText } from '@carta/testing';
import { InvitationLetter } from '../src/letters/invitation-letter.entity';
import { LettersService } from '../src/letters/letters.service';
import { Traveller } from '../src/travellers/traveller.entity';
import { travelService } from '../src/service';

/** The consulate-ready letter on PGlite: previewed with what is missing, issued bilingual, corrected by re-issue. */
describe('travel invitation letters (one service on PGlite)', () => {
  let travel: ServiceHarness;
  let letters: LettersService;
  let store: ObjectStore;
  const coordinator = identities.coordinator('coord-letters');
  const office = identities.office('puth');
  const otherOffice = identities.office('zju1');
  const today = () => travel.clock.now().toISOString().slice(0, 10);
  const centre = {
    name: 'Peking University Third Hospital',
    nameZh: '北京大学第三医院',
    address: { en: '49 North Garden Road, Haidian District, Beijing 100191', zh: '北京市海淀区花园北路49号' },
  };
  const pi = { name: 'Li Wei', nameZh: '李伟' };
  const reference = '北大医院国际医疗部〔2026〕第15号';

  beforeAll(async () => {
    travel = await startServiceHarness(travelService);
    letters = travel.get(LettersService);
    store = travel.get<ObjectStore>(OBJECT_STORE);
  }, 60_000);
  afterAll(() => travel?.close());

  const publishCentre = (overrides: Parameters<typeof aCentreProfile>[1] & { address?: { en: string; zh: string } | null } = {}) =>
    travel.deliver(CentreProfilePublished, { ...aCentreProfile('puth', { name: centre.name, nameZh: centre.nameZh }), address: centre.address, ...overrides });
  const openTrial = (trialId: string, investigator: typeof pi | null) =>
    travel.deliver(
      TrialOpened,
      TrialOpened.schema.parse(
        aTrialSnapshot({ trialId, registryIds: [trialId], sites: [{ centreId: 'puth', recruiting: true, openSlots: 5, principalInvestigator: investigator }] }),
      ),
    );

  /** A case accepted by puth, shared with its office for travel, with the patient's (and a companion's) passport entered. */
  async function acceptedCase(trialId: string): Promise<{ caseId: string; letterId: string }> {
    const caseId = randomUUID();
    const now = travel.clock.now().toISOString();
    await travel.deliver(CaseOpened, {
      caseId,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma' },
      coordinatorId: coordinator.subject,
      openedAt: now,
    });
    await travel.deliver(ReferralSubmitted, { referralId: randomUUID(), caseId, centreId: 'puth', trialId, submittedAt: now });
    await travel.deliver(ConsentGranted, {
      consentId: randomUUID(),
      caseId,
      centreId: 'puth',
      purpose: 'TREATMENT',
      categories: ['CLINICAL_SUMMARY', 'TRAVEL'],
      direction: 'TO_CHINA',
      grantedAt: now,
    });
    await travel.deliver(PiDecisionRecorded, { referralId: randomUUID(), caseId, centreId: 'puth', trialId, decision: 'ACCEPTED', decidedAt: now });
    const traveller = (role: 'PATIENT' | 'COMPANION', givenName: string, passportNumber: string, relationship: string | null) => ({
      id: randomUUID(),
      caseId,
      role,
      givenName,
      familyName: 'Okafor',
      birthDate: '1971-06-02',
      nationality: 'NGA',
      passportNumber,
      passportExpiry: addDays(today(), 5 * 365),
      relationship,
      addedAt: travel.clock.now(),
    });
    await travel.dataSource
      .getRepository(Traveller)
      .insert([traveller('PATIENT', 'Amara', 'A07731245', null), traveller('COMPANION', 'Chidi', 'A05518890', 'husband')]);
    const letter = await travel.dataSource.getRepository(InvitationLetter).findOneByOrFail({ caseId });
    return { caseId, letterId: letter.id };
  }
  // Lines wrap anywhere in Chinese: compare without whitespace.
  const flat = (text: string) => text.replace(/\s+/g, '');
  const pdfText = async (objectKey: string) => flat((await readPaperText(await buffer((await store.get(objectKey))!.body))).join(''));

  it('previews what is missing, refuses to issue until it is there, then issues a bilingual letter a consulate can read', async () => {
    await publishCentre({ officeEmail: null, officePhone: null, address: null });
    await openTrial('NCT09990601', null);
    const { caseId, letterId } = await acceptedCase('NCT09990601');

    const preview = await letters.preview(coordinator, letterId, {});
    expect(preview.missing).toEqual(['centre.address', 'centre.officeContact', 'principalInvestigator', 'officeReference', 'validUntil']);
    expect(preview).toMatchObject({ version: 1, principalInvestigator: null, officeReference: null, unprintable: [] });
    expect(preview.plannedArrival).not.toBeNull();
    expect(preview.travellers.map((traveller) => traveller.givenName)).toEqual(['Amara', 'Chidi']);
    const draftKey = new URL(preview.draft.url).searchParams.get('key')!;
    const draft = await pdfText(draftKey);
    expect(draft).toContain('草稿DRAFT');
    expect(draft).toContain('[待补missing]');

    const validUntil = addDays(today(), 60);
    await expect(letters.issue(office, letterId, { officeReference: reference, validUntil })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'the letter cannot be issued yet: missing centre.address, centre.officeContact, principalInvestigator',
    });
    expect(await travel.outbox(InvitationLetterIssued, caseId)).toHaveLength(0);

    // The centre publishes its address and contact, the site its PI: nothing is typed twice.
    await publishCentre();
    await openTrial('NCT09990601', pi);
    expect((await letters.preview(office, letterId, { officeReference: reference, validUntil })).missing).toEqual([]);
    await expect(letters.preview(otherOffice, letterId, {})).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const issued = await letters.issue(office, letterId, { officeReference: reference, validUntil });
    expect(issued).toMatchObject({ status: 'ISSUED', version: 1, officeReference: reference, printed: { principalInvestigator: pi } });
    const text = await pdfText(issued.objectKey!);
    for (const expected of [
      '邀请函 Letter of Invitation',
      centre.nameZh,
      centre.name,
      centre.address.zh,
      centre.address.en,
      '李伟 Li Wei',
      'OKAFOR, Amara',
      'OKAFOR, Chidi',
      'A07731245',
      'A05518890',
      issued.plannedArrival!,
      issued.plannedDeparture!,
      reference,
      'international@puth.example',
      '第1版 Version 1',
    ])
      expect(text).toContain(flat(expected));
    expect(text).not.toContain('onrequest');
    expect(text).not.toContain('DRAFT');
    const [event] = await travel.outbox(InvitationLetterIssued, caseId);
    expect(event.data).toMatchObject({ letterId, version: 1, companions: 1 });
    expect(JSON.stringify(event.data)).not.toMatch(/Okafor|Amara|A0773/i);
  });

  it('re-issues a valid letter as version 2 after a correction; version 1 is superseded but kept', async () => {
    await publishCentre();
    await openTrial('NCT09990602', pi);
    const { caseId, letterId } = await acceptedCase('NCT09990602');
    const first = await letters.issue(office, letterId, { officeReference: reference, validUntil: addDays(today(), 60) });
    await expect(letters.issue(office, letterId, { officeReference: reference, validUntil: addDays(today(), 60) })).rejects.toMatchObject({ code: 'CONFLICT' });

    // Intake corrects the patient's name; the office re-issues.
    await travel.dataSource.getRepository(Traveller).update({ caseId, role: 'PATIENT' }, { givenName: 'Amarachi' });
    await expect(letters.reissue(otherOffice, letterId, 'name corrected', null)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(letters.reissue(coordinator, letterId, 'name corrected', null)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await letters.preview(office, letterId, {})).version).toBe(2);
    const second = await letters.reissue(office, letterId, 'patient given name corrected at intake', null);
    expect(second).toMatchObject({ status: 'ISSUED', version: 2, supersedesLetterId: letterId, officeReference: reference, validUntil: first.validUntil });
    expect(second.id).not.toBe(letterId);
    const text = await pdfText(second.objectKey!);
    expect(text).toContain('OKAFOR,Amarachi');
    expect(text).toContain('第2版Version2');

    const old = await travel.dataSource.getRepository(InvitationLetter).findOneByOrFail({ id: letterId });
    expect(old).toMatchObject({ status: 'SUPERSEDED', objectKey: first.objectKey });
    expect(await pdfText(old.objectKey!)).toMatch(/OKAFOR,Amara(?!chi)/);
    // The superseded letter stays downloadable by who may read it; it is no longer re-issued.
    await expect(letters.downloadLink(coordinator, letterId)).resolves.toMatchObject({ url: expect.any(String) });
    await expect(letters.reissue(office, letterId, 'again', null)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await letters.forCase(coordinator, caseId)).map((letter) => [letter.version, letter.effectiveStatus])).toEqual([
      [1, 'SUPERSEDED'],
      [2, 'ISSUED'],
    ]);

    const events = await travel.outbox(InvitationLetterIssued, caseId);
    expect(events.map((event) => event.data)).toEqual([
      expect.objectContaining({ letterId, version: 1 }),
      expect.objectContaining({ letterId: second.id, version: 2, supersedesLetterId: letterId }),
    ]);
    expect(JSON.stringify(events)).not.toContain('corrected');
    const audit = await travel.dataSource.getRepository(AuditRecord).findBy({ caseId, action: 'invitation-letter.reissue' });
    expect(audit).toHaveLength(1);
  });

  it('refuses a name it cannot print naming the traveller’s field, not the office reference', async () => {
    await publishCentre();
    await openTrial('NCT09990603', pi);
    const { caseId, letterId } = await acceptedCase('NCT09990603');
    await travel.dataSource.getRepository(Traveller).update({ caseId, role: 'COMPANION' }, { givenName: 'Chidi \u{1D11E}' });
    expect((await letters.preview(office, letterId, {})).unprintable).toEqual(['travellers[1].givenName: \u{1D11E}']);
    await expect(letters.issue(office, letterId, { officeReference: reference, validUntil: addDays(today(), 60) })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('travellers[1].givenName'),
      details: { field: 'travellers[1].givenName' },
    });
    // A name in Latin letters with diacritics prints.
    await travel.dataSource.getRepository(Traveller).update({ caseId, role: 'COMPANION' }, { givenName: 'Ọkafọ' });
    await expect(letters.issue(office, letterId, { officeReference: reference, validUntil: addDays(today(), 60) })).resolves.toMatchObject({
      status: 'ISSUED',
    });
  });

  it('announces an expired letter once, however many replicas sweep at the same moment', async () => {
    await publishCentre();
    await openTrial('NCT09990609', pi);
    const { caseId, letterId } = await acceptedCase('NCT09990609');
    await letters.issue(office, letterId, { officeReference: 'PUTH-IO-EXPIRY', validUntil: addDays(today(), 1) });
    travel.clock.advanceDays(3);
    try {
      // Both read the expired letter before either writes: only the claim decides who announces it.
      await Promise.all([letters.noticeExpired(), letters.noticeExpired()]);
      expect(await travel.outbox(InvitationLetterExpired, caseId)).toHaveLength(1);
    } finally {
      travel.clock.advanceDays(-3);
    }
  });
});
