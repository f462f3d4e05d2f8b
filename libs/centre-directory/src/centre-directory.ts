import { Controller, Module } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CartaEvent, CentreProfilePublished, EventData } from '@carta/contracts';
import { HandlerContext } from '@carta/messaging';
import { EntityManager } from 'typeorm';
import { quotedTableOf } from '@carta/persistence';
import { CentreDirectoryEntry } from './centre-directory.entity';

/**
 * Keeps the centre as last published: one statement, so an older publication arriving late, or one
 * redelivered, changes nothing (the newest `publishedAt` wins, even between concurrent handlers).
 */
export async function recordCentre(manager: EntityManager, centre: EventData<typeof CentreProfilePublished>): Promise<void> {
  const table = quotedTableOf(manager, CentreDirectoryEntry);
  // Absent (an older producer) and null both mean "not published": the directory keeps null.
  await manager.query(
    `INSERT INTO ${table} ("centre_id", "name", "name_zh", "address", "city", "hotel_monitoring_after_day14", "office_email", "office_phone", "published_at")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT ("centre_id") DO UPDATE SET "name" = EXCLUDED."name", "name_zh" = EXCLUDED."name_zh", "address" = EXCLUDED."address",
       "city" = EXCLUDED."city", "hotel_monitoring_after_day14" = EXCLUDED."hotel_monitoring_after_day14",
       "office_email" = EXCLUDED."office_email", "office_phone" = EXCLUDED."office_phone", "published_at" = EXCLUDED."published_at"
     WHERE ${table}."published_at" < EXCLUDED."published_at"`,
    [
      centre.centreId,
      centre.name,
      centre.nameZh ?? null,
      centre.address ? JSON.stringify(centre.address) : null,
      centre.city,
      centre.hotelMonitoringAfterDay14,
      centre.officeEmail,
      centre.officePhone,
      new Date(centre.publishedAt),
    ],
  );
}

/** Keeps `centre_directory` current from centres' events. */
@Controller()
export class CentreDirectoryConsumer {
  @EventPattern(CentreProfilePublished.type)
  async onCentreProfile(@Payload() event: CartaEvent<EventData<typeof CentreProfilePublished>>, @Ctx() { manager }: HandlerContext): Promise<void> {
    await recordCentre(manager, event.data);
  }
}

/** Import into a service that names centres: it keeps the `centre_directory` projection (list its entity and migration too). */
@Module({ controllers: [CentreDirectoryConsumer] })
export class CentreDirectoryModule {}
