import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { centreId, instant } from '../values';

/** What other services need to know of a centre: who it is and how it looks after patients. */
export const CentreProfilePublished = defineEvent({
  type: 'carta.centres.centre.published.v1',
  topic: Topics.centresCentre,
  aggregateIdField: 'centreId',
  description: "A centre's profile was first published or changed by its office (name, city, monitoring policy, office contact).",
  schema: z.object({
    centreId,
    name: z.string().min(1).max(200),
    /** The centre's name and postal address as letters print them, in English and Chinese (added later: optional). */
    nameZh: z.string().min(1).max(100).nullable().optional(),
    address: z
      .object({ en: z.string().min(1).max(300), zh: z.string().min(1).max(200) })
      .nullable()
      .optional(),
    city: z.string().min(1).max(100),
    hotelMonitoringAfterDay14: z.boolean(),
    officeEmail: z.string().max(200).nullable(),
    officePhone: z.string().max(50).nullable(),
    publishedAt: instant,
  }),
});
