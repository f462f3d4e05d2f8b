import { centreId, phoneNumber } from '@carta/contracts';
import { parseInput } from '@carta/service-kit';
import { z } from 'zod';

const profileInput = z.object({
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'must be ISO 639-1 codes like en, zh')).min(1),
  icuBackup: z.boolean(),
  crsIcansManagement: z.boolean(),
  hotelMonitoringAfterDay14: z.boolean(),
  /** The Chinese name as the hospital writes it; null clears it, absent keeps it. */
  nameZh: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[\p{Script=Han}\p{N}（）()·・ ]+$/u, 'must be written in Chinese characters')
    .nullish(),
  /** The postal address, once in English and once in Chinese (both printed on letters). */
  address: z
    .object({
      en: z
        .string()
        .trim()
        .min(1)
        .max(300)
        .regex(/^[\p{Script=Latin}\p{M}\p{N} .,'’()#/-]+$/u, 'must be written in Latin letters and digits'),
      zh: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .regex(/^[\p{Script=Han}\p{N}A-Za-z （）()#·,，、-]+$/u, 'must be written in Chinese characters and digits'),
    })
    .nullish(),
  contactEmail: z.email().nullish(),
  contactPhone: phoneNumber.nullish(),
});

export type CentreProfileInput = z.infer<typeof profileInput>;
export const parseCentreProfile = (input: unknown): CentreProfileInput => parseInput(profileInput, input);
/** A centre code argument (`id`, `centreId`), BAD_USER_INPUT naming the field when it is not one. */
export const parseCentreId = (value: unknown, field: string): string => parseInput(z.object({ [field]: centreId }), { [field]: value })[field];
