import { DevTokenIssuer, Identity, ROLES, Role } from '@carta/auth';
import express from 'express';
import { sendError } from './http-errors';

const SUBJECT = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const CENTRE = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** The identity `/dev/token` may mint from its query, or why not. */
export function devTokenIdentity(query: Record<string, unknown>): Identity | { refused: string } {
  const { role = 'coordinator', centre, sub } = query;
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) return { refused: `role must be one of ${ROLES.join(', ')}` };
  if (centre !== undefined && (typeof centre !== 'string' || !CENTRE.test(centre)))
    return { refused: 'centre must be a centre id (lower-case letters, digits and -, up to 32)' };
  if (role === 'hospital_office' && centre === undefined) return { refused: 'a hospital_office token needs ?centre=<centre id>' };
  if (role !== 'hospital_office' && centre !== undefined) return { refused: 'only a hospital_office token names a centre' };
  if (sub !== undefined && (typeof sub !== 'string' || !SUBJECT.test(sub))) return { refused: 'sub must be 1–64 letters, digits, ., _, @ or -' };
  return { subject: (sub as string | undefined) ?? `dev-${role}`, roles: [role as Role], ...(centre ? { centreId: centre as string } : {}) };
}

/** `GET /dev/token?role=hospital_office&centre=puth&sub=alice`: development only (loopback, dev issuer). */
export function devTokenHandler(issuer: DevTokenIssuer): express.RequestHandler {
  return async (req, res) => {
    const identity = devTokenIdentity(req.query);
    if ('refused' in identity) {
      sendError(res, 400, 'BAD_USER_INPUT', identity.refused);
      return;
    }
    const token = await issuer.issue(identity);
    res.json({ token, subject: identity.subject, role: identity.roles[0], centreId: identity.centreId ?? null });
  };
}
