import express from 'express';
import { forward } from './forward';
import { sendError } from './http-errors';

/**
 * `GET /objects/<service>?<signed link>`: download links live on the platform's public origin and are
 * served by the service that owns the object (which checks the signature and sets the headers that
 * keep a file from acting on this origin). `POST /objects/<service>`: the embedded store's signed
 * upload forms are posted here too, and checked by that service before it keeps a byte. Streamed with `pipeline`: nothing is buffered, and a
 * client or service going away tears both legs down without touching the process.
 * `subgraphUrl` names where a service answers; it throws for a service the supergraph does not know.
 */
export function objectLinksProxy(subgraphUrl: (service: string) => string): express.RequestHandler {
  return (req, res) => {
    const service = String(req.params.service);
    let origin: string;
    try {
      if (!/^[a-z]+$/.test(service)) throw new Error('not a service name');
      origin = new URL(subgraphUrl(service)).origin;
    } catch {
      sendError(res, 404, 'NOT_FOUND', 'no such object');
      return;
    }
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    // Only what a signed form needs is passed on; the signature in the form is the capability.
    const upload = req.method === 'POST';
    const headers: Record<string, string> = {};
    if (upload) for (const name of ['content-type', 'content-length']) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name] as string;
    forward(res, new URL(`/objects${query}`, origin), {
      method: upload ? 'POST' : 'GET',
      headers,
      body: upload ? req : undefined,
      unavailable: 'the service holding this object did not answer',
    });
  };
}
