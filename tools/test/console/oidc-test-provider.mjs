// A real OpenID provider for the console's sign-in spec: panva's certified oidc-provider with its
// development login and consent pages (any login, any password). Run as its own process because the
// package is ESM-only and the specs run as CommonJS. Configured by one JSON argument:
//   { port, redirectUri, postLogoutRedirectUri, clientId, audience, scope, accounts: { <login>: { roles, centre_id? } } }
// It issues JWT access tokens for `audience` (RFC 8707 resource indicator) carrying the claims the
// gateway reads (sub, roles, centre_id: libs/auth toIdentity), and prints `ready <issuer>` once listening.
import process from 'node:process';
import Provider from 'oidc-provider';

const settings = JSON.parse(process.argv[2]);
const issuer = `http://127.0.0.1:${settings.port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: settings.clientId,
      // A public client: the browser holds no secret; PKCE is then required (oidc-provider's default for `none`).
      token_endpoint_auth_method: 'none',
      redirect_uris: [settings.redirectUri],
      post_logout_redirect_uris: [settings.postLogoutRedirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  pkce: { required: () => true },
  scopes: ['openid', 'profile', settings.scope],
  cookies: { keys: ['console-sign-in-spec'] },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => settings.audience,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, resource) => {
        if (resource !== settings.audience) throw new Provider.errors.InvalidTarget();
        return { scope: settings.scope, audience: settings.audience, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
      },
    },
  },
  async findAccount(_ctx, sub) {
    if (!settings.accounts[sub]) return undefined;
    return { accountId: sub, claims: () => ({ sub, name: sub }) };
  },
  // The claims the gateway turns into an identity.
  extraTokenClaims(_ctx, token) {
    const account = settings.accounts[token.accountId];
    return account ? { roles: account.roles, ...(account.centre_id ? { centre_id: account.centre_id } : {}) } : undefined;
  },
});

provider.listen(settings.port, '127.0.0.1', () => {
  process.stdout.write(`ready ${issuer}\n`);
});
