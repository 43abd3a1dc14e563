// The one place that turns the Temporal settings into connection options (worker, API, test harnesses), and that
// explains a failed connection in an operator's words instead of a transport stack.
import { checkServerIdentity, connect as tlsConnect, type ConnectionOptions as TlsSocketOptions } from 'node:tls';
import type { TemporalSettings } from './config';

/** What both `NativeConnection.connect` (worker) and `Connection.connect` (client) take. */
export interface TemporalConnectionOptions {
  address: string;
  tls?: { serverRootCACertificate?: Buffer; clientCertPair?: { crt: Buffer; key: Buffer }; serverNameOverride?: string };
  apiKey?: string;
}

export function temporalConnectionOptions(temporal: TemporalSettings): TemporalConnectionOptions {
  const { tls, apiKey } = temporal;
  return {
    address: temporal.address,
    ...(tls && {
      tls: {
        ...(tls.serverCa && { serverRootCACertificate: tls.serverCa }),
        ...(tls.clientCert && { clientCertPair: { crt: tls.clientCert.cert, key: tls.clientCert.key } }),
        ...(tls.serverName && { serverNameOverride: tls.serverName }),
      },
    }),
    ...(apiKey && { apiKey }),
  };
}

/** A connection to Temporal that failed, with a message that says where and which setting to check. */
export class TemporalConnectionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TemporalConnectionError';
  }
}

const SERVER_NOT_TRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE', 'CERT_REJECTED',
]);

interface HandshakeFailure {
  cause: string;
  /** The settings to look at, or null when TLS is not the problem (e.g. nothing listens). */
  check: string | null;
}

/** Reads a TLS error the way an operator would want it told. */
function handshakeFailure(error: NodeJS.ErrnoException & { reason?: string }): HandshakeFailure {
  const code = error.code ?? '';
  // OpenSSL's errors carry a short reason ("tlsv13 alert certificate required") beside a long technical message.
  const reason = error.reason ?? error.message;
  if (SERVER_NOT_TRUSTED.has(code)) {
    return { cause: `the server's certificate is not signed by a CA we trust (${reason})`, check: 'TEMPORAL_TLS_CA / TEMPORAL_TLS_SERVER_NAME' };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return { cause: `the server's certificate is for another name (${reason})`, check: 'TEMPORAL_TLS_SERVER_NAME / TEMPORAL_ADDRESS' };
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') return { cause: `the server's certificate is out of date (${reason})`, check: "the server's certificate" };
  // The server hung up on our certificate (mTLS): none sent, signed by a CA it does not trust, expired...
  if (/ALERT_(CERTIFICATE_REQUIRED|BAD_CERTIFICATE|UNKNOWN_CA|CERTIFICATE_UNKNOWN|CERTIFICATE_EXPIRED|CERTIFICATE_REVOKED|ACCESS_DENIED)/.test(code)) {
    return { cause: `the server refused our client certificate (${reason})`, check: 'TEMPORAL_TLS_CERT / TEMPORAL_TLS_KEY' };
  }
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || /before secure TLS connection/.test(error.message)) {
    return { cause: `the server does not answer TLS (${reason})`, check: 'TEMPORAL_ADDRESS (is it a TLS endpoint?)' };
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT'].includes(code)) return { cause: reason, check: null };
  return { cause: reason, check: 'TEMPORAL_TLS_CA / TEMPORAL_TLS_SERVER_NAME' };
}

function hostAndPort(address: string): { host: string; port: number } {
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(address.trim());
  return match ? { host: match[1]!, port: Number(match[2]) } : { host: address.trim(), port: 7233 };
}

/**
 * A TLS handshake with the settings the SDK uses, to learn why a connection failed (the SDKs only say "transport error"
 * or "deadline"). Null when the handshake works. Waits for the server's first bytes: over TLS 1.3 a server refuses a
 * client certificate only after the client thinks the handshake is done.
 */
export function probeTemporalTls(temporal: TemporalSettings, timeoutMs = 5000): Promise<HandshakeFailure | null> {
  const { host, port } = hostAndPort(temporal.address);
  const tls = temporal.tls ?? { serverCa: null, clientCert: null, serverName: null };
  const name = tls.serverName ?? host;
  const options: TlsSocketOptions = {
    host,
    port,
    // SNI takes no IP address; the certificate is checked against the name either way.
    ...(/^[\d.]+$|:/.test(name) ? {} : { servername: name }),
    checkServerIdentity: (_host, certificate) => checkServerIdentity(name, certificate),
    ...(tls.serverCa && { ca: tls.serverCa }),
    ...(tls.clientCert && { cert: tls.clientCert.cert, key: tls.clientCert.key }),
    ALPNProtocols: ['h2'],
  };
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: HandshakeFailure | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const socket = tlsConnect(options);
    const timer = setTimeout(() => done({ cause: `no TLS answer within ${timeoutMs} ms`, check: 'TEMPORAL_ADDRESS' }), timeoutMs);
    socket.once('error', (error) => done(handshakeFailure(error)));
    socket.once('secureConnect', () => {
      socket.once('data', () => done(null)); // the server's HTTP/2 settings: it accepted us
      socket.once('close', () => done({ cause: 'the server closed the connection right after the handshake', check: 'TEMPORAL_TLS_CERT / TEMPORAL_TLS_KEY' }));
    });
  });
}

/** Whether a TLS handshake (certificate unchecked) succeeds: a plaintext client knocking on a TLS frontend. */
function speaksTls(address: string, timeoutMs = 2000): Promise<boolean> {
  const { host, port } = hostAndPort(address);
  return new Promise((resolve) => {
    const socket = tlsConnect({ host, port, rejectUnauthorized: false, ALPNProtocols: ['h2'] });
    const done = (answer: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('secureConnect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function causeOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}

/**
 * "cannot connect to Temporal at ADDRESS [over TLS]: CAUSE[; check SETTINGS]". Over TLS a handshake of our own names
 * the cause; when it succeeds, TLS is not the problem and the SDK's own message stands.
 */
export async function describeTemporalConnectionFailure(temporal: TemporalSettings, error: unknown): Promise<string> {
  if (!temporal.tls) {
    const cause = (await speaksTls(temporal.address))
      ? 'the server speaks TLS and no TLS setting is given; set TEMPORAL_TLS_CA (and TEMPORAL_TLS_CERT / TEMPORAL_TLS_KEY for mTLS, TEMPORAL_API_KEY for Temporal Cloud)'
      : causeOf(error);
    return `cannot connect to Temporal at ${temporal.address}: ${cause}`;
  }
  const failure = await probeTemporalTls(temporal);
  const where = `cannot connect to Temporal at ${temporal.address} over TLS`;
  if (!failure) return `${where}: ${causeOf(error)}${temporal.apiKey ? '; check TEMPORAL_API_KEY and TEMPORAL_NAMESPACE' : ''}`;
  return `${where}: ${failure.cause}${failure.check ? `; check ${failure.check}` : ''}`;
}
