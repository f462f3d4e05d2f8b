export const ROLES = ['coordinator', 'admin', 'hospital_office', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking. A hospital office is always bound to exactly one centre. */
export interface Identity {
  subject: string;
  roles: Role[];
  centreId?: string;
}

export class InvalidIdentity extends Error {
  constructor(reason: string) {
    super(`invalid identity: ${reason}`);
    this.name = 'InvalidIdentity';
  }
}

export function toIdentity(claims: Record<string, unknown>): Identity {
  const subject = claims.sub;
  if (typeof subject !== 'string' || subject.length === 0) throw new InvalidIdentity('no subject');
  const roles = claims.roles;
  if (!Array.isArray(roles) || roles.length === 0) throw new InvalidIdentity('no roles');
  for (const role of roles) if (!ROLES.includes(role as Role)) throw new InvalidIdentity(`unknown role ${String(role)}`);
  const centreId = claims.centre_id;
  if (roles.includes('hospital_office') && (typeof centreId !== 'string' || centreId.length === 0)) {
    throw new InvalidIdentity('a hospital_office identity must name its centre');
  }
  return { subject, roles: roles as Role[], ...(typeof centreId === 'string' ? { centreId } : {}) };
}

export function toClaims(identity: Identity): Record<string, unknown> {
  return { sub: identity.subject, roles: identity.roles, ...(identity.centreId ? { centre_id: identity.centreId } : {}) };
}

/** The one way to ask about roles: whether the identity holds any of `roles`. Takes any row with roles (an audit row too). */
export function hasRole(identity: { readonly roles: readonly string[] }, ...roles: Role[]): boolean {
  return identity.roles.some((role) => (roles as readonly string[]).includes(role));
}
