// A case's audit trail as the admin reads it: every service's records in one list, newest first,
// filtered by service and actor, paged here (the API returns the whole trail at once).

export const AUDIT_SERVICES = ['intake', 'documents', 'eligibility', 'centres', 'travel', 'billing'] as const;
export type AuditService = (typeof AUDIT_SERVICES)[number];
export const AUDIT_PAGE_SIZE = 25;

export interface AuditRow {
  id: string;
  service: string;
  seq: number;
  at: string;
  actor: string;
  action: string;
}

/** Every service's records, newest first (same instant: the later in its service's chain first). */
export function mergeTrail<Row extends AuditRow>(trail: Partial<Record<AuditService, readonly Row[]>>): Row[] {
  return AUDIT_SERVICES.flatMap((service) => [...(trail[service] ?? [])]).sort(
    (a, b) => Date.parse(b.at) - Date.parse(a.at) || a.service.localeCompare(b.service) || b.seq - a.seq,
  );
}

export interface TrailFilter {
  service: string | null;
  actor: string | null;
}

export function filterTrail<Row extends AuditRow>(rows: readonly Row[], filter: TrailFilter): Row[] {
  return rows.filter((row) => (!filter.service || row.service === filter.service) && (!filter.actor || row.actor === filter.actor));
}

/** The actors who appear in the trail, sorted, for the actor filter. */
export function actorsOf(rows: readonly AuditRow[]): string[] {
  return [...new Set(rows.map((row) => row.actor))].sort((a, b) => a.localeCompare(b));
}

/** Page `page` (1-based) of the rows, and how many pages there are (at least 1). */
export function pageOf<Row>(rows: readonly Row[], page: number, size = AUDIT_PAGE_SIZE): { rows: Row[]; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * size, current * size), pages };
}
