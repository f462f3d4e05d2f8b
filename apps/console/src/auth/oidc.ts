// Production sign-in: OIDC authorization code + PKCE with the organisation's issuer (a public client:
// no secret in the browser). The gateway says which issuer and client at /console/config.json; the
// access token is the same bearer token the gateway verifies against that issuer's JWKS (JWT_*), so it
// starts the same Session as the development issuer and nothing past sign-in changes.
import * as oauth from 'oauth4webapi';
import { CONSOLE_ROLES, currentSession, endSession, type ConsoleRole, type Session } from './session';

export type SignInConfig = { signIn: 'dev' } | { signIn: 'oidc'; issuer: string; clientId: string; scopes: string[]; audience?: string } | { signIn: 'none' };

/** Why a sign-in did not complete; the sign-in page names each in the person's language. */
export type OidcFailure = 'state' | 'noPending' | 'refused' | 'noRole' | 'failed';

export class OidcSignInError extends Error {
  constructor(
    readonly reason: OidcFailure,
    message: string,
  ) {
    super(message);
  }
}

/** The callback route the issuer sends the browser back to (registered with the issuer as the client's redirect URI). */
export const CALLBACK_PATH = '/console/signed-in';
const PENDING_KEY = 'carta.console.oidc';

export async function loadSignInConfig(): Promise<SignInConfig> {
  const response = await fetch('/console/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as SignInConfig;
}

type OidcConfig = Extract<SignInConfig, { signIn: 'oidc' }>;

const redirectUri = () => `${window.location.origin}${CALLBACK_PATH}`;

async function discover(config: OidcConfig): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(config.issuer);
  // Plain http only for an issuer on this machine (a test's provider), as the gateway's config allows.
  const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', [oauth.allowInsecureRequests]: issuer.protocol === 'http:' });
  return oauth.processDiscoveryResponse(issuer, response);
}

function insecure(config: OidcConfig) {
  return { [oauth.allowInsecureRequests]: new URL(config.issuer).protocol === 'http:' };
}

/** Sends the browser to the issuer's sign-in, keeping the PKCE verifier, state and nonce in this tab only. */
export async function startOidcSignIn(config: OidcConfig): Promise<void> {
  const as = await discover(config);
  if (!as.authorization_endpoint) throw new OidcSignInError('failed', 'the issuer publishes no authorization endpoint');
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, nonce }));
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: config.scopes.join(' '),
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...(config.audience ? { resource: config.audience } : {}),
  }).toString();
  window.location.assign(url.href);
}

/** The access token's claims the gateway reads (libs/auth toIdentity): sub, roles, centre_id. Verified by the gateway, not here. */
function claimsOf(accessToken: string): Record<string, unknown> {
  const payload = accessToken.split('.')[1];
  if (!payload) throw new OidcSignInError('failed', 'the access token is not a JWT');
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
}

/** The console role the token grants (a person with several gets the first the console knows). */
export function sessionFromAccessToken(accessToken: string, idToken?: string): Session {
  const claims = claimsOf(accessToken);
  const roles = Array.isArray(claims.roles) ? (claims.roles as unknown[]) : [];
  const role = CONSOLE_ROLES.find((known) => roles.includes(known)) as ConsoleRole | undefined;
  if (!role || typeof claims.sub !== 'string') throw new OidcSignInError('noRole', roles.join(', '));
  const centreId = typeof claims.centre_id === 'string' ? claims.centre_id : null;
  return { token: accessToken, subject: claims.sub, role, centreId, signIn: 'oidc', ...(idToken ? { idToken } : {}) };
}

/**
 * The callback: checks the state against this tab's pending sign-in, exchanges the code with the PKCE
 * verifier, validates the ID token's claims (issuer, audience, expiry, nonce; it came straight from the
 * issuer's token endpoint) and returns the session.
 */
export async function completeOidcSignIn(config: OidcConfig, callback: URL): Promise<Session> {
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (!raw) throw new OidcSignInError('noPending', 'no sign-in was started in this tab');
  const pending = JSON.parse(raw) as { verifier: string; state: string; nonce: string };
  const as = await discover(config);
  const client: oauth.Client = { client_id: config.clientId };
  let parameters: URLSearchParams;
  try {
    parameters = oauth.validateAuthResponse(as, client, callback, pending.state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) throw new OidcSignInError('refused', error.error_description ?? error.error);
    throw new OidcSignInError('state', (error as Error).message);
  }
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), parameters, redirectUri(), pending.verifier, {
    ...insecure(config),
    ...(config.audience ? { additionalParameters: { resource: config.audience } } : {}),
  });
  let tokens: oauth.TokenEndpointResponse;
  try {
    tokens = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: pending.nonce, requireIdToken: true });
  } catch (error) {
    if (error instanceof oauth.ResponseBodyError) throw new OidcSignInError('refused', error.error_description ?? error.error);
    throw new OidcSignInError('failed', (error as Error).message);
  }
  return sessionFromAccessToken(tokens.access_token, tokens.id_token);
}

/** Signs out here and, for an OIDC session, at the issuer too (its end_session_endpoint, when it has one). */
export async function signOut(): Promise<void> {
  const session = currentSession();
  endSession();
  if (session?.signIn !== 'oidc') return;
  const config = await loadSignInConfig().catch(() => null);
  const url = config?.signIn === 'oidc' ? await endSessionUrl(config, session.idToken) : null;
  if (url) window.location.assign(url);
}

/** Where to send the browser to end the issuer's session too (null when the issuer offers no end_session_endpoint). */
export async function endSessionUrl(config: OidcConfig, idToken?: string): Promise<string | null> {
  const as = await discover(config).catch(() => null);
  if (!as?.end_session_endpoint) return null;
  const url = new URL(as.end_session_endpoint);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('post_logout_redirect_uri', `${window.location.origin}/console/`);
  if (idToken) url.searchParams.set('id_token_hint', idToken);
  return url.href;
}
