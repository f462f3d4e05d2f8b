import { SEED_TRIALS } from '@carta/domain';
import { parseInput } from '@carta/service-kit';
import { checkProductTerms, CHICTR_ID, criteriaFrom, NCT_ID, registerTrialInput, trialChanges, trialIdFor } from './trial-registration.rules';

const registration = () => ({
  registryIds: ['NCT06123456', 'ChiCTR2300071234'],
  title: 'BCMA CAR-T in relapsed myeloma',
  phase: 'PHASE_1_2',
  productType: 'AUTOLOGOUS',
  targets: ['BCMA'],
  indications: ['relapsed/refractory multiple myeloma'],
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['ruijin'],
  manufacturingWeeks: { min: 3, max: 5 },
  criteria: JSON.stringify({ criteria: SEED_TRIALS[0].criteria.criteria }),
});

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { code: string; message: string; details: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
};

describe('trial registration input', () => {
  it('takes registry numbers as the registries issue them', () => {
    for (const id of ['NCT05277987', 'NCT00000102']) expect(NCT_ID.test(id)).toBe(true);
    // ChiCTR: ten digits since 2016, <type>-<eight digits> before (TRC, IOR, ONC, TNRC …).
    for (const id of ['ChiCTR2000029308', 'ChiCTR1800019622', 'ChiCTR-IOR-17013555', 'ChiCTR-TRC-12002346', 'ChiCTR-TNRC-10001033', 'ChiCTR-DT-00000001'])
      expect(CHICTR_ID.test(id)).toBe(true);
    for (const id of [
      'NCT0527798',
      'NCT052779870',
      'nct05277987',
      'NCT 05277987',
      'ChiCTR200002930',
      'chictr2000029308',
      'ChiCTR-ior-17013555',
      'ChiCTR-IOR-1701355',
      'ISRCTN12345678',
    ]) {
      expect(NCT_ID.test(id) || CHICTR_ID.test(id)).toBe(false);
    }
  });

  it('accepts a complete registration', () => {
    expect(parseInput(registerTrialInput, registration())).toMatchObject({ registryIds: ['NCT06123456', 'ChiCTR2300071234'], phase: 'PHASE_1_2' });
  });

  it.each([
    [{ registryIds: ['NCT06123456', 'NCT123'] }, 'registryIds.1'],
    [{ registryIds: [] }, 'registryIds'],
    [{ registryIds: ['NCT06123456', 'NCT06123456'] }, 'registryIds.1'],
    [{ targets: ['bcma'] }, 'targets.0'],
    [{ targets: ['CD999'] }, 'targets.0'],
    [{ centreIds: ['PUTH'] }, 'centreIds.0'],
    [{ phase: 'PHASE_5' }, 'phase'],
    [{ fundingModels: [] }, 'fundingModels'],
    [{ manufacturingWeeks: { min: 5, max: 3 } }, 'manufacturingWeeks.max'],
    [{ manufacturingWeeks: { min: 0, max: 3 } }, 'manufacturingWeeks.min'],
    [{ title: '   ' }, 'title'],
  ])('refuses %j naming %s', (change, field) => {
    const error = refusal(() => parseInput(registerTrialInput, { ...registration(), ...change }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });

  it('needs a manufacturing window for autologous products only', () => {
    expect(refusal(() => checkProductTerms({ productType: 'AUTOLOGOUS', manufacturingWeeks: null }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'manufacturingWeeks' },
    });
    expect(refusal(() => checkProductTerms({ productType: 'ALLOGENEIC', manufacturingWeeks: { min: 3, max: 4 } }))).toMatchObject({
      details: { field: 'manufacturingWeeks' },
    });
    expect(() => checkProductTerms({ productType: 'ALLOGENEIC', manufacturingWeeks: null })).not.toThrow();
  });

  it('changes at least one field, and clears nullable ones with null', () => {
    expect(refusal(() => parseInput(trialChanges, {}))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(parseInput(trialChanges, { phase: null })).toEqual({ phase: null });
    expect(refusal(() => parseInput(trialChanges, { title: null }))).toMatchObject({ details: { field: 'title' } });
  });

  it('names the trial by its NCT number when it has one', () => {
    expect(trialIdFor(['ChiCTR2300071234', 'NCT06123456'])).toBe('NCT06123456');
    expect(trialIdFor(['ChiCTR2300071234'])).toBe('ChiCTR2300071234');
  });

  it('stamps valid criteria with the given version and refuses bad ones with the clause', () => {
    expect(criteriaFrom(registration().criteria, 1).version).toBe(1);
    expect(criteriaFrom(JSON.stringify({ version: 9, criteria: SEED_TRIALS[0].criteria.criteria }), 3).version).toBe(3);
    expect(refusal(() => criteriaFrom('{', 1))).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'criteria' } });
    expect(refusal(() => criteriaFrom('[]', 1))).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'criteria' } });
    const bad = { criteria: [{ ...SEED_TRIALS[0].criteria.criteria[0], kind: 'MAYBE' }] };
    expect(refusal(() => criteriaFrom(JSON.stringify(bad), 1))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'criteria', clause: 'criteria[0].kind' },
    });
  });
});
