// The mail relay's certificate is checked: lead data and internal scoring go only to the relay it claims to be.
import { createTestCertificates, createTestDatabase, startSmtpSink, type SmtpSink, type TestCertificates, type TestDatabase } from '@leadops/testing';
import { readFileSync } from 'node:fs';
import { Mailer, type SmtpSettings } from '@leadops/activities';
import { NotificationStore } from '@leadops/persistence';

describe('SMTP over TLS', () => {
  let database: TestDatabase;
  let certs: TestCertificates;
  let relay: SmtpSink;
  let plainRelay: SmtpSink;
  let n = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    certs = createTestCertificates();
    relay = await startSmtpSink(0, undefined, { tls: { cert: certs.serverCert, key: certs.serverKey } }); // STARTTLS, cert from our test CA
    plainRelay = await startSmtpSink(0); // no TLS at all
  });
  afterAll(async () => {
    await relay?.close();
    await plainRelay?.close();
    certs?.remove();
    await database?.drop();
  });

  const send = async (settings: Partial<SmtpSettings>, port = relay.port) => {
    const mailer = new Mailer(new NotificationStore(database.db), { host: '127.0.0.1', port, secure: false, user: null, password: null, from: 'LeadOps <leadops@sasnw.com>', ...settings });
    try {
      return await mailer.send({ key: `tls-test-${++n}`, leadId: null, to: 'rep@sasnw.com', subject: `Lead ${n}`, text: 'P1: call within 5 minutes' });
    } finally {
      mailer.close();
    }
  };

  it('refuses a relay whose certificate it cannot verify, sending nothing', async () => {
    const before = relay.messages.length;
    await expect(send({})).rejects.toThrow(/self[- ]signed|unable to (verify|get local issuer)/i);
    expect(relay.messages.length).toBe(before);
  });

  it("sends once the relay's CA is trusted (SMTP_TLS_CA), or when the operator chose to accept any certificate", async () => {
    await expect(send({ tlsCa: readFileSync(certs.ca) })).resolves.toBe(true);
    await expect(send({ tlsInsecure: true })).resolves.toBe(true);
    expect(relay.messages.map((m) => m.subject)).toEqual(expect.arrayContaining([`Lead ${n - 1}`, `Lead ${n}`]));
  });

  it('in production, refuses a relay that offers no TLS', async () => {
    await expect(send({ requireTls: true }, plainRelay.port)).rejects.toThrow(/STARTTLS|TLS/i);
    expect(plainRelay.messages).toEqual([]);
  });
});
