import { createGraphqlClient, splitFieldMessage, toApiError } from './graphqlClient';

describe('toApiError', () => {
  it('keeps the API message and puts field errors where the form shows them', () => {
    const error = toApiError([
      {
        message: 'email: must be a valid e-mail address (and 1 more)',
        extensions: { code: 'BAD_USER_INPUT', field: 'email', errors: [{ field: 'email', message: 'must be a valid e-mail address' }, { field: 'age', message: 'must be from 0 to 130' }] },
      },
    ]);
    expect(error.message).toBe('email: must be a valid e-mail address (and 1 more)');
    expect(error.status).toBe(400);
    expect(error.body?.errors).toEqual({
      email: 'must be a valid e-mail address', age: 'must be from 0 to 130', root: { serverError: 'email: must be a valid e-mail address (and 1 more)' },
    });
  });

  it('turns list positions into form paths', () => {
    expect(splitFieldMessage('must be later than from', 'workingHours[0].to')).toEqual({ field: 'workingHours.0.to', text: 'must be later than from' });
    expect(splitFieldMessage('input.name: is required')).toEqual({ field: 'name', text: 'is required' });
  });

  it('maps codes to HTTP statuses for react-admin', () => {
    expect(toApiError([{ message: 'Log in first', extensions: { code: 'UNAUTHENTICATED' } }]).status).toBe(401);
    expect(toApiError([{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }]).status).toBe(403);
    expect(toApiError([{ message: 'Internal error' }]).status).toBe(500);
  });
});

describe('createGraphqlClient', () => {
  it('sends the bearer token and returns data', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ data: { me: { id: '1' } } }), { status: 200 });
    }) as unknown as typeof fetch;
    const request = createGraphqlClient({ url: 'http://api/graphql', getToken: () => 'jwt', fetchImpl });
    await expect(request('query { me { id } }')).resolves.toEqual({ me: { id: '1' } });
    expect((seen[0]!.init.headers as Record<string, string>)['authorization']).toBe('Bearer jwt');
  });

  it('rejects with the API error, and says so when the API is unreachable', async () => {
    const failing = (async () => new Response(JSON.stringify({ errors: [{ message: 'Lead is closed', extensions: { code: 'CONFLICT' } }] }), { status: 200 })) as unknown as typeof fetch;
    await expect(createGraphqlClient({ url: 'u', getToken: () => null, fetchImpl: failing })('mutation')).rejects.toMatchObject({ message: 'Lead is closed', status: 409 });
    const down = (async () => { throw new TypeError('fetch failed'); }) as unknown as typeof fetch;
    await expect(createGraphqlClient({ url: 'http://api/graphql', getToken: () => null, fetchImpl: down })('query')).rejects.toMatchObject({ status: 503 });
  });
});
