// Lead data in Temporal, encrypted: every payload the API and the worker hand to Temporal (workflow inputs, activity
// results, signals, updates, queries) is sealed with AES-256-GCM before it leaves the process, so a Temporal server,
// its database, its backups and its Web UI hold ciphertext only. Keys come from the environment; the key id travels in
// the payload's metadata, so a new key can take over while histories sealed with the old one still open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, type DataConverter, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { ConfigError } from './config-error';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
export const CIPHER_METADATA = 'encryption-cipher';
const CIPHER = 'AES256-GCM';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The keys that open lead payloads; `activeKeyId` seals new ones, the others only open what they sealed before. */
export interface PayloadEncryptionSettings {
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/**
 * The development key: public (it is in this file), so `NODE_ENV=production` refuses it. Its id says so in every
 * payload it sealed.
 */
export const DEV_PAYLOAD_KEY_ID = 'dev-not-secret';
const DEV_PAYLOAD_KEY = Buffer.from('bGVhZG9wcy1kZXYtcGF5bG9hZC1rZXktMzItYnl0ZXM=', 'base64');

type Env = Record<string, string | undefined>;

/**
 * TEMPORAL_PAYLOAD_KEYS is "keyId:base64key[,keyId:base64key…]", 32-byte keys (`openssl rand -base64 32`); the first
 * seals, the rest open older payloads (rotation: put the new key first, keep the old one until its histories are gone).
 */
export function loadPayloadEncryption(env: Env = process.env): PayloadEncryptionSettings {
  const name = 'TEMPORAL_PAYLOAD_KEYS';
  const production = env['NODE_ENV'] === 'production';
  const raw = (env[name] ?? '').trim();
  if (raw === '') {
    if (production) throw new ConfigError(name, 'must be set in production: "keyId:base64key" with a 32-byte key (openssl rand -base64 32)');
    return { activeKeyId: DEV_PAYLOAD_KEY_ID, keys: new Map([[DEV_PAYLOAD_KEY_ID, DEV_PAYLOAD_KEY]]) };
  }
  const keys = new Map<string, Buffer>();
  for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
    const colon = entry.indexOf(':');
    const id = entry.slice(0, colon);
    const encoded = entry.slice(colon + 1).trim();
    if (colon <= 0 || !/^[A-Za-z0-9._-]{1,64}$/.test(id)) throw new ConfigError(name, `each entry must be keyId:base64key with a key id of [A-Za-z0-9._-], got "${id || entry.slice(0, 12)}…"`);
    const key = Buffer.from(encoded, 'base64');
    // Buffer.from ignores what is not base64: compare the round trip so a truncated or mistyped key is not accepted.
    if (key.length !== 32 || key.toString('base64').replace(/=+$/, '') !== encoded.replace(/=+$/, '')) {
      throw new ConfigError(name, `key "${id}" must be 32 bytes in base64 (openssl rand -base64 32)`);
    }
    if (keys.has(id)) throw new ConfigError(name, `key id "${id}" appears twice`);
    if (production && (id === DEV_PAYLOAD_KEY_ID || key.equals(DEV_PAYLOAD_KEY))) throw new ConfigError(name, 'the development key is public: production needs its own');
    keys.set(id, key);
  }
  const activeKeyId = keys.keys().next().value;
  if (activeKeyId === undefined) throw new ConfigError(name, 'lists no key');
  return { activeKeyId, keys };
}

/** AES-256-GCM as LeadOps seals data at rest and in Temporal: a fresh nonce, then the ciphertext, then the tag. */
export function sealBytes(key: Buffer, plain: Uint8Array): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/** Opens what sealBytes made; throws when it was altered or sealed under another key. */
export function openBytes(key: Buffer, sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
}

/** A payload that cannot be opened (unknown key id, tampered or truncated ciphertext). */
export class PayloadDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadDecryptionError';
  }
}

/** Temporal's payload codec: seals each payload (its metadata and data, as one protobuf) under the active key. */
export class AesGcmPayloadCodec implements PayloadCodec {
  private readonly activeKey: Buffer;
  private readonly activeKeyIdBytes: Uint8Array;

  constructor(private readonly settings: PayloadEncryptionSettings) {
    this.activeKey = settings.keys.get(settings.activeKeyId)!;
    this.activeKeyIdBytes = Buffer.from(settings.activeKeyId);
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const sealed = sealBytes(this.activeKey, temporal.api.common.v1.Payload.encode(payload).finish());
      return {
        metadata: {
          [METADATA_ENCODING_KEY]: Buffer.from(ENCRYPTED_ENCODING),
          [CIPHER_METADATA]: Buffer.from(CIPHER),
          [KEY_ID_METADATA]: this.activeKeyIdBytes,
        },
        data: sealed,
      };
    });
  }

  /** Payloads that were never sealed (histories from before encryption was on) pass through as they are. */
  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const encoding = payload.metadata?.[METADATA_ENCODING_KEY];
      if (!encoding || Buffer.from(encoding).toString() !== ENCRYPTED_ENCODING) return payload;
      const keyIdBytes = payload.metadata?.[KEY_ID_METADATA];
      const keyId = keyIdBytes ? Buffer.from(keyIdBytes).toString() : '';
      const key = this.settings.keys.get(keyId);
      if (!key) throw new PayloadDecryptionError(`payload sealed with key "${keyId}", which TEMPORAL_PAYLOAD_KEYS does not list`);
      const data = Buffer.from(payload.data ?? new Uint8Array());
      if (data.length < IV_BYTES + TAG_BYTES) throw new PayloadDecryptionError('sealed payload is truncated');
      let plain: Buffer;
      try {
        plain = openBytes(key, data);
      } catch {
        throw new PayloadDecryptionError(`sealed payload does not open with key "${keyId}" (altered, or another key under that id)`);
      }
      return temporal.api.common.v1.Payload.decode(plain) as Payload;
    });
  }
}

/** The workflow bundle is built with it (apps/worker/src/bundle-workflows.ts), as the worker runs with it. */
export const SEALED_FAILURE_CONVERTER_PATH = require.resolve('./sealed-failure-converter');

/**
 * The data converter the API, the worker and the tests all give Temporal. Failures are sealed too: an error's message
 * and stack (a database error quoting an e-mail, say) would otherwise sit in the history in clear.
 */
export function leadDataConverter(settings: PayloadEncryptionSettings): DataConverter {
  return {
    payloadCodecs: [new AesGcmPayloadCodec(settings)],
    failureConverterPath: SEALED_FAILURE_CONVERTER_PATH,
  };
}
