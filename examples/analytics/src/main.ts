/**
 * The example analyst's consumer: `npm run analytics -- --brokers host:9092 [--topic-prefix staging.] [--json]`
 * reads every Carta topic from the beginning, decodes each record with the CloudEvents SDK against the
 * published AsyncAPI document, and prints the funnel and the KPIs. Uses no Carta code.
 */
import { parseArgs } from 'node:util';
import { Catalogue, DEFAULT_ASYNCAPI } from './catalogue';
import { decode, UndecodableRecord } from './decode';
import { computeKpis, FUNNEL_STAGES, Kpis } from './kpis';
import { readTopics, ReadOptions } from './read-topics';

export interface Analysis {
  kpis: Kpis;
  /** Records that are not CloudEvents or break their type's published schema. */
  undecodable: string[];
  /** Records on the dead-letter topics, per topic. */
  deadLetters: Record<string, number>;
}

export async function analyse(options: ReadOptions & { asyncapi?: string }): Promise<Analysis> {
  const catalogue = Catalogue.load(options.asyncapi ?? DEFAULT_ASYNCAPI);
  const records = await readTopics([...catalogue.topics, ...catalogue.deadLetterTopics], options);
  const deadLetters: Record<string, number> = {};
  const undecodable: string[] = [];
  const facts = [];
  for (const record of records) {
    if (record.topic.endsWith('.dlq')) {
      deadLetters[record.topic] = (deadLetters[record.topic] ?? 0) + 1;
      continue;
    }
    try {
      const event = decode(record, catalogue);
      facts.push({ type: event.type, data: event.data ?? {} });
    } catch (error) {
      if (!(error instanceof UndecodableRecord)) throw error;
      undecodable.push(error.message);
    }
  }
  return { kpis: computeKpis(facts), undecodable, deadLetters };
}

export function report({ kpis, undecodable, deadLetters }: Analysis): string {
  const lines = ['Funnel (cases that reached each stage)'];
  for (const stage of FUNNEL_STAGES) lines.push(`  ${stage.padEnd(18)} ${kpis.funnel[stage]}`);
  const range = (summary: Kpis['firstContactToPiDecision']) =>
    summary ? `median ${summary.medianDays} d (min ${summary.minDays}, max ${summary.maxDays}; ${summary.count} cases)` : 'no data yet';
  lines.push('', `First contact to PI decision: ${range(kpis.firstContactToPiDecision)}`, '', 'Checklist completeness at submission vs PI response time');
  for (const row of kpis.responseByCompleteness) {
    lines.push(
      `  ${row.completeness.padEnd(12)} ${row.referrals} referrals, ${row.answered} answered: ${row.response ? `median ${row.response.medianDays} d` : 'no answer yet'}`,
    );
  }
  lines.push('', 'Acceptance rate per centre');
  for (const row of kpis.acceptanceByCentre) {
    const rate = row.rate === null ? 'no decision yet' : `${Math.round(row.rate * 100)}%`;
    lines.push(
      `  ${row.centreId.padEnd(10)} ${rate} (${row.accepted} accepted, ${row.declined} declined of ${row.referrals} referrals)${row.name ? `  ${row.name}` : ''}`,
    );
  }
  const total = Object.values(kpis.eventsByType).reduce((sum, count) => sum + count, 0);
  lines.push('', `${total} events of ${Object.keys(kpis.eventsByType).length} types; ${undecodable.length} undecodable records`);
  for (const [topic, count] of Object.entries(deadLetters)) lines.push(`  dead letters on ${topic}: ${count}`);
  for (const problem of undecodable) lines.push(`  undecodable: ${problem}`);
  return lines.join('\n');
}

if (process.argv[1] === __filename) {
  const { values } = parseArgs({
    options: {
      brokers: { type: 'string', default: process.env.KAFKA_BROKERS },
      'topic-prefix': { type: 'string', default: process.env.KAFKA_TOPIC_PREFIX ?? '' },
      asyncapi: { type: 'string', default: DEFAULT_ASYNCAPI },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.brokers) {
    console.error('usage: npm run analytics -- --brokers host:port[,host:port] [--topic-prefix staging.] [--asyncapi file] [--json]');
    process.exit(2);
  }
  analyse({ brokers: values.brokers.split(','), topicPrefix: values['topic-prefix'], asyncapi: values.asyncapi })
    .then((analysis) => {
      console.log(values.json ? JSON.stringify(analysis, null, 2) : report(analysis));
      process.exitCode = analysis.undecodable.length > 0 ? 1 : 0;
    })
    .catch((error: Error) => {
      console.error(`analytics failed: ${error.message}`);
      process.exit(1);
    });
}
