// Secrets LeadOps must keep to use later (outgoing webhook signing secrets) are stored sealed with the same keys as
// lead payloads (TEMPORAL_PAYLOAD_KEYS): a copy of the database (a backup, a read replica, a leaked dump) does not let
// anyone sign webhooks as LeadOps. Stored form: "sealed:v1:<keyId>:<base64 of nonce | ciphertext | tag>".
import { openBytes, sealBytes, type PayloadEncryptionSettings } from './payload-encryption';

const PREFIX = 'sealed:v1:';

export function sealSecret(secret: string, keys: PayloadEncryptionSettings): string {
  const sealed = sealBytes(keys.keys.get(keys.activeKeyId)!, Buffer.from(secret, 'utf8'));
  return `${PREFIX}${keys.activeKeyId}:${sealed.toString('base64')}`;
}

/** The secret; a value stored before sealing was introduced is returned as it is. */
export function openSecret(stored: string, keys: PayloadEncryptionSettings): string {
  if (!stored.startsWith(PREFIX)) return stored;
  const rest = stored.slice(PREFIX.length);
  const colon = rest.indexOf(':');
  const keyId = rest.slice(0, colon);
  const key = keys.keys.get(keyId);
  if (!key) throw new Error(`a stored secret is sealed with key "${keyId}", which TEMPORAL_PAYLOAD_KEYS does not list`);
  return openBytes(key, Buffer.from(rest.slice(colon + 1), 'base64')).toString('utf8');
}
