import { CASE_REFERENCE } from '@carta/contracts';
import { newCaseReference, normaliseReferenceQuery } from './case-reference.rules';

describe('case reference', () => {
  it('is CA- and six Crockford characters, drawn from the random bits', () => {
    expect(newCaseReference(() => Uint8Array.from([0, 0, 0, 0]))).toBe('CA-000000');
    expect(newCaseReference(() => Uint8Array.from([0xff, 0xff, 0xff, 0xff]))).toBe('CA-ZZZZZZ');
    // 0x3fffffe0 >>> 0: the last 5 bits are 0, the 25 above all ones.
    expect(newCaseReference(() => Uint8Array.from([0x3f, 0xff, 0xff, 0xe0]))).toBe('CA-ZZZZZ0');
  });

  it('never uses the letters Crockford leaves out and differs from draw to draw', () => {
    const drawn = new Set(Array.from({ length: 500 }, () => newCaseReference()));
    for (const reference of drawn) expect(reference).toMatch(CASE_REFERENCE);
    expect(drawn.size).toBeGreaterThan(495);
  });

  it('reads a typed reference as stored: case, the CA- prefix and look-alike letters do not matter', () => {
    expect(normaliseReferenceQuery(' ca-7k3f ')).toBe('7K3F');
    expect(normaliseReferenceQuery('o1LI')).toBe('0111');
  });
});
