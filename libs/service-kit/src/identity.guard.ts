import { CanActivate, createParamDecorator, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasRole, Identity, IDENTITY_HEADER, Role, verifyIdentityAssertion } from '@carta/auth';
import { DomainError } from '@carta/domain';
import { GraphQLResolveInfo } from 'graphql';
import { refusal } from './graphql-errors';
import { Audit, roleDenialOf } from '@carta/audit';

export const INTERNAL_SECRET = Symbol('INTERNAL_SECRET');
const ROLES_KEY = 'carta:roles';
const PUBLIC_KEY = 'carta:public';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The roles allowed to call a resolver. Root fields and entity reference resolvers without
 * @Roles are refused (fail closed); plain field resolvers only need a verified identity, as
 * their parent object was already authorised.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * An HTTP route anyone may call, without an identity: the health check, or a route whose
 * capability is in the request itself (a signed link). HTTP routes with neither @Roles nor
 * @Public are refused (fail closed, like GraphQL).
 */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface GraphQLRequest {
  headers: Record<string, string | string[] | undefined>;
  identity?: Identity;
}

/**
 * Resolver arguments are (parent, args, context, info), but federation calls a reference
 * resolver with (reference, context, info): find the request and info in either shape.
 */
function resolverRequest(context: ExecutionContext): { req: GraphQLRequest; info: GraphQLResolveInfo } {
  const args = context.getArgs();
  const [graphqlContext, info] = args.length === 3 ? [args[1], args[2]] : [args[2], args[3]];
  return { req: (graphqlContext as { req: GraphQLRequest }).req, info: info as GraphQLResolveInfo };
}

/** Verifies the identity the gateway forwarded, then enforces the resolver's roles. */
@Injectable()
export class IdentityGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(INTERNAL_SECRET) private readonly secret: string,
    private readonly audit: Audit,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (context.getType<string>() === 'http') {
      if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, [context.getHandler(), context.getClass()])) return true;
      if (!roles) throw new DomainError('FORBIDDEN', 'this route declares no roles');
      const req = context.switchToHttp().getRequest<GraphQLRequest>();
      req.identity ??= await verifyForwardedIdentity(req.headers[IDENTITY_HEADER], this.secret);
      if (!hasRole(req.identity, ...roles)) throw new DomainError('FORBIDDEN', 'your role may not do this');
      return true;
    }
    if (context.getType<string>() !== 'graphql') return true;
    const { req, info } = resolverRequest(context);
    req.identity ??= await verifyForwardedIdentity(req.headers[IDENTITY_HEADER], this.secret);
    if (!roles) {
      if (ROOT_TYPES.has(info.parentType.name)) throw new DomainError('FORBIDDEN', 'this operation declares no roles');
      return true;
    }
    if (!hasRole(req.identity, ...roles)) {
      await this.audit.recordDenial(req.identity, 'graphql.denied', roleDenialOf(info, context.getArgs()));
      throw new DomainError('FORBIDDEN', 'your role may not do this');
    }
    return true;
  }
}

/** The identity the gateway forwarded in `x-carta-identity`, or UNAUTHENTICATED. */
export async function verifyForwardedIdentity(header: string | string[] | undefined, secret: string): Promise<Identity> {
  if (typeof header !== 'string' || header.length === 0) throw new DomainError('UNAUTHENTICATED', 'requests must come through the gateway with an identity');
  try {
    return await verifyIdentityAssertion(header, secret);
  } catch {
    throw new DomainError('UNAUTHENTICATED', 'the forwarded identity is invalid or expired');
  }
}

/**
 * The subgraph's GraphQL context: every operation, `_service` and introspection included (they run
 * no guarded resolver), needs a valid forwarded identity before it is even parsed.
 */
export function identityContext(secret: string) {
  return async ({ req }: { req: GraphQLRequest }): Promise<{ req: GraphQLRequest }> => {
    try {
      req.identity ??= await verifyForwardedIdentity(req.headers[IDENTITY_HEADER], secret);
    } catch (error) {
      throw error instanceof DomainError ? refusal(error, 401) : error;
    }
    return { req };
  };
}

/** The verified identity of the caller, in a root or field resolver. */
export const CurrentIdentity = createParamDecorator((_data: unknown, context: ExecutionContext): Identity => {
  const { req } = resolverRequest(context);
  if (!req.identity) throw new DomainError('UNAUTHENTICATED', 'no identity');
  return req.identity;
});

/** The verified identity from a reference resolver's raw context argument. */
export function identityOf(graphqlContext: { req: GraphQLRequest }): Identity {
  const identity = graphqlContext.req.identity;
  if (!identity) throw new DomainError('UNAUTHENTICATED', 'no identity');
  return identity;
}
