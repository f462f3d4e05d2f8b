import { isIP } from 'node:net';
import { ASYMMETRIC_ALGORITHMS, AsymmetricAlgorithm } from './bearer-tokens';

/**
 * How the gateway knows who is calling: a local development issuer (which also serves `/dev/token`,
 * introspection and field suggestions), or an OIDC issuer's JWKS. Never both.
 */
export type GatewayAuth = { mode: 'development' } | { mode: 'oidc'; jwksUrl: string; issuer: string; audience: string; algorithms: AsymmetricAlgorithm[] };

export interface RateLimitConfig {
  /** Requests per minute for one verified subject. */
  perIdentityPerMinute: number;
  /** Requests per minute from one client address, counted before authentication. */
  perAddressPerMinute: number;
}

/**
 * How the web console signs people in with the OIDC issuer (authorization code + PKCE, a public client):
 * published to the console at /console/config.json. Only with `auth.mode: 'oidc'`.
 */
export interface ConsoleOidcConfig {
  /** The issuer's identifier; the console reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  /** Always includes `openid`. */
  scopes: string[];
  /** The resource (RFC 8707) to ask the access token for, when the issuer needs one to mint JWT_AUDIENCE tokens. */
  audience?: string;
}

export interface GatewayConfig {
  host: string;
  /** Absent when nothing is configured: fine for a subgraph process, refused by `requireGatewayAuth`. */
  auth?: GatewayAuth;
  /** CARTA_OIDC_*: absent when the console has no OIDC sign-in (the dev issuer, or a gateway for API clients only). */
  consoleOidc?: ConsoleOidcConfig;
  rateLimit: RateLimitConfig;
}

export class GatewayConfigError extends Error {}

const DEFAULT_RATE_LIMIT: RateLimitConfig = { perIdentityPerMinute: 1200, perAddressPerMinute: 6000 };
const HOW_TO_AUTHENTICATE = 'set JWT_JWKS_URL, JWT_ISSUER and JWT_AUDIENCE (an OIDC issuer), or CARTA_DEV_AUTH=true for local development on a loopback host';

/** True for addresses only this machine can reach; `0.0.0.0` and `::` are every interface. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 1_000_000)
    throw new GatewayConfigError(`invalid configuration: ${name} must be a whole number from 1 to 1000000`);
  return Number(raw);
}

function oidc(env: NodeJS.ProcessEnv, jwksUrl: string): GatewayAuth {
  let url: URL;
  try {
    url = new URL(jwksUrl);
  } catch {
    throw new GatewayConfigError('invalid configuration: JWT_JWKS_URL must be a URL');
  }
  // Keys fetched in clear text could be swapped in transit; plain http only to this machine.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new GatewayConfigError('invalid configuration: JWT_JWKS_URL must use https');
  }
  const issuer = env.JWT_ISSUER?.trim();
  const audience = env.JWT_AUDIENCE?.trim();
  if (!issuer || !audience) throw new GatewayConfigError('invalid configuration: JWT_JWKS_URL needs a non-empty JWT_ISSUER and JWT_AUDIENCE');
  const algorithms = (env.JWT_ALGORITHMS ?? 'RS256,ES256').split(',').map((alg) => alg.trim());
  const refused = algorithms.filter((alg) => !ASYMMETRIC_ALGORITHMS.includes(alg as AsymmetricAlgorithm));
  if (refused.length > 0 || algorithms.length === 0) {
    throw new GatewayConfigError(
      `invalid configuration: JWT_ALGORITHMS may list only asymmetric algorithms (${ASYMMETRIC_ALGORITHMS.join(', ')}), not ${refused.join(', ')}`,
    );
  }
  return { mode: 'oidc', jwksUrl: url.toString(), issuer, audience, algorithms: algorithms as AsymmetricAlgorithm[] };
}

/** http(s) URL, plain http only to this machine (as JWT_JWKS_URL). */
function secureUrl(name: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new GatewayConfigError(`invalid configuration: ${name} must be a URL`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new GatewayConfigError(`invalid configuration: ${name} must use https`);
  }
  return url;
}

const CONSOLE_OIDC_VARIABLES = ['CARTA_OIDC_ISSUER', 'CARTA_OIDC_CLIENT_ID', 'CARTA_OIDC_SCOPES', 'CARTA_OIDC_AUDIENCE'] as const;

