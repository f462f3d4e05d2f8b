import { parseInput } from '@carta/service-kit';
import { z } from 'zod';

// A fact itself (`fact: JSON!`) is parsed by the domain (summary-domain's parseSummaryFact) inside the
// service: its checks need the case's diagnosis and today, which only the service has.

const reason = z.string({ error: 'say why' }).trim().min(1, 'say why').max(1000, 'at most 1000 characters');
/** The day to screen as of; its bounds (not before the case opened, not far ahead) need the case. */
const asOf = z.string({ error: 'must be a date YYYY-MM-DD' }).nullish();

/** A reason for a correction or a retraction: required, short, plain text. */
export const parseFactReason = (value: unknown): string => parseInput(z.object({ reason }), { reason: value }).reason;
export const parseAsOf = (value: unknown): string | null => parseInput(z.object({ asOf }), { asOf: value }).asOf ?? null;
