import { readFileSync } from 'node:fs';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Fetcher } from '@apollo/utils.fetcher';
import { expressMiddleware } from '@as-integrations/express5';
import {
  BearerTokenVerifier,
  ConsoleOidcConfig,
  DevTokenIssuer,
  GatewayAuth,
  Identity,
  IDENTITY_HEADER,
  isLoopbackHost,
  MAX_REQUEST_BYTES,
  RateLimitConfig,
} from '@carta/auth';
import express from 'express';
import { IdentityAssertionCache, VerifiedTokenCache } from './credential-cache';
import { subgraphAgent, subgraphFetcher, whileClientWaits } from './subgraph-fetcher';
import { devTokenHandler } from './dev-token';
import { gatewayErrorFormatter, GRAPHQL_LIMITS, graphqlArmor } from './graphql-limits';
import { answerClientErrors, jsonErrorHandler, jsonNotFound, sendError } from './http-errors';
import { limitByAddress, TokenBuckets, tooManyRequests } from './rate-limit';
import { streamingUploadProxy } from './upload-proxy';
import { objectLinksProxy } from './object-links';
import { calendarSubscriptionsProxy } from './calendar-subscriptions';
import { CONSOLE_DIR, consoleRoutes, consoleSignIn } from './console';
import { GatewayMetrics } from './metrics';

export const SUPERGRAPH_FILE = join(__dirname, '..', 'supergraph.graphql');
/** The gateway's `/metrics` port (OpenTelemetry's Prometheus default), apart from the public one. */
export const DEFAULT_METRICS_PORT = 9464;

export interface GatewayOptions {
  port: number;
  host: string;
  /** Where a subgraph answers now, by name; a subgraph not named here answers at its composed URL. */
  subgraphUrls: Record<string, string>;
  verifier: BearerTokenVerifier;
  /** Signs the identity forwarded to subgraphs. */
  internalSecret: string;
  /** Development only (loopback): mints tokens for any identity and serves them at `/dev/token`. */
  devIssuer?: DevTokenIssuer;
  /**
   * Introspection and "Did you mean …" hints, for a developer exploring the API (`npm start`, the
   * gateway alone with the dev issuer). Only with the dev issuer; tests leave it off to see what production sees.
   */
  explorable?: boolean;
  rateLimit: RateLimitConfig;
  /** The console's static build, served at /console (default apps/console/dist). */
  consoleDir?: string;
  /** How the console signs people in with the OIDC issuer (CARTA_OIDC_*); the dev issuer's form when devIssuer is set. */
  consoleOidc?: ConsoleOidcConfig;
  /** Where `/metrics` answers (its own port, never the public one; 0: any free port); none when unset. */
  metricsPort?: number;
}

export interface RunningGateway {
  url: string;
  /** The Prometheus endpoint, when `metricsPort` was given. */
  metricsUrl?: string;
  close(): Promise<void>;
}

interface GatewayContext {
  identity: Identity;
}

/** The verifier (and, in development, the issuer) a configured `GatewayAuth` stands for. */
export async function gatewayAuthentication(auth: GatewayAuth): Promise<{ verifier: BearerTokenVerifier; devIssuer?: DevTokenIssuer }> {
  if (auth.mode === 'oidc') return { verifier: BearerTokenVerifier.fromJwksUrl(auth.jwksUrl, auth) };
  const devIssuer = await DevTokenIssuer.create();
  return { verifier: devIssuer.verifier(), devIssuer };
}

/** Forwards the verified caller to a subgraph as a signed, short-lived identity assertion. */
class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    fetcher: Fetcher,
    private readonly assertions: IdentityAssertionCache,
  ) {
    super({ url, fetcher });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const identity = (context as Partial<GatewayContext>).identity;
    if (identity) request.http?.headers.set(IDENTITY_HEADER, await this.assertions.assertionFor(identity));
  }
}

/** A subgraph's URL: configured, or as composed into the supergraph. */
function subgraphUrl(supergraph: string, name: string, configured: Record<string, string>): string {
  const composed = new RegExp(`@join__graph\\(name: "${name}", url: "([^"]+)"\\)`).exec(supergraph)?.[1];
  const url = configured[name] ?? composed;
  if (!url) throw new Error(`no URL for subgraph ${name}`);
  return url;
}

/** Verifies the bearer token (any failure is one 401, no detail), then limits the verified subject. */
function authenticate(verifier: VerifiedTokenCache, perIdentity: TokenBuckets): express.RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (!header?.startsWith('Bearer ')) {
      res.setHeader('www-authenticate', 'Bearer');
      sendError(res, 401, 'UNAUTHENTICATED', 'send a bearer token: Authorization: Bearer <jwt>');
      return;
    }
    let identity: Identity;
    try {
      identity = await verifier.verify(header.slice('Bearer '.length));
    } catch {
      res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
      sendError(res, 401, 'UNAUTHENTICATED', 'the bearer token is invalid or expired');
      return;
    }
    const verdict = perIdentity.take(identity.subject);
    if (!verdict.allowed) {
      tooManyRequests(res, verdict);
      return;
    }
    res.locals.identity = identity;
    next();
  };
}

