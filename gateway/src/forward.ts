import { request } from 'node:http';
import { Readable, pipeline } from 'node:stream';
import express from 'express';
import { sendError } from './http-errors';

/** What a service answers with that a client needs for a file; nothing else is passed on. */
export const FILE_HEADERS = ['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'content-security-policy', 'cache-control'];

/**
 * Streams one request to a service and its answer back with only `FILE_HEADERS`. Nothing is
 * buffered, and a client or service going away tears both legs down without touching the process.
 */
export function forward(
  res: express.Response,
  target: URL,
  options: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: Readable; unavailable: string },
): void {
  const upstream = request(target, { method: options.method, headers: options.headers ?? {} });
  upstream.once('response', (answer) => {
    res.status(answer.statusCode ?? 502);
    for (const name of FILE_HEADERS) {
      const value = answer.headers[name];
      if (value !== undefined) res.setHeader(name, value);
    }
    pipeline(answer, res, () => undefined);
  });
  upstream.once('error', () => {
    if (!res.headersSent) sendError(res, 502, 'UPSTREAM_UNAVAILABLE', options.unavailable);
    else res.destroy();
  });
  // The client leaving early stops the fetch from the service too.
  res.once('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  if (options.body) pipeline(options.body, upstream, () => undefined);
  else upstream.end();
}
