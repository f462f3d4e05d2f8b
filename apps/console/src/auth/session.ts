// Who is signed in, kept for this browser tab only (sessionStorage: closing the tab signs out).
// The console never decides access: it sends the token and shows what the API returns.
import { useSyncExternalStore } from 'react';

export const CONSOLE_ROLES = ['coordinator', 'admin', 'hospital_office'] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

export interface Session {
  token: string;
  subject: string;
  role: ConsoleRole;
  centreId: string | null;
  /** How the person signed in (absent: the development issuer). */
  signIn?: 'dev' | 'oidc';
  /** OIDC: the ID token, handed back to the issuer as id_token_hint at sign-out. */
  idToken?: string;
}

/** Why the last session ended without the person signing out (the sign-in page says so once). */
export type SessionEnd = 'expired';
const ENDED_KEY = 'carta.console.sessionEnded';

const STORAGE_KEY = 'carta.console.session';
const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function currentSession(): Session | null {
  return current;
}

export function startSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  current = session;
  listeners.forEach((listener) => listener());
}

/** `expired`: the API refused the token (401): the sign-in page tells the person to sign in again. */
export function endSession(reason?: SessionEnd): void {
  if (reason && current) sessionStorage.setItem(ENDED_KEY, reason);
  sessionStorage.removeItem(STORAGE_KEY);
  current = null;
  listeners.forEach((listener) => listener());
}

/** Why the last session ended, read once (the next read returns null). */
export function takeSessionEnd(): SessionEnd | null {
  const reason = sessionStorage.getItem(ENDED_KEY);
  sessionStorage.removeItem(ENDED_KEY);
  return reason === 'expired' ? reason : null;
}

export function useSession(): Session | null {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, currentSession);
}
