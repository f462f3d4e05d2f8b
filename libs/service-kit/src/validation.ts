import { badInput } from '@carta/domain';
import { z } from 'zod';

/**
 * The one way mutation inputs are validated: the first problem becomes BAD_USER_INPUT naming the
 * field. zod's messages describe the rule, never the value, so nothing the caller sent is echoed.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.');
    throw badInput(`${field || 'input'}: ${issue.message}`, { field });
  }
  return parsed.data;
}

/** A calendar date (clinical and travel dates are dates, not instants). */
export { isoDate } from '@carta/contracts';
export const personName = z.string().trim().min(1).max(100);

/** An id argument: a UUID, or BAD_USER_INPUT naming the field. */
export function parseUuid(value: unknown, field: string): string {
  if (!z.uuid().safeParse(value).success) throw badInput(`${field} must be a UUID`, { field });
  return value as string;
}
