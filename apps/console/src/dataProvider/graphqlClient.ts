/** A tiny GraphQL-over-fetch client: sends the bearer token, turns GraphQL errors into ApiError with the API's message. */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; field?: string; errors?: Array<{ field: string; message: string }> } & Record<string, unknown>;
}

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429, UNAVAILABLE: 503,
};

/** Field errors in the shape react-admin forms show under each input (`body.errors`). */
export type FieldErrors = Record<string, string> & { root?: { serverError: string } };

/** An API failure. `status` follows HTTP so react-admin's auth checks understand it; `body.errors` names the fields. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;
  readonly body?: { errors: FieldErrors };

  constructor(message: string, code: string, status: number, field?: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.field = field;
    if (fieldErrors && Object.keys(fieldErrors).length > 0) this.body = { errors: fieldErrors };
  }
}

/** The API's field name as a form path: "input.workingHours[0].from" -> "workingHours.0.from". */
export function toFormPath(field: string): string {
  return field.replace(/^(input|filter)\./, '').replace(/\[(\d+)\]/g, '.$1');
}

/** "email: must be an e-mail" -> field "email", message "must be an e-mail". */
export function splitFieldMessage(message: string, field?: string): { field: string | null; text: string } {
  const match = /^([\w.[\]]+):\s*(.+)$/s.exec(message);
  const named = field ?? match?.[1] ?? null;
  return { field: named ? toFormPath(named) : null, text: match && (!field || match[1] === field) ? match[2]! : message };
}

export function toApiError(errors: GraphqlError[]): ApiError {
  const first = errors[0] ?? { message: 'Unknown API error' };
  const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const status = STATUS_BY_CODE[code] ?? 500;
  let fieldErrors: FieldErrors | undefined;
  if (code === 'BAD_USER_INPUT') {
    const details = first.extensions?.errors ?? (first.extensions?.field ? [{ field: first.extensions.field, message: first.message }] : []);
    const entries = details
      .map((d) => splitFieldMessage(d.message, d.field))
      .filter((d): d is { field: string; text: string } => d.field !== null);
    if (entries.length) {
      fieldErrors = Object.fromEntries(entries.map((e) => [e.field, e.text])) as FieldErrors;
      fieldErrors.root = { serverError: first.message };
    }
  }
  return new ApiError(first.message, code, status, first.extensions?.field, fieldErrors);
}

type Document = string | DocumentTypeDecoration<any, any>;
type ResultOf<Q> = Q extends DocumentTypeDecoration<infer R, any> ? R : any;
type VariablesOf<Q> = Q extends DocumentTypeDecoration<any, infer V> ? V : Record<string, unknown>;

/** A generated document (documents.ts) brings its result and variable types; a plain string is untyped. */
export type GraphqlRequest = <Q extends Document>(query: Q, variables?: VariablesOf<Q>) => Promise<ResultOf<Q>>;

export interface GraphqlClientOptions {
  url: string;
  getToken: () => string | null;
  fetchImpl?: typeof fetch;
}

export function createGraphqlClient({ url, getToken, fetchImpl }: GraphqlClientOptions): GraphqlRequest {
  return async <Q extends Document>(query: Q, variables: VariablesOf<Q> | Record<string, unknown> = {}): Promise<ResultOf<Q>> => {
    type T = ResultOf<Q>;
    const token = getToken();
    let response: Response;
    try {
      response = await (fetchImpl ?? fetch)(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: String(query), variables }),
      });
    } catch {
      throw new ApiError(`Cannot reach the LeadOps API at ${url}`, 'UNAVAILABLE', 503);
    }
    let payload: { data?: T; errors?: GraphqlError[] } | null = null;
    try {
      payload = await response.json();
    } catch {
      /* not JSON: reported below */
    }
    if (payload?.errors?.length) throw toApiError(payload.errors);
    if (!response.ok || !payload?.data) {
      throw new ApiError(`The API answered ${response.status} ${response.statusText}`.trim(), response.status === 401 ? 'UNAUTHENTICATED' : 'HTTP_ERROR', response.status || 500);
    }
    return payload.data;
  };
}
