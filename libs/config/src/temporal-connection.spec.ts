// What an operator reads when the connection to a secured Temporal fails: a TLS server of our own on 127.0.0.1 that,
// like a Temporal frontend with mTLS, wants a client certificate signed by the test CA.
import { readFileSync } from 'node:fs';
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { createTestCertificates, type TestCertificates } from '@leadops/testing';
import { loadConfig } from './config';
import { describeTemporalConnectionFailure, probeTemporalTls } from './temporal-connection';

describe('describeTemporalConnectionFailure', () => {
  let pki: TestCertificates;
  let tlsServer: Server;
  let plainServer: Server;
  let tlsAddress: string;
  let plainAddress: string;
  let closedAddress: string;
  const sdkError = new Error('Failed to connect before the deadline');

  const sockets = new Set<Socket>();
  const listen = (server: Server) => {
    server.on('connection', (socket: Socket) => sockets.add(socket.on('close', () => sockets.delete(socket))));
    return new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`127.0.0.1:${(server.address() as AddressInfo).port}`)));
  };

  beforeAll(async () => {
    pki = createTestCertificates();
    tlsServer = createTlsServer({
      cert: readFileSync(pki.serverCert), key: readFileSync(pki.serverKey), ca: readFileSync(pki.ca),
      requestCert: true, rejectUnauthorized: true, ALPNProtocols: ['h2'],
    }, (socket) => socket.write('\x00\x00\x00\x04\x00\x00\x00\x00\x00')); // an HTTP/2 SETTINGS frame, as a gRPC server sends first
    tlsServer.on('tlsClientError', () => undefined);
    plainServer = createTcpServer((socket) => socket.end('\x00\x00\x00\x04\x00\x00\x00\x00\x00'));
    tlsAddress = await listen(tlsServer);
    plainAddress = await listen(plainServer);
    const closed = createTcpServer();
    closedAddress = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => tlsServer.close(resolve));
    await new Promise((resolve) => plainServer.close(resolve));
    pki.remove();
  });

  const temporal = (env: Record<string, string>) => loadConfig(env).temporal;
  const mtls = () => ({ TEMPORAL_ADDRESS: tlsAddress, TEMPORAL_TLS_CA: pki.ca, TEMPORAL_TLS_CERT: pki.clientCert, TEMPORAL_TLS_KEY: pki.clientKey });

  it('finds nothing wrong with TLS when the settings are right, and keeps the SDK\'s message', async () => {
    expect(await probeTemporalTls(temporal(mtls()))).toBeNull();
    expect(await describeTemporalConnectionFailure(temporal(mtls()), sdkError)).toBe(`cannot connect to Temporal at ${tlsAddress} over TLS: Failed to connect before the deadline`);
  });

  it('points at TEMPORAL_TLS_CA when the server\'s certificate is signed by another CA', async () => {
    const message = await describeTemporalConnectionFailure(temporal({ ...mtls(), TEMPORAL_TLS_CA: pki.otherCa }), sdkError);
    expect(message).toMatch(new RegExp(`^cannot connect to Temporal at ${tlsAddress} over TLS: the server's certificate is not signed by a CA we trust \\(.+\\); check TEMPORAL_TLS_CA / TEMPORAL_TLS_SERVER_NAME$`));
  });

  it('points at TEMPORAL_TLS_SERVER_NAME when the certificate is for another name', async () => {
    const message = await describeTemporalConnectionFailure(temporal({ ...mtls(), TEMPORAL_TLS_SERVER_NAME: 'temporal.example.com' }), sdkError);
    expect(message).toMatch(/over TLS: the server's certificate is for another name \(.*temporal\.example\.com.*\); check TEMPORAL_TLS_SERVER_NAME/);
  });

  it('accepts a server name the certificate does carry', async () => {
    expect(await probeTemporalTls(temporal({ ...mtls(), TEMPORAL_TLS_SERVER_NAME: 'localhost' }))).toBeNull();
  });

  it('points at TEMPORAL_TLS_CERT / TEMPORAL_TLS_KEY when the server wants a client certificate we do not have', async () => {
    const message = await describeTemporalConnectionFailure(temporal({ TEMPORAL_ADDRESS: tlsAddress, TEMPORAL_TLS_CA: pki.ca }), sdkError);
    expect(message).toMatch(/over TLS: the server refused our client certificate \(.*certificate required.*\); check TEMPORAL_TLS_CERT \/ TEMPORAL_TLS_KEY$/);
  });

  it('says when the address does not speak TLS at all', async () => {
    const message = await describeTemporalConnectionFailure(temporal({ TEMPORAL_ADDRESS: plainAddress, TEMPORAL_TLS_CA: pki.ca }), sdkError);
    expect(message).toMatch(/over TLS: the server does not answer TLS .*; check TEMPORAL_ADDRESS/);
  });

  it('blames no setting when nothing listens', async () => {
    const message = await describeTemporalConnectionFailure(temporal({ TEMPORAL_ADDRESS: closedAddress, TEMPORAL_TLS_CA: pki.ca }), sdkError);
    expect(message).toBe(`cannot connect to Temporal at ${closedAddress} over TLS: connect ECONNREFUSED ${closedAddress}`);
  });

  it('tells a plaintext client that the server speaks TLS', async () => {
    const message = await describeTemporalConnectionFailure(temporal({ TEMPORAL_ADDRESS: tlsAddress }), new Error('transport error\nstack'));
    expect(message).toBe(`cannot connect to Temporal at ${tlsAddress}: the server speaks TLS and no TLS setting is given; set TEMPORAL_TLS_CA (and TEMPORAL_TLS_CERT / TEMPORAL_TLS_KEY for mTLS, TEMPORAL_API_KEY for Temporal Cloud)`);
  });

  it('keeps the first line of the SDK\'s message for a plaintext server that is down', async () => {
    const message = await describeTemporalConnectionFailure(temporal({ TEMPORAL_ADDRESS: closedAddress }), new Error('14 UNAVAILABLE: connection refused\n    at stack'));
    expect(message).toBe(`cannot connect to Temporal at ${closedAddress}: 14 UNAVAILABLE: connection refused`);
  });
});
