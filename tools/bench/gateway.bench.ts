/**
 * Gateway throughput, in ONE run on the embedded platform: the same queries sent straight to their
 * subgraph (the baseline), through Carta's Apollo gateway, through the same gateway as it was before
 * issue 14, and through Hive Gateway on the same supergraph and subgraphs; requests/s and p95 at a
 * fixed concurrency, and the ratios to the baseline.
 *   npm run bench:gateway   (BENCH_CONNECTIONS=16, BENCH_ROUNDS=3, BENCH_SECONDS=5 a round, BENCH_WARMUP_SECONDS=2)
 * Hive runs in this process like Apollo, on @graphql-hive/gateway-runtime (the engine of the
 * `@graphql-hive/gateway` CLI, whose full package also probes cloud metadata endpoints at import).
 * Both gateways do the same per-request work: verify the bearer token (cached), forward a signed
 * identity assertion (cached), graphql-armor's depth/alias/directive/cost limits; Hive's in-flight
 * de-duplication is off (identical concurrent queries would otherwise be answered once).
 * Stack traces are unmapped as in production; `SWC_NODE_SOURCE_MAP_MODE=auto npm run bench:gateway`
 * measures the old source-mapped runs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Identity, IDENTITY_HEADER, signIdentityAssertion } from '@carta/auth';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GRAPHQL_LIMITS, graphqlArmor, IdentityAssertionCache, SUPERGRAPH_FILE, VerifiedTokenCache } from '@carta/gateway';
import express from 'express';
import { loadPlatformConfig } from '@carta/service-kit';
import { aDiagnosis, anOpenCaseInput, aPatient } from '@carta/testing';
import { RunningPlatform, startPlatform } from '../platform';
import { LoadFigures, measure } from './http-load';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
/** Targets take turns, round after round, and each reports its median round: other load on the machine hits them alike. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const coordinator: Identity = { subject: 'bench-coordinator', roles: ['coordinator'] };

/** What the bench uses of Hive Gateway's runtime: a fetch-style handler Node's HTTP server can serve. */
interface HiveRuntime {
  (request: unknown, response: unknown): void;
  dispose(): Promise<void>;
}
interface HiveHookPayload {
  request: Request;
  endResponse(response: Response): void;
  fetchAPI: { Response: typeof Response };
}
/**
 * Loaded by name, untyped: Hive's typings bring a second @types/node (25) that would replace the
 * workspace's Node globals for the whole type check.
 */
async function hiveRuntime(config: Record<string, unknown>): Promise<HiveRuntime> {
  const name = '@graphql-hive/gateway-runtime';
  const hive = (await import(name)) as { createGatewayRuntime(config: Record<string, unknown>): HiveRuntime };
  return hive.createGatewayRuntime(config);
}

/** Hive Gateway in this process, like Apollo's: same subgraphs, same token check and identity assertion. */
async function startHive(platform: RunningPlatform, config: ReturnType<typeof loadPlatformConfig>): Promise<{ url: string; close(): Promise<void> }> {
  let supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
  for (const service of platform.services) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${service.name}", url: ")[^"]+`), `$1${service.url}/graphql`);
  }
  const tokens = new VerifiedTokenCache(platform.devIssuer.verifier());
  const assertions = new IdentityAssertionCache(config.internalSecret);
  const identities = new WeakMap<Request, Identity>();
  const armor = new EnvelopArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const runtime = await hiveRuntime({
    supergraph,
    logging: false,
    landingPage: false,
    graphiql: false,
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    propagateHeaders: {
      fromClientToSubgraphs: async ({ request }: { request: Request }) => {
        const identity = identities.get(request);
        return identity ? { [IDENTITY_HEADER]: await assertions.assertionFor(identity) } : {};
      },
    },
    plugins: () => [
      ...(armor.plugins as never[]),
      {
        async onRequest({ request, endResponse, fetchAPI }: HiveHookPayload) {
          const header = request.headers.get('authorization');
          try {
            if (!header?.startsWith('Bearer ')) throw new Error('no token');
            identities.set(request, await tokens.verify(header.slice('Bearer '.length)));
          } catch {
            endResponse(new fetchAPI.Response('{"errors":[{"message":"unauthenticated"}]}', { status: 401 }));
          }
        },
      },
    ],
  });
  const server: Server = createServer(runtime as Parameters<typeof createServer>[1]);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}

