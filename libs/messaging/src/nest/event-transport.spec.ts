import { randomUUID } from 'node:crypto';
import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { buildEvent, CartaEvent, CaseOpened, EventData } from '@carta/contracts';
import { DataSource } from 'typeorm';
import { openProbeDataSource } from '../../test/probe.fixture';
import { HandlerContext } from '../event-consumer';
import { InProcessBroker } from '../in-process/in-process-broker';
import { toRecord } from '../outbox';
import { EventTransport } from './event-transport';

type Opened = CartaEvent<EventData<typeof CaseOpened>>;
const calls: string[] = [];
let running = 0;
let overlapped = false;

/** Two modules' handlers of one event: Nest chains them; the transport must run each once, one after the other. */
@Controller()
class PerEventHandler {
  @EventPattern(CaseOpened.type)
  async onCaseOpened(@Payload() event: Opened, @Ctx() { manager }: HandlerContext): Promise<void> {
    overlapped ||= running > 0;
    running += 1;
    await manager.query('SELECT 1');
    calls.push(`one:${event.data.reference}`);
    running -= 1;
  }
}

@Controller()
class SetHandler {
  @EventPattern(CaseOpened.type, { batch: true })
  async onCasesOpened(@Payload() events: Opened[], @Ctx() { manager }: HandlerContext): Promise<void> {
    overlapped ||= running > 0;
    running += 1;
    await manager.query('SELECT 1');
    calls.push(`set:${events.map((event) => event.data.reference).join(',')}`);
    running -= 1;
  }
}

@Module({ controllers: [PerEventHandler, SetHandler] })
class HandlersModule {}

describe('EventTransport', () => {
  let dataSource: DataSource;
  let broker: InProcessBroker;
  let app: INestMicroservice;

  beforeAll(async () => {
    dataSource = await openProbeDataSource({}, 'transport');
    broker = new InProcessBroker();
    app = await NestFactory.createMicroservice(HandlersModule, { strategy: new EventTransport({ service: 'test', dataSource, broker }), logger: false });
    await app.listen();
  });
  afterAll(async () => {
    await app.close();
    await broker.close();
    await dataSource.destroy();
  });

  it("runs every handler of an event's chain once, one after the other, and a batch handler with the batch's events at once", async () => {
    const references = ['CA-000001', 'CA-000002', 'CA-000003', 'CA-000004', 'CA-000005'];
    const events = references.map((reference) =>
      buildEvent(CaseOpened, '/carta/intake', {
        caseId: randomUUID(),
        patientId: 'pt_0000000000000001',
        diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma' },
        coordinatorId: 'coordinator',
        openedAt: new Date().toISOString(),
        reference,
      }),
    );
    await broker.publish(
      events.map((event) => toRecord({ topic: CaseOpened.topic, messageKey: event.subject, eventType: event.type, eventId: event.id, envelope: event })),
    );
    for (let waited = 0; calls.filter((call) => call.startsWith('one:')).length < 5 && waited < 5_000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 100)); // nothing more may come

    expect(calls.filter((call) => call.startsWith('one:'))).toEqual(references.map((reference) => `one:${reference}`));
    const sets = calls.filter((call) => call.startsWith('set:')).map((call) => call.slice(4).split(','));
    expect(sets.flat()).toEqual(references);
    expect(sets.length).toBeLessThan(references.length); // at least one call took several events
    expect(overlapped).toBe(false);
  });
});
