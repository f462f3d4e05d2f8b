import { blankAsNull, changedFields, maskPassport, priorTherapyChoice, priorTherapyValue } from './people';

describe('the people forms', () => {
  it('shows only the last four characters of a passport number', () => {
    expect(maskPassport('E12345678')).toBe('•••••5678');
    expect(maskPassport('AB12')).toBe('••••AB12');
    expect(maskPassport(null)).toBeNull();
    expect(maskPassport('')).toBeNull();
  });

  it('sends only what changed, an emptied optional field as null, and keeps a never-shown passport number', () => {
    const before = { givenName: 'Amina', email: 'a@example.org', phone: '', passportNumber: '' };
    expect(changedFields(before, { ...before }, ['passportNumber'])).toEqual({});
    expect(changedFields(before, { givenName: ' Amina ', email: '', phone: '+44 20', passportNumber: '' }, ['passportNumber'])).toEqual({
      email: null,
      phone: '+44 20',
    });
    expect(changedFields(before, { ...before, passportNumber: 'P999' }, ['passportNumber'])).toEqual({ passportNumber: 'P999' });
    expect(blankAsNull('  ')).toBeNull();
  });

  it('maps prior cellular therapy both ways, unknown as null', () => {
    for (const value of [true, false, null]) expect(priorTherapyValue(priorTherapyChoice(value))).toBe(value);
  });
});
