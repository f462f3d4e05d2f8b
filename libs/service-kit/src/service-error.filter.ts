import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import { SUBGRAPH_MAX_REQUEST_BYTES } from '@carta/auth';
import { DomainError, ErrorCode } from '@carta/domain';
import { Response } from 'express';
import { throwError } from 'rxjs';
import { describeError, Log, SERVICE_LOG } from './logging';

export const HTTP_STATUS: Record<ErrorCode, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

export interface HttpErrorBody {
  code: string;
  message: string;
}

/**
 * The answer to an HTTP error that is not a DomainError: a stable code and a fixed message by
 * status. The error's own message is never used (a JSON parser's echoes the body it choked on).
 */
export function httpErrorAnswer(error: unknown): { status: number; body: HttpErrorBody } {
  const status =
    error instanceof HttpException
      ? error.getStatus()
      : ((error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode);
  if (typeof status !== 'number' || status < 400 || status >= 500)
    return { status: 500, body: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } };
  switch (status) {
    case 401:
      return { status, body: { code: 'UNAUTHENTICATED', message: 'requests must come through the gateway with an identity' } };
    case 403:
      return { status, body: { code: 'FORBIDDEN', message: 'not allowed' } };
    case 404:
      return { status, body: { code: 'NOT_FOUND', message: 'no such route' } };
    case 405:
      return { status, body: { code: 'METHOD_NOT_ALLOWED', message: 'this route does not take that method' } };
    case 413:
      return { status, body: { code: 'PAYLOAD_TOO_LARGE', message: `the request body exceeds ${SUBGRAPH_MAX_REQUEST_BYTES} bytes` } };
    case 415:
      return { status, body: { code: 'BAD_USER_INPUT', message: 'the request body has an unsupported type or encoding' } };
    default:
      return { status, body: { code: 'BAD_USER_INPUT', message: 'the request is malformed (for example, the body is not valid JSON)' } };
  }
}

/**
 * Every error a service raises, by where it arose. GraphQL gets it back untouched
 * (formatGraphQLError maps it, logUnexpectedErrors logs it); HTTP routes answer JSON
 * `{ code, message }` with no stack (a DomainError with its status and code, anything else by
 * httpErrorAnswer, logged by its facts if it is a fault); event handlers see it rethrown, so
 * the consumer retries or dead-letters it.
 */
@Catch()
export class ServiceErrorFilter implements ExceptionFilter {
  constructor(@Inject(SERVICE_LOG) private readonly log: Log) {}

  catch(error: unknown, host: ArgumentsHost) {
    const type = host.getType<string>();
    if (type === 'graphql') return error;
    if (type !== 'http') return throwError(() => error);
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof DomainError) {
      res.status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message, ...error.details });
      return;
    }
    const { status, body } = httpErrorAnswer(error);
    if (status === 500)
      this.log.error({ ...describeError(error), path: host.switchToHttp().getRequest<{ route?: { path?: string } }>().route?.path }, 'unexpected error');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(status).json(body);
  }
}