/** The console's OIDC sign-in: the issuer and client are both needed, and only beside JWT_JWKS_URL (the tokens it gets must verify). */
function consoleOidc(env: NodeJS.ProcessEnv, auth: GatewayAuth | undefined): ConsoleOidcConfig | undefined {
  if (!CONSOLE_OIDC_VARIABLES.some((name) => env[name])) return undefined;
  if (auth?.mode !== 'oidc')
    throw new GatewayConfigError(
      "invalid configuration: CARTA_OIDC_* (the console's sign-in) needs JWT_JWKS_URL, JWT_ISSUER and JWT_AUDIENCE, not the development issuer",
    );
  const issuer = env.CARTA_OIDC_ISSUER?.trim();
  const clientId = env.CARTA_OIDC_CLIENT_ID?.trim();
  if (!issuer || !clientId) throw new GatewayConfigError("invalid configuration: the console's sign-in needs both CARTA_OIDC_ISSUER and CARTA_OIDC_CLIENT_ID");
  secureUrl('CARTA_OIDC_ISSUER', issuer);
  const scopes = (env.CARTA_OIDC_SCOPES?.trim() || 'openid profile').split(/\s+/);
  if (!scopes.includes('openid')) throw new GatewayConfigError('invalid configuration: CARTA_OIDC_SCOPES must include openid');
  const audience = env.CARTA_OIDC_AUDIENCE?.trim() || undefined;
  return { issuer, clientId, scopes, ...(audience ? { audience } : {}) };
}

/**
 * The one place that decides how the gateway authenticates and limits callers (used by the gateway
 * alone and by `npm start` through loadPlatformConfig). `devAuthByDefault`: `npm start` with no engine
 * and no issuer configured, so a new developer's first run works on loopback without a variable.
 */
export function loadGatewayConfig(env: NodeJS.ProcessEnv, options: { devAuthByDefault: boolean }): GatewayConfig {
  const host = env.CARTA_HOST || '127.0.0.1';
  const devFlag = env.CARTA_DEV_AUTH;
  if (devFlag !== undefined && devFlag !== 'true' && devFlag !== 'false')
    throw new GatewayConfigError('invalid configuration: CARTA_DEV_AUTH must be true or false');
  const jwksUrl = env.JWT_JWKS_URL || undefined;
  if (devFlag === 'true' && jwksUrl)
    throw new GatewayConfigError('invalid configuration: CARTA_DEV_AUTH=true and JWT_JWKS_URL are both set; choose one issuer');
  if (!jwksUrl && (env.JWT_ISSUER || env.JWT_AUDIENCE || env.JWT_ALGORITHMS)) {
    throw new GatewayConfigError('invalid configuration: JWT_ISSUER, JWT_AUDIENCE and JWT_ALGORITHMS take effect only with JWT_JWKS_URL');
  }

  let auth: GatewayAuth | undefined;
  if (jwksUrl) auth = oidc(env, jwksUrl);
  else if (devFlag === 'true' || (devFlag === undefined && options.devAuthByDefault)) auth = { mode: 'development' };
  if (auth?.mode === 'development' && !isLoopbackHost(host)) {
    throw new GatewayConfigError(
      `invalid configuration: the development issuer mints any identity, so it serves only a loopback host, not CARTA_HOST=${host}; ${HOW_TO_AUTHENTICATE.split(', or')[0]}`,
    );
  }
  return {
    host,
    auth,
    consoleOidc: consoleOidc(env, auth),
    rateLimit: {
      perIdentityPerMinute: positiveInteger(env, 'CARTA_RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT.perIdentityPerMinute),
      perAddressPerMinute: positiveInteger(env, 'CARTA_RATE_LIMIT_PER_ADDRESS_PER_MINUTE', DEFAULT_RATE_LIMIT.perAddressPerMinute),
    },
  };
}

/** The gateway's start-up check: a gateway that cannot authenticate anyone does not start. */
export function requireGatewayAuth(config: GatewayConfig): GatewayAuth {
  if (!config.auth) throw new GatewayConfigError(`invalid configuration: no token issuer; ${HOW_TO_AUTHENTICATE}`);
  return config.auth;
}
