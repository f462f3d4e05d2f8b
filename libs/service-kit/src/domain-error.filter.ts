import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { DomainError } from '@carta/domain';
import { throwError } from 'rxjs';

/**
 * A DomainError is an answer, not a fault: hand it back untouched (formatGraphQLError maps it to its
 * code) instead of letting Nest log it as an unhandled exception.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    return host.getType<string>() === 'graphql' ? error : throwError(() => error);
  }
}
