import { Readable } from 'node:stream';
import { Malformed } from './findings';

/** Random access over a stored object, answered from blocks captured so far. */
export interface RangeView {
  readonly size: number;
  /** The bytes at [offset, offset + length), which the caller has checked lie within `size`; throws NeedBytes if not captured yet. */
  read(offset: number, length: number): Buffer;
}

export class NeedBytes extends Error {
  constructor(
    readonly offset: number,
    readonly length: number,
  ) {
    super('bytes not captured yet');
  }
}

export interface PassLimits {
  blockSize: number;
  /** Blocks kept in memory at most (blockSize × maxBlocks bounds the memory). */
  maxBlocks: number;
  /** Times the object is streamed from its start at most. */
  maxPasses: number;
  /** The kind of file, for the "too complex" sentence. */
  label: string;
}

/**
 * Runs a synchronous parser that needs random access over an object that can only be streamed
 * from its start (a 200 MB TIFF must not be buffered). The parser asks for bytes by throwing
 * NeedBytes; each pass streams the object once and captures the wanted blocks, re-running the
 * parser after each capture so that structures pointing forward are picked up in the same pass.
 * Memory and the number of passes are bounded; beyond them the file is "too complex to inspect".
 */
export async function parseWithPasses<T>(
  open: () => Promise<Readable>,
  size: number,
  initial: Buffer,
  parse: (view: RangeView) => T,
  limits: PassLimits,
): Promise<T> {
  const blocks = new Map<number, Buffer>();
  const { blockSize } = limits;
  const blockEnd = (block: number) => Math.min((block + 1) * blockSize, size);
  // The head already read by the first pass fills the leading blocks.
  for (let block = 0; blockEnd(block) <= initial.length && block * blockSize < size; block++)
    blocks.set(block, initial.subarray(block * blockSize, blockEnd(block)));
  const view: RangeView = {
    size,
    read(offset, length) {
      if (length === 0) return Buffer.alloc(0);
      const first = Math.floor(offset / blockSize);
      const last = Math.floor((offset + length - 1) / blockSize);
      const parts: Buffer[] = [];
      for (let block = first; block <= last; block++) {
        const bytes = blocks.get(block);
        if (!bytes) throw new NeedBytes(block * blockSize, blockEnd(block) - block * blockSize);
        parts.push(bytes);
      }
      const joined = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      return joined.subarray(offset - first * blockSize, offset - first * blockSize + length);
    },
  };
  const attempt = (): { done: true; value: T } | { done: false; block: number } => {
    try {
      return { done: true, value: parse(view) };
    } catch (error) {
      if (error instanceof NeedBytes) return { done: false, block: Math.floor(error.offset / blockSize) };
      throw error;
    }
  };
  const tooComplex = new Malformed(`the ${limits.label} is too complex to inspect`);
  for (let pass = 0; pass < limits.maxPasses; pass++) {
    let next = attempt();
    if (next.done) return next.value;
    let position = 0;
    let parts: Buffer[] = [];
    const stream = await open();
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        for (let taken = 0; taken < chunk.length;) {
          const block = Math.floor(position / blockSize);
          if (block * blockSize >= size) throw new Malformed(`the ${limits.label} changed while it was being inspected`);
          const take = Math.min(blockEnd(block) - position, chunk.length - taken);
          if (!next.done && next.block === block) parts.push(Buffer.from(chunk.subarray(taken, taken + take)));
          taken += take;
          position += take;
          if (position === blockEnd(block) && parts.length > 0) {
            blocks.set(block, Buffer.concat(parts));
            parts = [];
            if (blocks.size > limits.maxBlocks) throw tooComplex;
            next = attempt();
            if (next.done) return next.value;
          }
        }
        // Everything still wanted lies behind us: the next pass starts over.
        if (!next.done && next.block * blockSize < position - (position % blockSize)) break;
      }
    } finally {
      stream.destroy();
    }
  }
  const last = attempt();
  if (last.done) return last.value;
  throw tooComplex;
}
