import { DomainError } from '@carta/domain';
import { parseOpenCaseInput } from './open-case.input';

const patient = { givenName: 'Amina', familyName: 'Okafor', birthDate: '1971-04-02', nationality: 'NGA' };
const valid = { patient, diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma' }, coordinatorId: 'coord-1' };

describe('parseOpenCaseInput', () => {
  it('accepts a new patient or an existing pseudonym', () => {
    expect(parseOpenCaseInput(valid)).toMatchObject(valid);
    const { patient: _patient, ...withoutPatient } = valid;
    expect(parseOpenCaseInput({ ...withoutPatient, patientId: 'pt_0123456789abcdef' }).patientId).toBe('pt_0123456789abcdef');
  });

  it('leaves the coordinator to the service when none is named (the caller becomes it)', () => {
    const { coordinatorId: _coordinatorId, ...withoutCoordinator } = valid;
    expect(parseOpenCaseInput(withoutCoordinator).coordinatorId).toBeUndefined();
  });

  it('keeps an expired passport on the record', () => {
    expect(parseOpenCaseInput({ ...valid, patient: { ...patient, passportExpiry: '2019-05-01' } }).patient?.passportExpiry).toBe('2019-05-01');
  });

  it.each([
    [{ ...valid, diagnosis: { icd10: 'gastric', description: 'x' } }, 'diagnosis.icd10'],
    [{ ...valid, diagnosis: { icd10: 'C16.9', description: '  ' } }, 'diagnosis.description'],
    [{ ...valid, coordinatorId: '' }, 'coordinatorId'],
    [{ ...valid, patientId: 'pt_0123456789abcdef' }, 'patient'],
    [{ ...valid, patient: { ...patient, birthDate: '02/04/1971' } }, 'patient.birthDate'],
    [{ ...valid, patient: { ...patient, passportNumber: 'A 1234 56' } }, 'patient.passportNumber'],
    [{ ...valid, patient: { ...patient, birthDate: '2999-01-01' } }, 'patient.birthDate'],
    [{ ...valid, patient: { ...patient, birthDate: '1850-06-01' } }, 'patient.birthDate'],
    [{ ...valid, patient: { ...patient, passportExpiry: '2999-01-01' } }, 'patient.passportExpiry'],
    [{ ...valid, patient: { ...patient, passportExpiry: '1970-01-01' } }, 'patient.passportExpiry'],
  ])('refuses %j naming the field %s, without echoing the value', (input, field) => {
    try {
      parseOpenCaseInput(input);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
      expect((error as Error).message).not.toMatch(/Amina|02\/04|A 1234/);
    }
  });
});
