import { actsForCentre, isStaff } from './roles';

describe('role helpers', () => {
  const puthOffice = { subject: 'o', roles: ['hospital_office' as const], centreId: 'puth' };

  it('counts coordinators and admins as staff, never an office or an analyst', () => {
    expect(isStaff({ subject: 'c', roles: ['coordinator'] })).toBe(true);
    expect(isStaff({ subject: 'a', roles: ['admin'] })).toBe(true);
    expect(isStaff(puthOffice)).toBe(false);
    expect(isStaff({ subject: 'n', roles: ['analyst'] })).toBe(false);
  });

  it('lets an admin act for any centre and an office only for its own', () => {
    expect(actsForCentre({ subject: 'a', roles: ['admin'] }, 'ruijin')).toBe(true);
    expect(actsForCentre(puthOffice, 'puth')).toBe(true);
    expect(actsForCentre(puthOffice, 'ruijin')).toBe(false);
    expect(actsForCentre({ subject: 'c', roles: ['coordinator'] }, 'puth')).toBe(false);
  });
});
