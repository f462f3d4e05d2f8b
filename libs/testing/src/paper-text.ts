import { extractText } from 'unpdf';

/**
 * The text a PDF shows, line by line, as a reader's PDF engine (PDF.js, through unpdf) extracts it: for
 * tests that a printed paper carries what it must, Chinese included. Needs Node's
 * --experimental-vm-modules under Jest, as every run of the suites sets (PDF.js is an ES module).
 */
export async function readPaperText(bytes: Uint8Array): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
