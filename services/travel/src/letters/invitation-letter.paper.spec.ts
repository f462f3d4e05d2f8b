import { Block } from '@carta/pdf';
import { draftLetter, invitationLetterPaper, LetterContents, LetterSources, unprintableFields } from './invitation-letter.paper';
import { parseIssueLetter } from './letters.input';

const patient = {
  role: 'PATIENT' as const,
  givenName: 'Amara',
  familyName: 'Okafor',
  birthDate: '1971-06-02',
  nationality: 'NGA',
  passportNumber: 'A07731245',
  passportExpiry: '2031-01-01',
  relationship: null,
};
const centre = {
  name: 'Peking University Third Hospital',
  nameZh: '北京大学第三医院',
  city: 'Beijing',
  address: { en: '49 North Garden Road, Haidian District, Beijing 100191', zh: '北京市海淀区花园北路49号 100191' },
  officeEmail: 'intl@puh3.example.cn',
  officePhone: '+86 10 8226 6699',
};
const letter = (overrides: Partial<LetterContents> = {}): LetterContents => ({
  letterId: 'a1b2',
  version: 1,
  officeReference: '北大医院国际医疗部〔2026〕第15号',
  centre,
  principalInvestigator: { name: 'Dr Li Wei', nameZh: '李伟' },
  trialId: 'NCT05277987',
  acceptedOn: '2026-11-24',
  plannedArrival: '2026-12-11',
  plannedDeparture: '2027-03-10',
  validUntil: '2027-02-22',
  travellers: [patient],
  issuedAt: new Date('2026-11-25T08:00:00Z'),
  ...overrides,
});
const sources = (overrides: Partial<LetterSources> = {}): LetterSources => ({
  letterId: 'a1b2',
  version: 1,
  trialId: 'NCT05277987',
  acceptedOn: '2026-11-24',
  issuedAt: new Date('2026-11-25T08:00:00Z'),
  centre,
  principalInvestigator: { name: 'Dr Li Wei', nameZh: '李伟' },
  travellers: [patient],
  officeReference: 'PUTH-IO-118',
  plannedArrival: '2026-12-11',
  plannedDeparture: '2027-03-10',
  validUntil: '2027-02-22',
  ...overrides,
});
const fields = (blocks: Block[], heading: string) => {
  const block = blocks.find((each) => each.heading === heading);
  return block?.kind === 'fields' ? Object.fromEntries(block.fields) : undefined;
};

describe('the invitation letter', () => {
  it('carries, in Chinese and English, what a consulate checks: patient, passport, centre and address, PI, purpose, dates, contact', () => {
    const paper = invitationLetterPaper(letter());
    expect(paper.title).toBe('邀请函 Letter of Invitation');
    expect(fields(paper.blocks, '患者 Patient')).toEqual({
      '姓名（与护照一致） Name (as in passport)': 'OKAFOR, Amara',
      '出生日期 Date of birth': '1971-06-02',
      '国籍 Nationality': 'NGA',
      '护照号码 Passport number': 'A07731245',
      '护照有效期至 Passport valid until': '2031-01-01',
    });
    expect(fields(paper.blocks, '目的与日期 Purpose and dates')).toMatchObject({
      '预计入境 Planned arrival': '2026-12-11',
      '预计离境 Planned departure': '2027-03-10',
      '停留时间 Length of stay': '89 天 days',
    });
    expect(fields(paper.blocks, '主要研究者 Principal investigator')).toEqual({ '姓名 Name': '李伟 Dr Li Wei' });
    expect(fields(paper.blocks, '联系方式 Contact')).toEqual({
      '国际医疗部 International Office': '北京大学第三医院国际医疗部 / Peking University Third Hospital, International Office',
      '地址 Address': '北京市海淀区花园北路49号 100191 / 49 North Garden Road, Haidian District, Beijing 100191',
      '电子邮件 Email': 'intl@puh3.example.cn',
      '电话 Telephone': '+86 10 8226 6699',
    });
    expect(paper.subtitle).toContain('北京大学第三医院 Peking University Third Hospital, Beijing');
    expect(paper.footer).toBe('文号 Ref. 北大医院国际医疗部〔2026〕第15号 · 第1版 Version 1 · issued 2026-11-25 · valid until 2027-02-22 · Carta letter a1b2');
    expect(JSON.stringify(paper.blocks)).toContain('travels without a companion');
    expect(JSON.stringify(paper)).not.toContain('on request');
    expect(paper.watermark).toBeUndefined();
  });

  it('names each companion with their relationship and passport, and prints a re-issue’s version', () => {
    const companion = { ...patient, role: 'COMPANION' as const, givenName: 'Chidi', passportNumber: 'A05518890', relationship: 'husband' };
    const paper = invitationLetterPaper(letter({ travellers: [patient, companion], version: 2 }));
    expect(fields(paper.blocks, '陪同人员 1 Companion 1 (husband)')).toMatchObject({
      '姓名（与护照一致） Name (as in passport)': 'OKAFOR, Chidi',
      '护照号码 Passport number': 'A05518890',
    });
    expect(JSON.stringify(paper.blocks)).toContain('accompanied by the family member named below');
    expect(fields(paper.blocks, '')).toBeUndefined();
    expect(paper.footer).toContain('第2版 Version 2');
    expect(JSON.stringify(paper.blocks)).toContain('Version 2 (replaces version 1)');
  });

  it('says what issuing still needs instead of printing nulls or "on request"', () => {
    expect(draftLetter(sources()).missing).toEqual([]);
    const { missing, contents } = draftLetter(
      sources({
        centre: { ...centre, nameZh: null, address: null, officeEmail: null, officePhone: null },
        principalInvestigator: null,
        travellers: [],
        officeReference: null,
      }),
    );
    expect(missing).toEqual(['centre.nameZh', 'centre.address', 'centre.officeContact', 'principalInvestigator', 'travellers.patient', 'officeReference']);
    // The draft still renders, with visible placeholders.
    expect(JSON.stringify(invitationLetterPaper({ ...contents, draft: true }))).toContain('[待补 missing]');
    expect(draftLetter(sources({ centre: null })).missing).toEqual(['centre']);
  });

  it('names the field that holds an unprintable character, never blaming the office reference', () => {
    const companion = { ...patient, role: 'COMPANION' as const, givenName: 'Chidi \u{1D11E}', relationship: 'husband' };
    expect(unprintableFields(letter({ travellers: [patient, companion] }))).toEqual(['travellers[1].givenName: \u{1D11E}']);
    expect(unprintableFields(letter({ travellers: [{ ...patient, familyName: 'Ọkafọ' }] }))).toEqual([]);
  });
});

describe('the office reference', () => {
  const input = (officeReference: string) => ({ officeReference, validUntil: '2027-02-22' });

  it('is taken in the script the office writes it', () => {
    expect(parseIssueLetter(input(' 北大医院国际医疗部〔2026〕第15号 ')).officeReference).toBe('北大医院国际医疗部〔2026〕第15号');
    expect(parseIssueLetter(input('PUTH-IO/2026 #118 (a)')).officeReference).toBe('PUTH-IO/2026 #118 (a)');
  });

  it('is refused, naming it, when too long or not printable', () => {
    expect(() => parseIssueLetter(input('x'.repeat(61)))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'officeReference' } }));
    expect(() => parseIssueLetter(input('Ref \u{1D11E}'))).toThrow(/officeReference: the letter cannot print \u{1D11E}/u);
    expect(() => parseIssueLetter(input('Ref\u0007'))).toThrow(/officeReference/);
  });
});
