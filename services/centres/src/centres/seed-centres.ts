import { Centre } from './centre.entity';

// Facts docs/domain.md gives; what it does not (contacts, hotel monitoring) the offices fill in.
const site = { icuBackup: true, crsIcansManagement: true, hotelMonitoringAfterDay14: false, contactEmail: null, contactPhone: null };

/** The five seed centres (docs/domain.md). */
export const SEED_CENTRES: Centre[] = [
  {
    id: 'puth',
    name: 'Peking University Third Hospital',
    city: 'Beijing',
    activeTargets: ['CD19', 'BCMA', 'CLDN18.2', 'GPC3', 'GPRC5D'],
    internationalOffice: 'DEDICATED',
    internationalOfficeNote: 'Dedicated international department',
    languages: ['zh'],
    ...site,
  },
  {
    id: 'ruijin',
    name: 'Ruijin Hospital, Shanghai Jiao Tong University',
    city: 'Shanghai',
    activeTargets: ['CD19', 'BCMA', 'GPC3', 'CLDN18.2'],
    internationalOffice: 'DEDICATED',
    internationalOfficeNote: 'English-language coordination',
    languages: ['zh', 'en'],
    ...site,
  },
  {
    id: 'xuanwu',
    name: 'Xuanwu Hospital, Capital Medical University',
    city: 'Beijing',
    activeTargets: ['EGFRvIII', 'CD19', 'BCMA'],
    internationalOffice: 'DEDICATED',
    internationalOfficeNote: 'Neurosurgery international referrals',
    languages: ['zh'],
    ...site,
  },
  {
    id: 'sysucc',
    name: 'Sun Yat-sen University Cancer Centre',
    city: 'Guangzhou',
    activeTargets: ['MSLN', 'GD2', 'CD19'],
    internationalOffice: 'DEDICATED',
    internationalOfficeNote: 'International oncology programme',
    languages: ['zh'],
    ...site,
  },
  {
    id: 'tongji',
    name: 'Tongji Hospital, Huazhong University of Science and Technology',
    city: 'Wuhan',
    activeTargets: ['CD19', 'BCMA', 'CD22'],
    internationalOffice: 'PARTIAL',
    internationalOfficeNote: 'Needs coordinator-run communication',
    languages: ['zh'],
    ...site,
  },
];
