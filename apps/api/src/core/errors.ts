import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { errorForLog } from '@leadops/config';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'UNAVAILABLE';

/** A module error with a code (mapped to GraphQL extensions.code and to HTTP status) and, for bad input, the field. */
export class LeadOpsError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Array<{ field: string; message: string }>,
  ) {
    super(message);
  }

  static badInput(errors: Array<{ field: string; message: string }>): LeadOpsError {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return new LeadOpsError('BAD_USER_INPUT', `${first.field}: ${first.message}${more}`, first.field, errors);
  }

  toGraphQL(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: { code: this.code, ...(this.field ? { field: this.field } : {}), ...(this.details ? { errors: this.details } : {}) },
    });
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429, UNAVAILABLE: 503,
};

// PostgreSQL or its connection is gone (refused, reset, shutting down, crash recovery): the request may be retried.
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03']);
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)/i;

/** A database outage as a LeadOpsError the caller can act on (503, retry), or the error itself when it is anything else. */
export function asKnownError(error: unknown): unknown {
  if (error instanceof LeadOpsError) return error;
  const e = error as { code?: unknown; message?: unknown; driverError?: { code?: unknown; message?: unknown } } | null;
  const codes = [e?.code, e?.driverError?.code].filter((c): c is string => typeof c === 'string');
  const messages = [e?.message, e?.driverError?.message].filter((m): m is string => typeof m === 'string');
  if (codes.some((c) => UNAVAILABLE_ERRNOS.has(c) || c.startsWith('08')) || messages.some((m) => UNAVAILABLE_MESSAGE.test(m))) {
    return new LeadOpsError('UNAVAILABLE', 'The database is not reachable right now: try again in a moment');
  }
  return error;
}

const SAFE_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS', 'UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/** What leaves the API: known codes as they are; anything else becomes a plain internal error (no stack, no SQL). */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = asKnownError((error as { originalError?: unknown })?.originalError);
  if (original instanceof LeadOpsError) {
    const e = original.toGraphQL();
    return { message: e.message, path: formatted.path, locations: formatted.locations, extensions: e.extensions };
  }
  const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
  if (SAFE_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    // GraphQL's own input errors name the argument path: keep them, they are what the caller must fix.
    return { ...formatted, extensions: { ...extensions, code: code === 'GRAPHQL_VALIDATION_FAILED' ? 'BAD_USER_INPUT' : code, graphqlCode: code } };
  }
  console.error(`[api] unexpected error: ${errorForLog(original ?? error)}`);
  return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
