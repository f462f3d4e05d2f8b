import { request } from 'node:http';
import { pipeline } from 'node:stream';
import express from 'express';
import { sendError } from './http-errors';

/** What the travel service answers with that a calendar app needs; nothing else is passed on. */
const PASSED_HEADERS = ['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'content-security-policy', 'cache-control'];

/**
 * `GET /calendars/travel/<token>.ics`: a family's calendar app polls its subscription on the
 * platform's public origin. Calendar apps send no credentials: the token is the capability, and
 * travel checks it (and audits the fetch). Only the token's own shape is passed on, never a query.
 */
export function calendarSubscriptionsProxy(travelUrl: () => string): express.RequestHandler {
  return (req, res) => {
    const file = String(req.params.file);
    if (!/^[A-Za-z0-9_-]{43}\.ics$/.test(file)) {
      sendError(res, 404, 'NOT_FOUND', 'no such calendar');
      return;
    }
    const upstream = request(new URL(`/calendars/${file}`, new URL(travelUrl()).origin), { method: 'GET' });
    upstream.once('response', (answer) => {
      res.status(answer.statusCode ?? 502);
      for (const name of PASSED_HEADERS) {
        const value = answer.headers[name];
        if (value !== undefined) res.setHeader(name, value);
      }
      pipeline(answer, res, () => undefined);
    });
    upstream.once('error', () => {
      if (!res.headersSent) sendError(res, 502, 'UPSTREAM_UNAVAILABLE', 'the calendar service did not answer');
      else res.destroy();
    });
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.end();
  };
}
