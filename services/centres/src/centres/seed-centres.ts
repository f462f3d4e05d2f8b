import { Centre, PostalAddress } from './centre.entity';

// Facts docs/domain.md gives; what it does not (hotel monitoring, an office e-mail) the offices fill in.
const site = { icuBackup: true, crsIcansManagement: true, hotelMonitoringAfterDay14: false, contactEmail: null };

/**
 * What letters print of each seed centre: its Chinese name, its main campus's public postal address
 * and the hospital's public switchboard (no international-office line is published for all five; the
 * office replaces it with its own through updateCentreProfile). Public institutional data only.
 */
export const SEED_CENTRE_DETAILS: Record<string, { nameZh: string; address: PostalAddress; contactPhone: string }> = {
  puth: {
    nameZh: '北京大学第三医院',
    address: { en: '49 North Garden Road, Haidian District, Beijing 100191', zh: '北京市海淀区花园北路49号 100191' },
    contactPhone: '+86 10 8226 6699',
  },
  ruijin: {
    nameZh: '上海交通大学医学院附属瑞金医院',
    address: { en: '197 Ruijin Er Road, Huangpu District, Shanghai 200025', zh: '上海市黄浦区瑞金二路197号 200025' },
    contactPhone: '+86 21 6437 0045',
  },
  xuanwu: {
    nameZh: '首都医科大学宣武医院',
    address: { en: '45 Changchun Street, Xicheng District, Beijing 100053', zh: '北京市西城区长椿街45号 100053' },
    contactPhone: '+86 10 8319 8899',
  },
  sysucc: {
    nameZh: '中山大学肿瘤防治中心',
    address: { en: '651 Dongfeng Road East, Yuexiu District, Guangzhou 510060', zh: '广州市越秀区东风东路651号 510060' },
    contactPhone: '+86 20 8734 3088',
  },
  tongji: {
    nameZh: '华中科技大学同济医学院附属同济医院',
    address: { en: '1095 Jiefang Avenue, Qiaokou District, Wuhan 430030', zh: '湖北省武汉市硚口区解放大道1095号 430030' },
    contactPhone: '+86 27 8366 2688',
  },
};

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
    ...SEED_CENTRE_DETAILS.puth,
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
    ...SEED_CENTRE_DETAILS.ruijin,
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
    ...SEED_CENTRE_DETAILS.xuanwu,
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
    ...SEED_CENTRE_DETAILS.sysucc,
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
    ...SEED_CENTRE_DETAILS.tongji,
  },
];
