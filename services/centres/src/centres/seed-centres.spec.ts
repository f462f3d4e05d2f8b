import { SEED_CENTRES } from './seed-centres';

describe('seed centres', () => {
  it('are the five centres of docs/domain.md with their active CAR-T targets', () => {
    const byId = Object.fromEntries(SEED_CENTRES.map((centre) => [centre.id, centre]));
    expect(Object.keys(byId).sort()).toEqual(['puth', 'ruijin', 'sysucc', 'tongji', 'xuanwu']);
    expect(byId.puth.activeTargets).toEqual(expect.arrayContaining(['CLDN18.2', 'GPRC5D']));
    expect(byId.xuanwu.activeTargets).toContain('EGFRvIII');
    expect(byId.tongji.internationalOffice).toBe('PARTIAL');
    expect(new Set(SEED_CENTRES.map((centre) => centre.city))).toEqual(new Set(['Beijing', 'Shanghai', 'Guangzhou', 'Wuhan']));
  });
});
