import { Identity } from '@carta/auth';
import { RunningPlatform } from '../platform';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Sends GraphQL to the platform's gateway as someone, with a token from the dev issuer. */
export function gatewayClient(platform: () => RunningPlatform) {
  return async function gateway<T>(identity: Identity, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(platform().gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await platform().devIssuer.issue(identity)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
}
