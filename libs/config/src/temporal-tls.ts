// How LeadOps reaches a secured Temporal (TLS, mTLS, Temporal Cloud): PEM files read and checked at start-up, so a
// wrong path or a key that does not match its certificate stops the process naming the variable, not at first connect.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from './config-error';

export interface TemporalTlsSettings {
  /** PEM of the CA(s) the server's certificate must chain to (TEMPORAL_TLS_CA); null: the system's trusted CAs. */
  serverCa: Buffer | null;
  /** Client certificate and its key (TEMPORAL_TLS_CERT, TEMPORAL_TLS_KEY), for servers that require one (mTLS). */
  clientCert: { cert: Buffer; key: Buffer } | null;
  /** Name the server's certificate is checked against (TEMPORAL_TLS_SERVER_NAME); null: the host of TEMPORAL_ADDRESS. */
  serverName: string | null;
}

type Env = Record<string, string | undefined>;

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const KEY_BLOCK = /-----BEGIN (RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END \1?PRIVATE KEY-----/;

const subject = (certificate: X509Certificate) => certificate.subject.replace(/\n/g, ', ');
const day = (date: string) => new Date(date).toISOString().slice(0, 10);

function setting(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function readText(name: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(name, `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** The certificates of a PEM file (a CA file may hold a bundle): each must parse, and one at least be valid today. */
function readCertificates(env: Env, name: string): { pem: Buffer; first: X509Certificate } | null {
  const path = setting(env, name);
  if (!path) return null;
  const blocks = readText(name, path).match(CERTIFICATE_BLOCK);
  if (!blocks) throw new ConfigError(name, `${path} is not a PEM certificate (no "-----BEGIN CERTIFICATE-----" block)`);
  const certificates = blocks.map((block) => {
    try {
      return new X509Certificate(block);
    } catch {
      throw new ConfigError(name, `${path} holds a damaged certificate (it does not parse)`);
    }
  });
  const first = certificates[0]!;
  if (certificates.every((c) => Date.parse(c.validTo) < Date.now())) {
    throw new ConfigError(name, `the certificate "${subject(first)}" in ${path} expired on ${day(first.validTo)}`);
  }
  // Certificates only: a file that also holds the key passes its certificates alone.
  return { pem: Buffer.from(blocks.join('\n') + '\n'), first };
}

function readPrivateKey(env: Env, name: string): { pem: Buffer; key: KeyObject } | null {
  const path = setting(env, name);
  if (!path) return null;
  const text = readText(name, path);
  // Temporal's clients take no passphrase.
  if (text.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----')) throw new ConfigError(name, `${path} is an encrypted private key: give it unencrypted (e.g. openssl pkey -in key.pem -out plain.pem)`);
  const block = text.match(KEY_BLOCK);
  if (!block) throw new ConfigError(name, `${path} is not a PEM private key (no "-----BEGIN PRIVATE KEY-----" block)`);
  try {
    return { pem: Buffer.from(block[0]), key: createPrivateKey(block[0]) };
  } catch {
    throw new ConfigError(name, `${path} holds a damaged private key (it does not parse)`);
  }
}

/** A DNS name or IP address, the way a certificate names a host: no scheme, port or path. */
function serverName(env: Env): string | null {
  const value = setting(env, 'TEMPORAL_TLS_SERVER_NAME');
  if (value !== null && !/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(value)) {
    throw new ConfigError('TEMPORAL_TLS_SERVER_NAME', `must be a host name such as temporal.example.com (no scheme, port or path), got "${value}"`);
  }
  return value;
}

/** Sent as an HTTP header: one token of visible ASCII. The key itself never goes into a message. */
function apiKey(env: Env): string | null {
  const value = env['TEMPORAL_API_KEY'];
  if (value === undefined || value === '') return null;
  if (/\s/.test(value)) throw new ConfigError('TEMPORAL_API_KEY', 'must not contain spaces or line breaks (a copy-paste slip?)');
  if (!/^[\x21-\x7e]+$/.test(value)) throw new ConfigError('TEMPORAL_API_KEY', 'must be plain ASCII (as Temporal Cloud issues it)');
  return value;
}

/**
 * TEMPORAL_TLS_CA, TEMPORAL_TLS_CERT + TEMPORAL_TLS_KEY, TEMPORAL_TLS_SERVER_NAME and TEMPORAL_API_KEY. Any of them turns
 * TLS on; an API key implies TLS (Temporal Cloud), with the system's CAs unless TEMPORAL_TLS_CA says otherwise.
 */
export function loadTemporalSecurity(env: Env): { tls: TemporalTlsSettings | null; apiKey: string | null } {
  const ca = readCertificates(env, 'TEMPORAL_TLS_CA');
  const cert = readCertificates(env, 'TEMPORAL_TLS_CERT');
  const key = readPrivateKey(env, 'TEMPORAL_TLS_KEY');
  if (cert && Date.parse(cert.first.validTo) < Date.now()) {
    throw new ConfigError('TEMPORAL_TLS_CERT', `the client certificate "${subject(cert.first)}" expired on ${day(cert.first.validTo)}`);
  }
  if (cert && !key) throw new ConfigError('TEMPORAL_TLS_KEY', 'must be set with TEMPORAL_TLS_CERT (a client certificate is useless without its private key)');
  if (key && !cert) throw new ConfigError('TEMPORAL_TLS_CERT', 'must be set with TEMPORAL_TLS_KEY (the client certificate the key belongs to)');
  if (cert && key && !cert.first.checkPrivateKey(key.key)) {
    throw new ConfigError('TEMPORAL_TLS_KEY', `is not the private key of the certificate in TEMPORAL_TLS_CERT ("${subject(cert.first)}")`);
  }
  const name = serverName(env);
  const token = apiKey(env);
  const tls = ca || cert || name || token ? { serverCa: ca?.pem ?? null, clientCert: cert && key ? { cert: cert.pem, key: key.pem } : null, serverName: name } : null;
  return { tls, apiKey: token };
}
