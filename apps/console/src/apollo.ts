import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { currentSession, endSession } from './auth/session';

/**
 * fetch with the signed-in user's token; a 401 (expired or revoked token) ends the session so the
 * sign-in page shows again. Every request to the API goes through it (Apollo's, the API explorer's).
 */
export const authorizedFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  const session = currentSession();
  if (session) headers.set('authorization', `Bearer ${session.token}`);
  const response = await fetch(input, { ...init, headers });
  if (response.status === 401) endSession('expired');
  return response;
};

/**
 * The cache. Objects are merged by type and id, so a type whose id is unique only within its parent must not
 * be: a criterion's id ("ecog") repeats across trials and criteria versions, and merged it showed one trial's
 * rule under another's line.
 */
export const createCache = () => new InMemoryCache({ typePolicies: { Criterion: { keyFields: false } } });

// One client for the app: every request carries the signed-in user's token.
export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', fetch: authorizedFetch }),
  cache: createCache(),
});
