import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { BENIGN_FILE_NAMES, buildHostileCorpus, CorpusEntry, HOSTILE_FILE_NAMES } from '../../test/hostile-files/corpus';
import { inspectDocument } from './content-inspection';
import { fileNameProblem, verifyUpload } from './upload-verification.rules';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The stored object, reopenable, arriving in uneven chunks as a network read would. */
const opener = (bytes: Buffer) => async () =>
  Readable.from(Array.from({ length: Math.ceil(bytes.length / 4093) }, (_, i) => bytes.subarray(i * 4093, (i + 1) * 4093)));

describe('hostile-file corpus through inspectDocument + verifyUpload', () => {
  let corpus: CorpusEntry[] = [];
  beforeAll(async () => {
    corpus = await buildHostileCorpus();
  });

  it('covers every kind with benign controls and attacks', () => {
    for (const type of [
      'application/pdf',
      'image/png',
      'image/jpeg',
      'image/tiff',
      'application/dicom',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]) {
      expect(corpus.filter((entry) => entry.declaredType === type).map((entry) => entry.expected)).toEqual(expect.arrayContaining(['VERIFIED', 'REJECTED']));
    }
  });

  it('ends every entry as expected, with a reason that quotes nothing from the file', async () => {
    const outcomes = [];
    for (const entry of corpus) {
      const inspection = await inspectDocument(opener(entry.bytes), { maxBytes: 256 * 1024 * 1024 });
      const outcome = verifyUpload({ contentType: entry.declaredType, sizeBytes: entry.bytes.length, sha256: sha256(entry.bytes) }, inspection);
      outcomes.push({ name: entry.name, status: outcome.status, reason: 'reason' in outcome ? outcome.reason : null });
      if ('reason' in outcome) expect(outcome.reason).not.toMatch(/attacker|app\.alert|cmd\.exe|script>|x\.exe/);
    }
    // One assertion over all, so a failure lists every entry that went wrong at once.
    expect(outcomes.filter((outcome, i) => outcome.status !== corpus[i].expected)).toEqual([]);
  });
});

describe('file names', () => {
  it.each(HOSTILE_FILE_NAMES)('refuses $name', ({ fileName }) => {
    expect(fileNameProblem(fileName)).not.toBeNull();
  });

  it.each(BENIGN_FILE_NAMES)('accepts %s', (fileName) => {
    expect(fileNameProblem(fileName)).toBeNull();
  });
});