/**
 * The Apollo gateway as it was before issue 14: Apollo's default fetcher (make-fetch-happen), the
 * bearer token verified and the assertion signed on every request; same express stack and limits.
 */
async function startApolloBefore(platform: RunningPlatform, config: ReturnType<typeof loadPlatformConfig>): Promise<{ url: string; close(): Promise<void> }> {
  const supergraphSdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const urls = new Map<string, string>(platform.services.map((service) => [service.name, `${service.url}/graphql`]));
  const verifier = platform.devIssuer.verifier();
  class SignEveryTime extends RemoteGraphQLDataSource<{ identity: Identity }> {
    override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<{ identity: Identity }>) {
      request.http?.headers.set(IDENTITY_HEADER, await signIdentityAssertion(context.identity, config.internalSecret));
    }
  }
  const armor = graphqlArmor();
  const server = new ApolloServer<{ identity: Identity }>({
    gateway: new ApolloGateway({ supergraphSdl, buildService: ({ name }) => new SignEveryTime({ url: urls.get(name) }) }),
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    plugins: armor.plugins,
  });
  await server.start();
  const app = express();
  app.post(
    '/graphql',
    express.json(),
    async (req, res, next) => {
      try {
        res.locals.identity = await verifier.verify((req.headers.authorization ?? '').slice('Bearer '.length));
        next();
      } catch {
        res.status(401).end();
      }
    },
    expressMiddleware(server, { context: async ({ res }) => ({ identity: res.locals.identity as Identity }) }),
  );
  const http = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`,
    async close() {
      await server.stop();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

async function graphql(url: string, headers: Record<string, string>, query: string, variables: object = {}): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || answer.errors || !answer.data) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
  return answer.data;
}

interface Measured extends LoadFigures {
  cpuMsPerRequest: number;
}

const format = (figures: Measured) =>
  `${figures.cpuMsPerRequest.toFixed(2).padStart(5)} CPU ms/req ${figures.rps.toFixed(0).padStart(6)} req/s  p50 ${figures.p50.toFixed(1).padStart(6)} ms  p95 ${figures.p95.toFixed(1).padStart(6)} ms  p99 ${figures.p99.toFixed(1).padStart(6)} ms${figures.failures ? `  FAILURES ${figures.failures}` : ''}`;

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'carta-bench-gateway-'));
  const config = loadPlatformConfig({
    CARTA_DATA_DIR: dataDir,
    // The limiter would answer 429 long before the gateway is saturated; it is not what is measured.
    CARTA_RATE_LIMIT_PER_MINUTE: '1000000',
    CARTA_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
  });
  const started = Date.now();
  const platform = await startPlatform(config, { ports: 'any' });
  const hive = await startHive(platform, config);
  const before = await startApolloBefore(platform, config);
  console.log(
    `bench:gateway — embedded platform (PGlite, in-process bus) started in ${((Date.now() - started) / 1000).toFixed(1)} s; node ${process.version}, ${cpus().length} cores, ` +
      `load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')} (shared machine: figures are noisy, compare ratios within one run); ` +
      `${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up, ${ROUNDS} rounds × ${SECONDS} s per target (median round shown); stack traces: SWC_NODE_SOURCE_MAP_MODE=${process.env.SWC_NODE_SOURCE_MAP_MODE}`,
  );
  try {
    const bearer = { authorization: `Bearer ${await platform.devIssuer.issue(coordinator)}` };
    // Long enough for the whole run: the baseline skips the gateway, so it brings its own assertion.
    const assertion = { [IDENTITY_HEADER]: await signIdentityAssertion(coordinator, config.internalSecret, 3600) };
    const opened = (await graphql(platform.gateway.url, bearer, 'mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }', {
      input: anOpenCaseInput({ patient: aPatient({}), diagnosis: aDiagnosis({}), coordinatorId: coordinator.subject }),
    })) as { openCase: { id: string } };
    const subgraph = (name: string) => `${platform.services.find((service) => service.name === name)!.url}/graphql`;
    const queries = [
      { name: 'centres { id name city }', service: 'centres', query: '{ centres { id name city } }', variables: {} },
      {
        name: 'case(id) { id status diagnosis }',
        service: 'intake',
        query: 'query($id: ID!) { case(id: $id) { id status diagnosis { icd10 description } } }',
        variables: { id: opened.openCase.id },
      },
    ];
    const summary: string[] = [];
    for (const { name, service, query, variables } of queries) {
      const body = JSON.stringify({ query, variables });
      const targets = [
        { label: `direct ${service} subgraph`, url: subgraph(service), headers: assertion },
        { label: 'Apollo gateway (Carta)', url: platform.gateway.url, headers: bearer },
        { label: 'Apollo, before issue 14', url: before.url, headers: bearer },
        { label: 'Hive Gateway', url: hive.url, headers: bearer },
      ];
      console.log(`\n${name}`);
      // CPU this process spent per answered request: far less sensitive to other load on the machine than requests/s.
      const load = async (target: (typeof targets)[number], seconds: number): Promise<Measured> => {
        const cpu = process.cpuUsage();
        const figures = await measure({
          url: target.url,
          headers: { 'content-type': 'application/json', ...target.headers },
          body,
          connections: CONNECTIONS,
          seconds,
        });
        const used = process.cpuUsage(cpu);
        return { ...figures, cpuMsPerRequest: (used.user + used.system) / 1000 / Math.max(1, figures.requests) };
      };
      for (const target of targets) {
        await graphql(target.url, target.headers, query, variables);
        if (WARMUP_SECONDS > 0) await load(target, WARMUP_SECONDS);
      }
      const rounds: Measured[][] = targets.map(() => []);
      for (let round = 0; round < ROUNDS; round++) {
        for (const [index, target] of targets.entries()) rounds[index].push(await load(target, SECONDS));
      }
      const figures = rounds.map((measured) => [...measured].sort((a, b) => a.rps - b.rps)[Math.floor(measured.length / 2)]);
      // The CPU per request is the median of its own, not of the median-RPS round.
      figures.forEach((figure, index) => {
        const costs = rounds[index].map((r) => r.cpuMsPerRequest).sort((a, b) => a - b);
        figure.cpuMsPerRequest = costs[Math.floor(costs.length / 2)];
      });
      for (const [index, target] of targets.entries()) {
        console.log(`  ${target.label.padEnd(24)} ${format(figures[index])}   (rounds: ${rounds[index].map((r) => r.rps.toFixed(0)).join(', ')} req/s)`);
      }
      const [direct, apollo, apolloBefore, hiveFigures] = figures;
      const ratio = (gateway: Measured) =>
        `${(gateway.rps / direct.rps).toFixed(2)}× direct RPS, p95 ${(gateway.p95 / direct.p95).toFixed(2)}× direct, +${(gateway.cpuMsPerRequest - direct.cpuMsPerRequest).toFixed(2)} CPU ms/request`;
      summary.push(
        `${name}: Apollo ${ratio(apollo)} (before issue 14: ${ratio(apolloBefore)}); Hive ${ratio(hiveFigures)}; ` +
          `Apollo/Hive RPS ${(apollo.rps / hiveFigures.rps).toFixed(2)}, p95 ${(apollo.p95 / hiveFigures.p95).toFixed(2)}`,
      );
    }
    console.log(`\nRatios (same run):\n  ${summary.join('\n  ')}`);
    console.log(`Peak RSS of the platform process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    await hive.close();
    await before.close();
    await platform.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
