import { spawn } from 'node:child_process';
import { CaseOpened, eventDefinition } from '@carta/contracts';
import { loadPlatformConfig, PlatformConfig, RunningService, startService } from '@carta/service-kit';
import { createTestDatabase, engineEnvironment, eventually, requireEngines } from '@carta/testing';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { SERVICES } from '../services';

/**
 * A restarted service answers HTTP while its consumer groups are still joining. The slow join is a
 * real one: a member of documents' CaseOpened group was killed (-9) without leaving, so the
 * coordinator holds the next join until that member's session (20 s) expires.
 */
const engines = requireEngines();
const STALE_SESSION_MS = 20_000;

/** A consumer in its own process that joins `groupId`, says so, and then waits to be killed. */
function staleMember(topic: string, groupId: string): Promise<{ kill(): void }> {
  const script = `
    const { Kafka, logLevel } = require('kafkajs');
    const kafka = new Kafka({ clientId: 'stale-member', brokers: ${JSON.stringify(engines.kafkaBrokers)}, logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: ${JSON.stringify(groupId)}, sessionTimeout: ${STALE_SESSION_MS}, rebalanceTimeout: ${STALE_SESSION_MS}, heartbeatInterval: 1000 });
    consumer.on(consumer.events.GROUP_JOIN, () => console.log('joined'));
    (async () => { await consumer.connect(); await consumer.subscribe({ topic: ${JSON.stringify(topic)} }); await consumer.run({ eachMessage: async () => {} }); })();
  `;
  const child = spawn(process.execPath, ['-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the stale member exited (${code}) before joining`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('joined')) resolve({ kill: () => child.kill('SIGKILL') });
    });
  });
}

describe('consumer groups join in the background (real Kafka)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let config: PlatformConfig;
  let service: RunningService | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(engines.databaseUrl);
    config = loadPlatformConfig(engineEnvironment(engines, database.url));
  });

  afterAll(async () => {
    await service?.close();
    await database?.drop();
  });

  it('serves HTTP and reports consumers: joining while a stale member holds the group, then ready', async () => {
    const documents = SERVICES.documents;
    const topic = `${config.kafka!.topicPrefix}${eventDefinition(CaseOpened.type)!.topic}`;
    const groupId = `${config.kafka!.groupPrefix}documents.${eventDefinition(CaseOpened.type)!.topic}`;
    const admin = new Kafka({ clientId: 'consumer-joins-spec', brokers: engines.kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3 }] });
    await admin.disconnect();

    const stale = await staleMember(topic, groupId);
    stale.kill(); // no LeaveGroup: the coordinator keeps the member until its session expires

    service = await startService(documents, config, { port: 0 });
    const health = async () => (await (await fetch(`${service!.url}/health`)).json()) as { status: string; consumers: string };
    // The port is open and answering although the group cannot have joined yet (the stale session still runs).
    expect(await health()).toMatchObject({ status: 'ok', consumers: 'joining' });
    const graphql = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(graphql.status).toBeLessThan(500);

    await eventually(
      'the groups to join once the stale session expired',
      async () => {
        const now = await health();
        if (now.consumers !== 'ready') throw new Error(`consumers: ${now.consumers}`);
        return true;
      },
      3 * STALE_SESSION_MS,
      250,
    );

    // Shutdown leaves the group at once: no member lingers until its session times out.
    await service.close();
    service = undefined;
    const groups = new Kafka({ clientId: 'consumer-joins-spec', brokers: engines.kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
    await groups.connect();
    try {
      const [group] = (await groups.describeGroups([groupId])).groups;
      expect({ state: group.state, members: group.members.length }).toEqual({ state: 'Empty', members: 0 });
    } finally {
      await groups.disconnect();
    }
  }, 120_000);

  it('says consumers: failed while the cluster cannot provision the topics, keeps retrying, and closes without waiting out a back-off', async () => {
    // One broker cannot hold two replicas: every topic creation is refused, as on a misconfigured cluster.
    const unprovisionable = loadPlatformConfig({ ...engineEnvironment(engines, database.url), KAFKA_REPLICATION_FACTOR: '2' });
    const failing = await startService(SERVICES.documents, unprovisionable, { port: 0, joinBackoff: { initialMs: 200, maxMs: 600_000 } });
    try {
      const health = async () => (await (await fetch(`${failing.url}/health`)).json()) as { status: string; consumers: string };
      await eventually('the join failure to show in /health', async () => (await health()).consumers === 'failed', 30_000, 100);
      expect(await health()).toMatchObject({ status: 'ok', database: 'ok' });
    } finally {
      // The back-off has grown towards 10 minutes by now: close() must cut it short (the test times out otherwise).
      await failing.close();
    }
  }, 60_000);

  it('creates topics as the deployment provisions them (partitions, min.insync.replicas)', async () => {
    const provisioned = loadPlatformConfig({ ...engineEnvironment(engines, database.url), KAFKA_TOPIC_PARTITIONS: '2', KAFKA_MIN_INSYNC_REPLICAS: '1' });
    const running = await startService(SERVICES.documents, provisioned, { port: 0 });
    const admin = new Kafka({ clientId: 'consumer-joins-spec', brokers: engines.kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      const topic = `${provisioned.kafka!.topicPrefix}${eventDefinition(CaseOpened.type)!.topic}`;
      await eventually('documents to create its topics', async () => (await admin.listTopics()).includes(topic), 30_000, 200);
      const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
      expect(metadata.partitions).toHaveLength(2);
      const described = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['min.insync.replicas'] }],
      });
      expect(described.resources[0].configEntries).toEqual([
        expect.objectContaining({ configName: 'min.insync.replicas', configValue: '1', isDefault: false }),
      ]);
    } finally {
      await admin.disconnect();
      await running.close();
    }
  }, 60_000);
});
