import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { AesGcmPayloadCodec, DEV_PAYLOAD_KEY_ID, KEY_ID_METADATA, loadPayloadEncryption, PayloadDecryptionError } from './payload-encryption';

const key = () => randomBytes(32).toString('base64');
const lead = { email: 'ana.ruiz@acme.mx', description: 'Necesitamos respaldo de datos urgente' };

describe('lead payload encryption', () => {
  it('seals a payload so that none of the lead shows, and opens it again', async () => {
    const codec = new AesGcmPayloadCodec(loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: `k1:${key()}` }));
    const [sealed] = await codec.encode([defaultPayloadConverter.toPayload(lead)]);
    const wire = Buffer.concat([Buffer.from(JSON.stringify(sealed!.metadata)), Buffer.from(sealed!.data!)]).toString('latin1');
    expect(wire).not.toContain('ana.ruiz');
    expect(wire).not.toContain('respaldo');
    expect(Buffer.from(sealed!.metadata![KEY_ID_METADATA]!).toString()).toBe('k1');
    const [opened] = await codec.decode([sealed!]);
    expect(defaultPayloadConverter.fromPayload(opened!)).toEqual(lead);
  });

  it('seals the same lead differently each time (a fresh nonce per payload)', async () => {
    const codec = new AesGcmPayloadCodec(loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: `k1:${key()}` }));
    const [a, b] = await codec.encode([defaultPayloadConverter.toPayload(lead), defaultPayloadConverter.toPayload(lead)]);
    expect(Buffer.from(a!.data!).equals(Buffer.from(b!.data!))).toBe(false);
  });

  it('opens payloads sealed under a previous key after rotation, and seals new ones with the new key', async () => {
    const oldKey = key();
    const before = new AesGcmPayloadCodec(loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: `2026-06:${oldKey}` }));
    const after = new AesGcmPayloadCodec(loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: `2026-12:${key()},2026-06:${oldKey}` }));
    const [old] = await before.encode([defaultPayloadConverter.toPayload(lead)]);
    expect(defaultPayloadConverter.fromPayload((await after.decode([old!]))[0]!)).toEqual(lead);
    const [fresh] = await after.encode([defaultPayloadConverter.toPayload(lead)]);
    expect(Buffer.from(fresh!.metadata![KEY_ID_METADATA]!).toString()).toBe('2026-12');
  });

  it('refuses a payload sealed under a key it does not hold, naming the key id', async () => {
    const [sealed] = await new AesGcmPayloadCodec(loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: `gone:${key()}` })).encode([defaultPayloadConverter.toPayload(lead)]);
    const other = new AesGcmPayloadCodec(loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: `k2:${key()}` }));
    await expect(other.decode([sealed!])).rejects.toThrow(new PayloadDecryptionError('payload sealed with key "gone", which TEMPORAL_PAYLOAD_KEYS does not list'));
  });

  it('refuses an altered payload (GCM authenticates it), and a wrong key under the same id', async () => {
    const settings = loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: `k1:${key()}` });
    const codec = new AesGcmPayloadCodec(settings);
    const [sealed] = await codec.encode([defaultPayloadConverter.toPayload(lead)]);
    const altered = Buffer.from(sealed!.data!);
    altered[20] = altered[20]! ^ 1;
    await expect(codec.decode([{ ...sealed!, data: altered }])).rejects.toThrow(/does not open with key "k1"/);
    const impostor = new AesGcmPayloadCodec(loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: `k1:${key()}` }));
    await expect(impostor.decode([sealed!])).rejects.toThrow(PayloadDecryptionError);
  });

  it('passes through payloads written before encryption was switched on', async () => {
    const codec = new AesGcmPayloadCodec(loadPayloadEncryption({}));
    const plain = defaultPayloadConverter.toPayload(lead);
    expect(await codec.decode([plain])).toEqual([plain]);
  });
});

describe('TEMPORAL_PAYLOAD_KEYS', () => {
  it('uses the public development key outside production, and refuses to run production without a key of its own', () => {
    expect(loadPayloadEncryption({}).activeKeyId).toBe(DEV_PAYLOAD_KEY_ID);
    expect(() => loadPayloadEncryption({ NODE_ENV: 'production' })).toThrow(/TEMPORAL_PAYLOAD_KEYS: must be set in production/);
    const devKey = 'bGVhZG9wcy1kZXYtcGF5bG9hZC1rZXktMzItYnl0ZXM=';
    expect(() => loadPayloadEncryption({ NODE_ENV: 'production', TEMPORAL_PAYLOAD_KEYS: `prod:${devKey}` })).toThrow(/development key is public/);
    expect(loadPayloadEncryption({ NODE_ENV: 'production', TEMPORAL_PAYLOAD_KEYS: `prod:${key()}` }).activeKeyId).toBe('prod');
  });

  it.each([
    ['nokey', /each entry must be keyId:base64key/],
    ['k1:c2hvcnQ=', /key "k1" must be 32 bytes/],
    [`k1:${'!'.repeat(44)}`, /key "k1" must be 32 bytes/],
    [`bad id:${Buffer.alloc(32, 1).toString('base64')}`, /key id of/],
    [`k1:${Buffer.alloc(32, 1).toString('base64')},k1:${Buffer.alloc(32, 2).toString('base64')}`, /appears twice/],
    [',', /lists no key/],
  ])('refuses %s with a message naming the variable', (value, message) => {
    expect(() => loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: value })).toThrow(message);
    expect(() => loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: value })).toThrow(/^TEMPORAL_PAYLOAD_KEYS/);
  });
});
