// The old way, kept to prove the lint refuses it (tools/test/lint-rules.spec.ts): a rule file that
// reaches for the framework, the database, the broker and the service kit. Never imported.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '@carta/messaging';
import { Clock } from '@carta/service-kit';
import { Kafka } from 'kafkajs';
import { Client } from 'minio';

@Injectable()
export class ReviewDeadline {
  constructor(
    readonly dataSource: DataSource,
    readonly outbox: Outbox,
    readonly kafka: Kafka,
    readonly objects: Client,
    readonly clock: Clock,
  ) {}
}
