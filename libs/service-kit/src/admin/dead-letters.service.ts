import { Injectable } from '@nestjs/common';
import { DeadLetterRecord } from '@carta/messaging';
import { DomainError } from '@carta/domain';
import { DataSource, IsNull } from 'typeorm';
import { EventTransportHolder } from './event-transport.holder';

/** A dead letter as stored (resolvers shape it without reaching into the broker's library). */
export type DeadLetter = DeadLetterRecord;

/** One service's dead letters: listed for an admin, and redriven through the consumer that refused them. */
@Injectable()
export class DeadLettersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: EventTransportHolder,
  ) {}

  list(pendingOnly: boolean, limit: number): Promise<DeadLetterRecord[]> {
    return this.dataSource
      .getRepository(DeadLetterRecord)
      .find({ where: pendingOnly ? { redrivenAt: IsNull() } : {}, order: { createdAt: 'DESC' }, take: limit });
  }

  /** Redrives one dead letter; its row afterwards says when. */
  async redrive(id: string): Promise<{ outcome: string; deadLetter: DeadLetterRecord }> {
    const exists = await this.dataSource.getRepository(DeadLetterRecord).existsBy({ id });
    if (!exists) throw new DomainError('NOT_FOUND', 'dead letter not found');
    const outcome = await this.transport.get().redrive(id);
    return { outcome, deadLetter: await this.dataSource.getRepository(DeadLetterRecord).findOneByOrFail({ id }) };
  }
}