const requireJson: express.RequestHandler = (req, res, next) => {
  if (req.is('application/json')) next();
  else sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'send the body as application/json in UTF-8');
};

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  // Defence in depth: whatever the configuration said, the identity-minting issuer stays on this machine.
  if (options.devIssuer && !isLoopbackHost(options.host)) throw new Error(`the development issuer serves only a loopback host, not ${options.host}`);
  if (options.explorable && !options.devIssuer) throw new Error('introspection and schema hints are for development only (the dev issuer)');
  const explorable = Boolean(options.explorable);
  const supergraphSdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const assertions = new IdentityAssertionCache(options.internalSecret);
  const subgraphConnections = subgraphAgent();
  const fetcher = subgraphFetcher(subgraphConnections);
  // Apollo's gateway otherwise sends usage data to Apollo; a medical platform reports to no one but its operator.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    // Composed ahead of time and committed: no runtime introspection of the subgraphs.
    supergraphSdl,
    // Its spans join the process's traces; never with the query text or error messages (they may carry values).
    telemetry: { includeDocument: false, recordExceptions: false },
    buildService: ({ name }) => new IdentityForwardingDataSource(subgraphUrl(supergraphSdl, name, options.subgraphUrls), fetcher, assertions),
  });
  const armor = graphqlArmor();
  const metrics = new GatewayMetrics();
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: explorable,
    // The process owns shutdown (see tools/start.ts): Apollo's handler would re-raise the signal first.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    plugins: [...armor.plugins, ApolloServerPluginLandingPageDisabled(), metrics.plugin()],
    formatError: gatewayErrorFormatter(explorable),
  });
  await server.start();

  const perAddress = new TokenBuckets(options.rateLimit.perAddressPerMinute);
  const perIdentity = new TokenBuckets(options.rateLimit.perIdentityPerMinute);
  const authenticated = authenticate(new VerifiedTokenCache(options.verifier), perIdentity);
  const app = express();
  app.disable('x-powered-by');
  app.use(limitByAddress(perAddress));
  // Routes exist only once the supergraph is loaded and Apollo has started: serving them means ready.
  // (Each subgraph reports its own readiness; the gateway routes around none of them.)
  for (const path of ['/health', '/health/live', '/health/ready']) {
    app.get(path, (_req, res) => {
      res.json({ service: 'gateway', status: 'ok' });
    });
  }
  if (options.devIssuer) app.get('/dev/token', devTokenHandler(options.devIssuer));
  app.put(
    '/uploads/:versionId',
    authenticated,
    streamingUploadProxy(options.internalSecret, new URL(subgraphUrl(supergraphSdl, 'documents', options.subgraphUrls)).origin),
  );
  const objects = objectLinksProxy((service) => subgraphUrl(supergraphSdl, service, options.subgraphUrls));
  app.get('/objects/:service', objects);
  // The embedded store's signed upload forms (an S3 store takes them at its own public endpoint).
  app.post('/objects/:service', objects);
  app.get(
    '/calendars/travel/:file',
    calendarSubscriptionsProxy(() => subgraphUrl(supergraphSdl, 'travel', options.subgraphUrls)),
  );
  app.post(
    '/graphql',
    requireJson,
    express.json({ limit: MAX_REQUEST_BYTES }),
    authenticated,
    whileClientWaits,
    expressMiddleware(server, { context: async ({ res }) => ({ identity: res.locals.identity as Identity }) }),
  );
  // The web console, same origin as /graphql (no CORS); its requests carry the signed-in user's token.
  app.use('/console', consoleRoutes(options.consoleDir ?? CONSOLE_DIR, consoleSignIn(Boolean(options.devIssuer), options.consoleOidc)));
  app.all('/graphql', (_req, res) => {
    res.setHeader('allow', 'POST');
    sendError(res, 405, 'METHOD_NOT_ALLOWED', 'send GraphQL as POST with an application/json body');
  });
  // Routes go above this line; below are the JSON answers for everything else.
  app.use(jsonNotFound);
  app.use(jsonErrorHandler);

  const http = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(options.port, options.host, () => resolve(listening)).on('error', reject);
  });
  http.on('clientError', answerClientErrors);
  const { port } = http.address() as AddressInfo;
  const metricsEndpoint = options.metricsPort === undefined ? undefined : await metrics.listen(options.metricsPort, options.host);
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/graphql`,
    metricsUrl: metricsEndpoint?.url,
    async close() {
      await metricsEndpoint?.close();
      await server.stop();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await subgraphConnections.close();
    },
  };
}
