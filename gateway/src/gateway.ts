import { readFileSync } from 'node:fs';
import { request, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { BearerTokenVerifier, DevTokenIssuer, Identity, IDENTITY_HEADER, ROLES, Role, signIdentityAssertion } from '@carta/auth';
import express from 'express';
import { GraphQLError } from 'graphql';

export const SUPERGRAPH_FILE = join(__dirname, '..', 'supergraph.graphql');

export interface GatewayOptions {
  port: number;
  host: string;
  /** Where a subgraph answers now, by name; a subgraph not named here answers at its composed URL. */
  subgraphUrls: Record<string, string>;
  verifier: BearerTokenVerifier;
  /** Signs the identity forwarded to subgraphs. */
  internalSecret: string;
  /** Embedded mode and tests only: serves `/dev/token`. */
  devIssuer?: DevTokenIssuer;
}

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

interface GatewayContext {
  identity: Identity;
}

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** Forwards the verified caller to a subgraph as a signed, short-lived identity assertion. */
class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    super({ url });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const identity = (context as Partial<GatewayContext>).identity;
    if (identity) request.http?.headers.set(IDENTITY_HEADER, await signIdentityAssertion(identity, this.secret));
  }
}

/** A subgraph's URL: configured, or as composed into the supergraph. */
function subgraphUrl(supergraph: string, name: string, configured: Record<string, string>): string {
  const composed = new RegExp(`@join__graph\\(name: "${name}", url: "([^"]+)"\\)`).exec(supergraph)?.[1];
  const url = configured[name] ?? composed;
  if (!url) throw new Error(`no URL for subgraph ${name}`);
  return url;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const supergraphSdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const gateway = new ApolloGateway({
    // Composed ahead of time and committed: no runtime introspection of the subgraphs.
    supergraphSdl,
    buildService: ({ name }) => new IdentityForwardingDataSource(subgraphUrl(supergraphSdl, name, options.subgraphUrls), options.internalSecret),
  });
  const server = new ApolloServer<GatewayContext>({ gateway, includeStacktraceInErrorResponses: false });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ service: 'gateway', status: 'ok' });
  });
  if (options.devIssuer) app.get('/dev/token', devTokenHandler(options.devIssuer));
  app.put('/uploads/:versionId', streamingUploadProxy(options, new URL(subgraphUrl(supergraphSdl, 'documents', options.subgraphUrls)).origin));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const header = req.headers.authorization;
        if (!header?.startsWith('Bearer ')) throw unauthenticated('send a bearer token: Authorization: Bearer <jwt>');
        try {
          return { identity: await options.verifier.verify(header.slice('Bearer '.length)) };
        } catch {
          throw unauthenticated('the bearer token is invalid or expired');
        }
      },
    }),
  );

  const http = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(options.port, options.host, () => resolve(listening)).on('error', reject);
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/graphql`,
    async close() {
      await server.stop();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/**
 * `PUT /uploads/:versionId` for clients that cannot presign: authenticates like /graphql, then pipes
 * the body to the documents service with the forwarded identity. Nothing is buffered here.
 */
function streamingUploadProxy(options: GatewayOptions, documentsOrigin: string): express.RequestHandler {
  return async (req, res) => {
    const header = req.headers.authorization;
    let identity: Identity;
    try {
      if (!header?.startsWith('Bearer ')) throw new Error('no bearer token');
      identity = await options.verifier.verify(header.slice('Bearer '.length));
    } catch {
      res.status(401).json({ code: 'UNAUTHENTICATED', message: 'send a valid bearer token' });
      return;
    }
    const target = new URL(`/uploads/${encodeURIComponent(String(req.params.versionId))}`, documentsOrigin);
    const upstream = request(target, {
      method: 'PUT',
      headers: {
        'content-type': req.headers['content-type'] ?? 'application/octet-stream',
        ...(req.headers['content-length'] ? { 'content-length': req.headers['content-length'] } : {}),
        [IDENTITY_HEADER]: await signIdentityAssertion(identity, options.internalSecret),
      },
    });
    upstream.on('response', (answer) => {
      res.status(answer.statusCode ?? 502);
      if (answer.headers['content-type']) res.setHeader('content-type', answer.headers['content-type']);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.status(502).json({ code: 'UPSTREAM_UNAVAILABLE', message: 'the documents service did not answer' });
    });
    req.pipe(upstream);
  };
}

/** `GET /dev/token?role=hospital_office&centre=puth&sub=alice`: a dev token for that identity. */
function devTokenHandler(issuer: DevTokenIssuer): express.RequestHandler {
  return async (req, res) => {
    const role = String(req.query.role ?? 'coordinator') as Role;
    if (!ROLES.includes(role)) {
      res.status(400).json({ code: 'BAD_USER_INPUT', message: `role must be one of ${ROLES.join(', ')}` });
      return;
    }
    const centreId = typeof req.query.centre === 'string' ? req.query.centre : undefined;
    if (role === 'hospital_office' && !centreId) {
      res.status(400).json({ code: 'BAD_USER_INPUT', message: 'a hospital_office token needs ?centre=<centre id>' });
      return;
    }
    const subject = typeof req.query.sub === 'string' && req.query.sub ? req.query.sub : `dev-${role}`;
    const token = await issuer.issue({ subject, roles: [role], ...(centreId ? { centreId } : {}) });
    res.json({ token, subject, role, centreId: centreId ?? null });
  };
}
