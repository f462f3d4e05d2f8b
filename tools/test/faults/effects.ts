import { CaseOpened, ChecklistEvaluated } from '@carta/contracts';
import { Client } from 'pg';

/**
 * Every effect one opened case must have, exactly once, as rows in the services' databases: what
 * intake commits with the case and every consumer of CaseOpened creates, down to the second hop
 * (documents announces the checklist, intake keeps its state). Each query returns (case_id, n).
 */
export const EFFECTS: { name: string; sql: string }[] = [
  { name: 'intake case', sql: `SELECT id AS case_id, count(*) AS n FROM intake."case" WHERE id = ANY($1) GROUP BY id` },
  { name: 'intake CaseOpened event', sql: outboxEvents('intake', CaseOpened.type) },
  { name: 'documents checklist', sql: rowsPerCase('documents', 'checklist') },
  { name: 'documents ChecklistEvaluated', sql: outboxEvents('documents', ChecklistEvaluated.type) },
  { name: 'documents case access', sql: rowsPerCase('documents', 'case_assignment') },
  { name: 'eligibility case projection', sql: rowsPerCase('eligibility', 'case_record') },
  { name: 'eligibility case access', sql: rowsPerCase('eligibility', 'case_assignment') },
  { name: 'travel case opening', sql: rowsPerCase('travel', 'case_opening') },
  { name: 'travel case access', sql: rowsPerCase('travel', 'case_assignment') },
  { name: 'billing case access', sql: rowsPerCase('billing', 'case_assignment') },
  { name: 'intake checklist state', sql: rowsPerCase('intake', 'case_checklist') },
];

function rowsPerCase(schema: string, table: string): string {
  return `SELECT case_id::text AS case_id, count(*) AS n FROM "${schema}"."${table}" WHERE case_id = ANY($1) GROUP BY case_id`;
}

/** Events are keyed by their aggregate: one opened case, one event of each kind. */
function outboxEvents(schema: string, type: string): string {
  return `SELECT message_key AS case_id, count(*) AS n FROM "${schema}"."outbox" WHERE event_type = '${type}' AND message_key = ANY($1::text[]) GROUP BY message_key`;
}

export interface EffectCount {
  effect: string;
  expected: number;
  missing: number;
  /** Cases with the effect more than once. */
  duplicated: number;
}

/** For each effect: how many of `caseIds` lack it and how many have it more than once. */
export async function countEffects(client: Client, caseIds: string[]): Promise<EffectCount[]> {
  const counts: EffectCount[] = [];
  for (const { name, sql } of EFFECTS) {
    const rows: { case_id: string; n: string }[] = (await client.query(sql, [caseIds])).rows;
    counts.push({
      effect: name,
      expected: caseIds.length,
      missing: caseIds.length - rows.length,
      duplicated: rows.filter((row) => Number(row.n) > 1).length,
    });
  }
  return counts;
}

/** The effects `caseId` does not have yet (none: the platform has carried the case from end to end). */
export async function missingEffects(client: Client, caseId: string): Promise<string[]> {
  const counts = await countEffects(client, [caseId]);
  return counts.filter((count) => count.missing > 0).map((count) => count.effect);
}

/**
 * Resolves once `caseId` has every effect, naming the effect that came last (where the time went);
 * otherwise fails after `timeoutMs` naming what is missing.
 */
export async function everyEffect(client: () => Promise<Client>, caseId: string | undefined, what: string, timeoutMs: number): Promise<string> {
  if (!caseId) throw new Error(`${what}: the case was never acknowledged`);
  const deadline = Date.now() + timeoutMs;
  let missing: string[] = ['(not read yet)'];
  let last = '';
  while (Date.now() < deadline) {
    missing = await missingEffects(await client(), caseId).catch(() => missing);
    if (missing.length === 0) return last;
    last = missing.join(', ');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}: still missing ${missing.join(', ')}`);
}

/**
 * The inbox rows of every consumer of the case topic for the given CaseOpened events: one per
 * (consumer, event) is the exactly-once record; the inbox's key makes a second impossible, so
 * this counts what is missing.
 */
export async function inboxCounts(client: Client, caseIds: string[]): Promise<{ consumer: string; applied: number }[]> {
  const events: string[] = (
    await client.query(`SELECT event_id::text FROM intake.outbox WHERE event_type = $1 AND message_key = ANY($2::text[])`, [CaseOpened.type, caseIds])
  ).rows.map((row: { event_id: string }) => row.event_id);
  const result: { consumer: string; applied: number }[] = [];
  for (const schema of ['intake', 'documents', 'eligibility', 'centres', 'travel', 'billing']) {
    const rows: { consumer: string; n: string }[] = (
      await client.query(`SELECT consumer, count(*) AS n FROM "${schema}".inbox WHERE event_id = ANY($1::uuid[]) GROUP BY consumer`, [events])
    ).rows;
    result.push(...rows.map((row) => ({ consumer: row.consumer, applied: Number(row.n) })));
  }
  return result;
}
