import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { currentSession, endSession } from './auth/session';

// One client for the app: every request carries the signed-in user's token; a 401 (expired or
// revoked token) ends the session so the sign-in page shows again.
export const apolloClient = new ApolloClient({
  link: new HttpLink({
    uri: '/graphql',
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      const session = currentSession();
      if (session) headers.set('authorization', `Bearer ${session.token}`);
      const response = await fetch(input, { ...init, headers });
      if (response.status === 401) endSession();
      return response;
    },
  }),
  cache: new InMemoryCache(),
});
