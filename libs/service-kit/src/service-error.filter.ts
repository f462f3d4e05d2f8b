import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { DomainError, ErrorCode } from '@carta/domain';
import { Response } from 'express';
import { throwError } from 'rxjs';

const HTTP_STATUS: Record<ErrorCode, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/**
 * A DomainError is an answer, not a fault: GraphQL gets it back untouched (formatGraphQLError maps
 * it to its code), HTTP routes answer with its status and code, event handlers see it rethrown.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    const type = host.getType<string>();
    if (type === 'graphql') return error;
    if (type === 'http') {
      host.switchToHttp().getResponse<Response>().status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message, ...error.details });
      return;
    }
    return throwError(() => error);
  }
}
