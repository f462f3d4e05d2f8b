import { consentRecipient, PublishedCentre } from './consent.rules';

describe('consent recipient', () => {
  const puth: PublishedCentre = {
    centreId: 'puth',
    name: 'Peking University Third Hospital',
    nameZh: '北京大学第三医院',
    address: { en: '49 North Garden Road, Haidian District, Beijing', zh: '北京市海淀区花园北路49号' },
    officeEmail: 'imd@puth.example',
    officePhone: '+86 10 8226 6699',
  };

  it('names the centre (both languages) and its published office contact and address', () => {
    expect(consentRecipient('puth', puth)).toEqual({
      recipientName: 'Peking University Third Hospital (北京大学第三医院)',
      recipientContact: 'imd@puth.example; +86 10 8226 6699; 49 North Garden Road, Haidian District, Beijing',
    });
    expect(consentRecipient('puth', { ...puth, nameZh: null, address: null, officePhone: null })).toEqual({
      recipientName: 'Peking University Third Hospital',
      recipientContact: 'imd@puth.example',
    });
  });

  it('refuses with CONFLICT, saying what is missing, when the centre is unknown or has no contact', () => {
    expect(() => consentRecipient('puth', null)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('not published its profile') }),
    );
    expect(() => consentRecipient('puth', { ...puth, officeEmail: null, officePhone: ' ' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('no office e-mail or phone') }),
    );
  });
});
