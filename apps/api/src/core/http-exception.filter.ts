import { ArgumentsHost, Catch, HttpException, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { asKnownError, HTTP_STATUS, LeadOpsError } from './errors';
import { errorForLog } from '@leadops/config';

/** REST answers (webhooks, imports, health): codes to HTTP statuses, never a stack trace or SQL. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(thrown: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') throw thrown; // GraphQL errors go through formatGraphQLError
    const error = asKnownError(thrown);
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof LeadOpsError) {
      res.status(HTTP_STATUS[error.code]).json({ error: { code: error.code, message: error.message, field: error.field, errors: error.details } });
      return;
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      res.status(status).json({ error: { code: status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message: status >= 500 ? 'Internal error' : error.message } });
      return;
    }
    const status = (error as { status?: number; statusCode?: number })?.status ?? (error as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // body-parser errors: malformed JSON, body too large, bad encoding
      res.status(status).json({ error: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', message: (error as Error).message } });
      return;
    }
    console.error(`[api] unexpected error: ${errorForLog(error)}`);
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal error' } });
  }
}
