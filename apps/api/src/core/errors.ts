import { GraphQLError, type GraphQLFormattedError } from 'graphql';

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

const SAFE_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS', 'UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/** What leaves the API: known codes as they are; anything else becomes a plain internal error (no stack, no SQL). */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError;
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
  console.error('[api] unexpected error', original ?? error);
  return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
