import enAdmin from './en/admin.json';
import enAuth from './en/auth.json';
import enCase from './en/case.json';
import enCommon from './en/common.json';
import enJourney from './en/journey.json';
import enMoney from './en/money.json';
import enOffice from './en/office.json';
import enRecords from './en/records.json';
import zhAdmin from './zh-CN/admin.json';
import zhAuth from './zh-CN/auth.json';
import zhCase from './zh-CN/case.json';
import zhCommon from './zh-CN/common.json';
import zhJourney from './zh-CN/journey.json';
import zhMoney from './zh-CN/money.json';
import zhOffice from './zh-CN/office.json';
import zhRecords from './zh-CN/records.json';

/**
 * One resource file per area of the console and language (`<language>/<area>.json`, its one top-level
 * key the area's name; `common.json` holds the shell's strings and the API's enum names), merged into
 * one namespace: a key reads `office.inbox.heading` wherever it is used.
 */
export const RESOURCE_FILES = {
  en: { common: enCommon, case: enCase, records: enRecords, journey: enJourney, money: enMoney, office: enOffice, admin: enAdmin, auth: enAuth },
  'zh-CN': { common: zhCommon, case: zhCase, records: zhRecords, journey: zhJourney, money: zhMoney, office: zhOffice, admin: zhAdmin, auth: zhAuth },
} as const;
const merged = (files: Record<string, object>) => Object.assign({}, ...Object.values(files)) as Record<string, unknown>;
export const resources = { en: { translation: merged(RESOURCE_FILES.en) }, 'zh-CN': { translation: merged(RESOURCE_FILES['zh-CN']) } } as const;
