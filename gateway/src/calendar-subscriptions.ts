import express from 'express';
import { forward } from './forward';
import { sendError } from './http-errors';

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
    forward(res, new URL(`/calendars/${file}`, new URL(travelUrl()).origin), { method: 'GET', unavailable: 'the calendar service did not answer' });
  };
}
