import { DomainError } from '@carta/domain';
import { unprintableCharacters } from '@carta/pdf';
import { aCompanion, aPatient } from '@carta/testing';
import { parseOpenCaseInput } from '../cases/open-case.input';
import { parseCompanion, parseCompanionChanges, parsePatientChanges } from './person.input';

const refusalOf = (parse: () => unknown): DomainError => {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};
const openWith = (patient: object) => parseOpenCaseInput({ patient, diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma' } });

describe('people as intake takes them', () => {
  it('refuses at entry a name the papers cannot print, naming the field and the code point, never the name', () => {
    // The papers' own typeface decides: this Polish letter has no glyph in it.
    expect(unprintableCharacters('Łukasiewicz')).toEqual(['Ł']);
    const refusal = refusalOf(() => openWith(aPatient({ familyName: 'Łukasiewicz' })));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'patient.familyName' } });
    expect(refusal.message).toMatch(/^patient\.familyName: U\+0141 cannot be printed/);
    expect(refusal.message).not.toMatch(/Łukasiewicz|ukasiewicz/);

    const companion = refusalOf(() => parseCompanion(aCompanion({ givenName: 'Łucja' })));
    expect(companion).toMatchObject({ details: { field: 'companion.givenName' } });
    expect(refusalOf(() => parseCompanion(aCompanion({ relationship: '𓀀' })))).toMatchObject({ details: { field: 'companion.relationship' } });
    expect(refusalOf(() => parsePatientChanges({ givenName: 'Łucja' }))).toMatchObject({ details: { field: 'patient.givenName' } });
  });

  it('takes a name in printable Latin letters with diacritics, as the data page prints it', () => {
    expect(openWith(aPatient({ givenName: 'Chịdị', familyName: 'Ọkafọ' })).patient).toMatchObject({ givenName: 'Chịdị', familyName: 'Ọkafọ' });
    expect(openWith(aPatient({ familyName: "O'Neill-Núñez" })).patient?.familyName).toBe("O'Neill-Núñez");
  });

  it('refuses a name not in Latin letters (the passport data page and the visa print the Latin form)', () => {
    expect(refusalOf(() => openWith(aPatient({ familyName: 'Иванова' })))).toMatchObject({ details: { field: 'patient.familyName' } });
    expect(refusalOf(() => parseCompanion(aCompanion({ familyName: '田中' })))).toMatchObject({ details: { field: 'companion.familyName' } });
  });

  it("asks a companion's birth date and nationality, keeps an expired passport but refuses one no passport has", () => {
    const { birthDate: _birthDate, ...withoutBirthDate } = aCompanion();
    expect(refusalOf(() => parseCompanion(withoutBirthDate))).toMatchObject({ details: { field: 'companion.birthDate' } });
    expect(refusalOf(() => parseCompanion(aCompanion({ nationality: 'Japan' })))).toMatchObject({ details: { field: 'companion.nationality' } });
    expect(parseCompanion(aCompanion({ passportExpiry: '2020-02-02' })).passportExpiry).toBe('2020-02-02');
    expect(refusalOf(() => parseCompanion(aCompanion({ passportExpiry: '2999-01-01' })))).toMatchObject({ details: { field: 'companion.passportExpiry' } });
    expect(refusalOf(() => parseCompanion(aCompanion({ passportExpiry: '1960-01-01' })))).toMatchObject({ details: { field: 'companion.passportExpiry' } });
    expect(parseCompanion(aCompanion({ passportNumber: undefined, passportExpiry: undefined }))).toMatchObject({ passportNumber: null, passportExpiry: null });
  });

  it('takes a correction as only the fields given, null clearing an optional one', () => {
    expect(parsePatientChanges({ passportNumber: 'TR7654321', passportExpiry: '2032-01-31' })).toEqual({
      passportNumber: 'TR7654321',
      passportExpiry: '2032-01-31',
    });
    expect(parsePatientChanges({ email: null })).toEqual({ email: null });
    expect(parseCompanionChanges({ familyName: 'Okafor' })).toEqual({ familyName: 'Okafor' });
    expect(refusalOf(() => parseCompanionChanges({ passportNumber: 'A 12' }))).toMatchObject({ details: { field: 'companion.passportNumber' } });
  });
});
