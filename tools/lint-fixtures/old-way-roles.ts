// A role check by hand anywhere (here a consumer-like helper), kept to prove the lint refuses it. Never imported.
import { Identity } from '@carta/auth';

export const mayRead = (identity: Identity, req: { identity: Identity }): boolean =>
  identity.roles.includes('coordinator') || req.identity.roles.some((role) => role === 'admin');
