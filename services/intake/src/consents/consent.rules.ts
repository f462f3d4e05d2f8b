import { DomainError } from '@carta/domain';

export interface PublishedCentre {
  centreId: string;
  name: string;
  nameZh: string | null;
  address: { en: string; zh: string } | null;
  officeEmail: string | null;
  officePhone: string | null;
}

/**
 * Who receives the data, as the consent tells the patient (PIPL art. 39): the centre's published
 * name and office contact, never typed by hand. A centre that has published no way to reach its
 * office cannot be named as a recipient: the consent is refused rather than recorded without one.
 */
export function consentRecipient(centreId: string, centre: PublishedCentre | null): { recipientName: string; recipientContact: string } {
  if (!centre) throw new DomainError('CONFLICT', `centre ${centreId} has not published its profile: its office must publish it before a consent can name it`);
  const contact = [centre.officeEmail, centre.officePhone].filter((part): part is string => Boolean(part?.trim()));
  if (contact.length === 0)
    throw new DomainError('CONFLICT', `centre ${centreId} has published no office e-mail or phone: the patient must be told how to reach the recipient`);
  const recipientName = centre.nameZh ? `${centre.name} (${centre.nameZh})` : centre.name;
  const recipientContact = [...contact, ...(centre.address ? [centre.address.en] : [])].join('; ');
  return { recipientName, recipientContact };
}
