/**
 * The largest request body anyone may send: the gateway's JSON parser refuses more with 413, and the
 * subgraphs' parsers use the same figure so that what the gateway accepts a subgraph accepts too.
 * A subgraph's request carries the client's variables plus the gateway's query plan (and entity
 * representations), so subgraphs allow SUBGRAPH_MAX_REQUEST_BYTES, derived from this one limit.
 */
export const MAX_REQUEST_BYTES = 512 * 1024;
export const SUBGRAPH_MAX_REQUEST_BYTES = 2 * MAX_REQUEST_BYTES;

/** A bearer token longer than this is refused before any parsing (real OIDC tokens are 1–3 KB). */
export const MAX_BEARER_TOKEN_BYTES = 8 * 1024;
