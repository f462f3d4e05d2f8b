import { request } from 'node:http';
import { pipeline } from 'node:stream';
import { Identity, IDENTITY_HEADER, signIdentityAssertion } from '@carta/auth';
import express from 'express';
import { sendError } from './http-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `PUT /uploads/:versionId` for clients that cannot presign: after `authenticate`, streams the body
 * to the documents service with the forwarded identity. Nothing is buffered here; `pipeline` tears
 * both legs down when the client aborts or the documents service fails, so neither can crash the gateway.
 */
export function streamingUploadProxy(internalSecret: string, documentsOrigin: string): express.RequestHandler {
  return async (req, res) => {
    const versionId = String(req.params.versionId);
    if (!UUID.test(versionId)) {
      sendError(res, 400, 'BAD_USER_INPUT', 'the version id must be a UUID');
      return;
    }
    const upstream = request(new URL(`/uploads/${versionId}`, documentsOrigin), {
      method: 'PUT',
      headers: {
        'content-type': req.headers['content-type'] ?? 'application/octet-stream',
        ...(req.headers['content-length'] ? { 'content-length': req.headers['content-length'] } : {}),
        [IDENTITY_HEADER]: await signIdentityAssertion(res.locals.identity as Identity, internalSecret),
      },
    });
    // Registered before pipeline's own listeners: answer while the client's socket is still usable.
    upstream.once('error', () => {
      if (!res.headersSent) sendError(res, 502, 'UPSTREAM_UNAVAILABLE', 'the documents service did not answer');
    });
    upstream.once('response', (answer) => {
      res.status(answer.statusCode ?? 502);
      if (answer.headers['content-type']) res.setHeader('content-type', answer.headers['content-type']);
      pipeline(answer, res, () => undefined);
    });
    pipeline(req, upstream, (error) => {
      if (error && !res.headersSent && !res.destroyed) sendError(res, 502, 'UPSTREAM_UNAVAILABLE', 'the documents service did not answer');
    });
  };
}
