import { describeDocument } from './document-description.rules';

describe('describeDocument', () => {
  it('names a document by its kind and the day of the record', () => {
    expect(describeDocument({ kind: 'BLOOD_PANEL', recordDate: '2026-11-02', verifiedAt: new Date('2026-11-05T10:00:00Z') })).toBe('blood panel of 2026-11-02');
  });

  it('falls back to the day it was verified when the record has no date', () => {
    expect(describeDocument({ kind: 'PATHOLOGY_REPORT', recordDate: null, verifiedAt: new Date('2026-10-01T23:30:00Z') })).toBe(
      'pathology report of 2026-10-01',
    );
  });

  it('never prints an unknown kind code', () => {
    expect(describeDocument({ kind: 'SOMETHING_NEW', recordDate: null, verifiedAt: null })).toBe('document');
  });
});
