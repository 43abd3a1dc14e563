import { randomBytes } from 'node:crypto';
import { loadPayloadEncryption } from './payload-encryption';
import { openSecret, sealSecret } from './secret-box';

describe('sealed secrets', () => {
  const keys = loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: `k1:${randomBytes(32).toString('base64')}` });

  it('stores no trace of the secret, and opens it again', () => {
    const sealed = sealSecret('crm-signing-secret-0123', keys);
    expect(sealed).toMatch(/^sealed:v1:k1:/);
    expect(sealed).not.toContain('crm-signing');
    expect(openSecret(sealed, keys)).toBe('crm-signing-secret-0123');
  });

  it('opens after rotation, refuses an unknown key, and reads secrets stored before sealing as they are', () => {
    const rotated = loadPayloadEncryption({ TEMPORAL_PAYLOAD_KEYS: `k2:${randomBytes(32).toString('base64')},k1:${keys.keys.get('k1')!.toString('base64')}` });
    expect(openSecret(sealSecret('s-0123456789abcdef', keys), rotated)).toBe('s-0123456789abcdef');
    expect(() => openSecret(sealSecret('x', rotated), keys)).toThrow(/key "k2", which TEMPORAL_PAYLOAD_KEYS does not list/);
    expect(openSecret('legacy-plain-secret-01', keys)).toBe('legacy-plain-secret-01');
  });
});
