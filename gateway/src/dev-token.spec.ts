import { devTokenIdentity } from './dev-token';

describe('devTokenIdentity', () => {
  it('mints the asked identity', () => {
    expect(devTokenIdentity({})).toEqual({ subject: 'dev-coordinator', roles: ['coordinator'] });
    expect(devTokenIdentity({ role: 'hospital_office', centre: 'puth', sub: 'office.puth@example' })).toEqual({
      subject: 'office.puth@example',
      roles: ['hospital_office'],
      centreId: 'puth',
    });
  });

  it('refuses subjects and centres outside their charset and length, and repeated parameters', () => {
    for (const sub of ['', 'a'.repeat(65), 'admin\nx', '../etc', 'a b', '<script>', '-dash-first']) expect(devTokenIdentity({ sub })).toHaveProperty('refused');
    expect(devTokenIdentity({ sub: ['a', 'b'] })).toHaveProperty('refused');
    for (const centre of ['PUTH', 'pu th', 'x'.repeat(33), '']) expect(devTokenIdentity({ role: 'hospital_office', centre })).toHaveProperty('refused');
    expect(devTokenIdentity({ role: 'hospital_office' })).toHaveProperty('refused');
    expect(devTokenIdentity({ role: 'admin', centre: 'puth' })).toHaveProperty('refused');
    expect(devTokenIdentity({ role: 'superuser' })).toHaveProperty('refused');
  });
});
