import { format } from 'node:util';

/**
 * Records everything the platform writes while a suite runs (it runs in the test's process): the
 * raw stdout/stderr streams Nest's logger writes to, and the console Jest replaces. Writes still go
 * through, so nothing is hidden from the person reading the run.
 */
export function captureLogs() {
  const chunks: string[] = [];
  const streams = [process.stdout, process.stderr] as const;
  const originalWrites = streams.map((stream) => stream.write);
  streams.forEach((stream, index) => {
    const original = originalWrites[index];
    stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...args: unknown[]) => boolean).apply(this, [chunk, ...rest]);
    } as typeof stream.write;
  });
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originalConsole = methods.map((method) => console[method]);
  methods.forEach((method, index) => {
    console[method] = (...args: unknown[]) => {
      chunks.push(`${format(...args)}\n`);
      originalConsole[index].apply(console, args);
    };
  });
  return {
    lines: (): string[] => chunks.join('').split('\n'),
    restore(): void {
      streams.forEach((stream, index) => (stream.write = originalWrites[index]));
      methods.forEach((method, index) => (console[method] = originalConsole[index]));
    },
  };
}
