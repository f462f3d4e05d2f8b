import { uuid } from '@carta/contracts';
import { parseInput } from '@carta/service-kit';
import { z } from 'zod';
import { pageSize } from '@carta/domain';

export interface FeedQuery {
  unreadOnly: boolean;
  first: number;
  /** The cursor to continue after (the service opens it), or null for the newest. */
  after: string | null;
}

export function parseFeedQuery(args: { unreadOnly?: unknown; first?: unknown; after?: unknown }): FeedQuery {
  const { unreadOnly, first, after } = parseInput(
    z.object({ unreadOnly: z.boolean().nullish(), first: z.number().int().nullish(), after: z.string().nullish() }),
    args,
  );
  return { unreadOnly: unreadOnly ?? false, first: pageSize(first, 20, 'notifications'), after: after ?? null };
}

const notificationIds = z
  .array(uuid)
  .min(1, 'name at least one notification')
  .max(100, 'mark at most 100 notifications at a time')
  .transform((ids) => [...new Set(ids)]);

export const parseNotificationIds = (ids: unknown): string[] => parseInput(z.object({ ids: notificationIds }), { ids }).ids;
