// The codec endpoint that lets Temporal's CLI and UI open sealed lead payloads: sales ops only, and it opens only what
// this deployment's keys sealed.
import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { AesGcmPayloadCodec, loadPayloadEncryption } from '@leadops/config';
import { login, readAnswer, startStack, type Stack } from './harness';

const wire = (payloads: Payload[]) => ({
  payloads: payloads.map((p) => ({
    metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v!).toString('base64')])),
    data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
  })),
});
const fromWire = (body: { payloads: Array<{ metadata: Record<string, string>; data: string }> }): Payload[] =>
  body.payloads.map((p) => ({ metadata: Object.fromEntries(Object.entries(p.metadata).map(([k, v]) => [k, Buffer.from(v, 'base64')])), data: Buffer.from(p.data, 'base64') }));

describe('Temporal codec endpoint', () => {
  const KEYS = `k-2026-12:${randomBytes(32).toString('base64')}`;
  let stack: Stack;
  const tokens: Record<string, string> = {};
  const lead = { email: 'diego.paz@ferrelab.mx', closeReason: 'Eligió otro proveedor por precio' };

  beforeAll(async () => {
    stack = await startStack({ TEMPORAL_PAYLOAD_KEYS: KEYS, TEMPORAL_UI_URL: 'http://temporal-ui.internal:8080' });
    tokens.REP = await login(stack, 'rep1@leadops.dev');
    tokens.MANAGER = await login(stack, 'manager@leadops.dev');
    tokens.SALES_OPS = await login(stack, 'ops@leadops.dev');
  });
  afterAll(async () => stack?.close());

  const post = (path: string, body: unknown, token?: string, headers: Record<string, string> = {}) =>
    fetch(`${stack.url}/temporal-codec/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify(body),
    }).then(readAnswer);

  it('opens for sales ops what the API and worker sealed', async () => {
    const sealed = await new AesGcmPayloadCodec(loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: KEYS })).encode([defaultPayloadConverter.toPayload(lead)]);
    const answer = await post('decode', wire(sealed), tokens.SALES_OPS);
    expect(answer.status).toBe(200);
    expect(defaultPayloadConverter.fromPayload(fromWire(answer.body)[0]!)).toEqual(lead);
    // And seals what the UI sends (a signal typed in the UI), under the active key.
    const encoded = await post('encode', wire([defaultPayloadConverter.toPayload(lead)]), tokens.SALES_OPS);
    expect(encoded.status).toBe(200);
    expect(encoded.text).not.toContain('diego.paz');
    expect(Buffer.from(encoded.body.payloads[0].metadata['encryption-key-id'], 'base64').toString()).toBe('k-2026-12');
  });

  it('refuses anyone but sales ops, without opening anything', async () => {
    const sealed = await new AesGcmPayloadCodec(loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: KEYS })).encode([defaultPayloadConverter.toPayload(lead)]);
    for (const [who, token, status] of [['anonymous', undefined, 401], ['rep', tokens.REP, 403], ['manager', tokens.MANAGER, 403], ['forged', 'eyJhbGciOiJub25lIn0.e30.', 401]] as const) {
      const answer = await post('decode', wire(sealed), token);
      expect({ who, status: answer.status, leaks: answer.text.includes('diego.paz') }).toEqual({ who, status, leaks: false });
    }
  });

  it('refuses payloads sealed under another key, and bodies that are not payloads, naming the field', async () => {
    const foreign = await new AesGcmPayloadCodec(loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: `k-2026-12:${randomBytes(32).toString('base64')}` })).encode([
      defaultPayloadConverter.toPayload(lead),
    ]);
    const wrongKey = await post('decode', wire(foreign), tokens.SALES_OPS);
    expect(wrongKey.status).toBe(400);
    expect(wrongKey.text).toContain('does not open with key \\"k-2026-12\\"');
    expect(wrongKey.text).not.toContain('diego.paz');
    const notPayloads = await post('decode', { payloads: 'x' }, tokens.SALES_OPS);
    expect(notPayloads.status).toBe(400);
    expect(notPayloads.body.message ?? notPayloads.text).toMatch(/payloads/);
    const notBase64 = await post('decode', { payloads: [{ metadata: { encoding: '***' }, data: '' }] }, tokens.SALES_OPS);
    expect(notBase64.status).toBe(400);
    expect(notBase64.text).toContain('payloads[0].metadata.encoding');
  });

  it("lets the Temporal UI's origin call it from a browser, and no other origin", async () => {
    const preflight = (origin: string, path: string) =>
      fetch(`${stack.url}${path}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    expect((await preflight('http://temporal-ui.internal:8080', '/temporal-codec/decode')).headers.get('access-control-allow-origin')).toBe('http://temporal-ui.internal:8080');
    expect((await preflight('https://evil.example', '/temporal-codec/decode')).headers.get('access-control-allow-origin')).toBeNull();
    // The UI's origin gets nothing more than the codec: the GraphQL API stays the console's.
    expect((await preflight('http://temporal-ui.internal:8080', '/graphql')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('opens histories in the Temporal UI with the sales-ops session cookie, sent only to the codec and only by the UI', async () => {
    const loginAnswer = async (email: string) => {
      const res = await fetch(`${stack.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: 'leadops' } }),
      });
      return res.headers.getSetCookie().find((c) => c.startsWith('leadops_codec=')) ?? null;
    };
    const opsCookie = (await loginAnswer('ops@leadops.dev'))!;
    expect(opsCookie).toMatch(/^leadops_codec=[^;]+; Max-Age=\d+; Path=\/temporal-codec; HttpOnly; SameSite=Strict$/);
    // Anyone else's login clears it (a rep logging in on the same browser).
    expect(await loginAnswer('rep1@leadops.dev')).toMatch(/^leadops_codec=; Max-Age=0;/);

    const cookie = opsCookie.split(';')[0]!;
    const sealed = await new AesGcmPayloadCodec(loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: KEYS })).encode([defaultPayloadConverter.toPayload(lead)]);
    const fromUi = await post('decode', wire(sealed), undefined, { cookie, origin: 'http://temporal-ui.internal:8080' });
    expect(fromUi.status).toBe(200);
    expect(defaultPayloadConverter.fromPayload(fromWire(fromUi.body)[0]!)).toEqual(lead);
    const preflight = await fetch(`${stack.url}/temporal-codec/decode`, {
      method: 'OPTIONS', headers: { origin: 'http://temporal-ui.internal:8080', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-namespace' },
    });
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');

    // The cookie is no login anywhere else, and a rep's token in it opens nothing.
    const me = await fetch(`${stack.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: '{ me { email } }' }) }).then(readAnswer);
    expect(me.text).toContain('UNAUTHENTICATED');
    const asRep = await post('decode', wire(sealed), undefined, { cookie: `leadops_codec=${tokens.REP}` });
    expect({ status: asRep.status, leaks: asRep.text.includes('diego.paz') }).toEqual({ status: 403, leaks: false });
  });
});
