// Sign-in through the platform's development issuer (`npm start`, loopback only). Production signs in
// with OIDC (authorization code + PKCE) instead: see apps/console/README.md — it will produce the same
// Session, so nothing past sign-in changes.
import { print } from 'graphql';
import { graphql } from '../gql';
import type { ConsoleRole, Session } from './session';

export interface DevSignIn {
  role: ConsoleRole;
  /** Required for a hospital office, absent otherwise (the issuer refuses anything else). */
  centreId?: string;
  subject: string;
}

export class SignInError extends Error {}

export async function signInWithDevIssuer(request: DevSignIn): Promise<Session> {
  const query = new URLSearchParams({ role: request.role, sub: request.subject });
  if (request.role === 'hospital_office' && request.centreId) query.set('centre', request.centreId);
  const response = await fetch(`/dev/token?${query.toString()}`);
  const body = (await response.json().catch(() => ({}))) as { token?: string; subject?: string; centreId?: string | null; message?: string };
  if (!response.ok || !body.token) throw new SignInError(body.message ?? `HTTP ${response.status}`);
  return { token: body.token, subject: body.subject ?? request.subject, role: request.role, centreId: body.centreId ?? null };
}

/** The centres an office may sign in for, read with a short-lived analyst token (the list needs a token). */
const DevCentres = graphql(`
  query DevCentres {
    centres {
      id
      name
    }
  }
`);

export async function devCentres(): Promise<{ id: string; name: string }[]> {
  const minted = await fetch('/dev/token?role=analyst&sub=console-sign-in');
  const { token } = (await minted.json()) as { token: string };
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(DevCentres) }),
  });
  const body = (await response.json()) as { data?: { centres: { id: string; name: string }[] } };
  return body.data?.centres ?? [];
}
