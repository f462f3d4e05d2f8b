import { ensure, Finding } from './findings';

/** The file meta group must sit within this many bytes of the start (it is normally a few hundred). */
export const DICOM_HEAD_BYTES = 64 * 1024;
const META_START = 132;
/** Explicit VR with a 2-byte reserved field and a 4-byte length (PS3.5 §7.1.2). */
const LONG_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);
/**
 * What a preamble must never start with: programs (PE, ELF, Mach-O, scripts), archives and
 * documents that another tool would open instead of the DICOM. The preamble is free for
 * applications (DICOM-TIFF dual files put a TIFF header there), so this is a deny list.
 */
const FOREIGN_MAGIC = [
  'MZ',
  '\x7fELF',
  '#!',
  'PK\x03\x04',
  'PK\x05\x06',
  '%PDF',
  '\xca\xfe\xba\xbe',
  '\xfe\xed\xfa\xce',
  '\xfe\xed\xfa\xcf',
  '\xce\xfa\xed\xfe',
  '\xcf\xfa\xed\xfe',
  '\xd0\xcf\x11\xe0',
  'Rar!',
  '7z\xbc\xaf',
  '\x1f\x8b',
  '{\\rtf',
  '\0asm',
].map((magic) => Buffer.from(magic, 'latin1'));
const MARKUP = /<\s*(script|html|svg|iframe|object|embed|\?xml|!doctype)/i;

/**
 * A DICOM Part 10 file: the 128-byte preamble, "DICM", then the file meta group. Only the head is
 * needed, so a 200 MB study is inspected from its first 64 KB.
 */
export function inspectDicom(head: Buffer, sizeBytes: number): Finding[] {
  ensure(head.length >= META_START && head.toString('latin1', 128, 132) === 'DICM', 'the DICOM file has no DICM marker');
  const preamble = head.subarray(0, 128);
  if (preamble.some((byte) => byte !== 0)) {
    const text = preamble.toString('latin1');
    ensure(
      !FOREIGN_MAGIC.some((magic) => preamble.subarray(0, magic.length).equals(magic)) && !MARKUP.test(text),
      'the DICOM preamble carries an executable or another kind of file',
    );
  }
  // (0002,0000) File Meta Information Group Length, explicit VR little endian "UL", length 4.
  ensure(head.length >= META_START + 12, 'the DICOM file meta information is missing');
  ensure(
    head.readUInt16LE(132) === 0x0002 && head.readUInt16LE(134) === 0x0000 && head.toString('latin1', 136, 138) === 'UL' && head.readUInt16LE(138) === 4,
    'the DICOM file meta information is missing',
  );
  const groupEnd = META_START + 12 + head.readUInt32LE(140);
  ensure(groupEnd <= sizeBytes, 'the DICOM file meta information runs past the end of the file');
  ensure(groupEnd <= head.length, 'the DICOM file meta information is too large to inspect');
  let at = META_START + 12;
  let transferSyntax = false;
  while (at < groupEnd) {
    ensure(at + 8 <= groupEnd, 'the DICOM file meta information is not well-formed');
    const group = head.readUInt16LE(at);
    const element = head.readUInt16LE(at + 2);
    const vr = head.toString('latin1', at + 4, at + 6);
    ensure(group === 0x0002 && /^[A-Z]{2}$/.test(vr), 'the DICOM file meta information is not well-formed');
    let length: number;
    if (LONG_VRS.has(vr)) {
      ensure(at + 12 <= groupEnd, 'the DICOM file meta information is not well-formed');
      length = head.readUInt32LE(at + 8);
      at += 12;
    } else {
      length = head.readUInt16LE(at + 6);
      at += 8;
    }
    ensure(length !== 0xffffffff && at + length <= groupEnd, 'the DICOM file meta information is not well-formed');
    if (element === 0x0010 && length > 0) transferSyntax = true;
    at += length;
  }
  ensure(transferSyntax, 'the DICOM file meta information names no transfer syntax');
  return [];
}
