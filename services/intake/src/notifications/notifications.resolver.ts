import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, Roles } from '@carta/service-kit';
import { formatAmount } from './notification.rules';
import { parseFeedQuery, parseNotificationIds } from './notifications.input';
import { FeedEntry, NotificationsService } from './notifications.service';

const toNode = (entry: FeedEntry) => ({
  id: entry.id,
  kind: entry.kind,
  caseId: entry.caseId,
  caseReference: entry.caseReference,
  centreId: entry.centreId,
  trialId: entry.trialId,
  outcome: entry.outcome,
  summary: entry.summary,
  amountDue:
    entry.amountDueMinor !== null && entry.amountDueCurrency !== null
      ? {
          minor: entry.amountDueMinor,
          currency: entry.amountDueCurrency,
          formatted: formatAmount({ minor: entry.amountDueMinor, currency: entry.amountDueCurrency }),
        }
      : null,
  dueOn: entry.dueOn,
  createdAt: entry.createdAt,
  read: entry.readAt !== null,
  readAt: entry.readAt,
});

/** The caller's own feed. Analysts have none: they read event streams, not people's inboxes. */
@Resolver()
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('notifications')
  async feed(@CurrentIdentity() identity: Identity, @Args('unreadOnly') unreadOnly: unknown, @Args('first') first: unknown, @Args('after') after: unknown) {
    const page = await this.notifications.feed(identity, parseFeedQuery({ unreadOnly, first, after }));
    const edges = page.entries.map((entry) => ({ cursor: entry.cursor, node: toNode(entry) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, unreadCount: page.unreadCount };
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Mutation('markNotificationsRead')
  markRead(@CurrentIdentity() identity: Identity, @Args('ids') ids: unknown): Promise<number> {
    return this.notifications.markRead(identity, parseNotificationIds(ids));
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Mutation('markAllNotificationsRead')
  markAllRead(@CurrentIdentity() identity: Identity): Promise<number> {
    return this.notifications.markAllRead(identity);
  }
}
