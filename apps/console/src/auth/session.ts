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
}

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

export function endSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
  current = null;
  listeners.forEach((listener) => listener());
}

export function useSession(): Session | null {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, currentSession);
}
