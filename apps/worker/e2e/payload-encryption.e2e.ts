// Lead data in Temporal is sealed: what the Temporal server stores (and its UI, database and backups show) holds none of
// the lead's words; only a holder of TEMPORAL_PAYLOAD_KEYS (the API, the worker, the codec endpoint) can read them.
import { Client, Connection } from '@temporalio/client';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { AesGcmPayloadCodec, ENCRYPTED_ENCODING, temporalConnectionOptions } from '@leadops/config';
import { closeLeadSignal, engagementSignal, leadWorkflowId } from '@leadops/workflows';
import { startWorkerStack, type WorkerStack } from './worker-harness';

const MARIANA = {
  fullName: 'Mariana Quintanilla Obregón', email: 'mariana.quintanilla@ferreteriasdelnorte.mx', phone: '+52 81 5555 0199',
  jobPosition: 'Directora de TI', companyName: 'Ferreterías del Norte SA de CV', industry: 'Retail', location: 'México, Monterrey',
  description: 'Perdimos la base de clientes de Saltillo en el último apagón; necesitamos respaldo en la nube este mes',
  source: 'web_form' as const,
};
const LOCAL_ACTIVITY_MARKER_KEYS = ['activity_id', 'activity_type', 'attempt', 'backoff', 'complete_time', 'original_schedule_time', 'seq'];
const REPLY = 'Respondió: llámenme el jueves al celular personal';
const CLOSE_REASON = 'Firmó contrato anual de respaldo gestionado';

/** Every payload in a history (inputs, results, signals, failures' details), as the server stores them. */
function payloadsOf(history: temporal.api.history.v1.IHistory): Payload[] {
  const found: Payload[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const record = node as Record<string, unknown>;
    if (record['metadata'] && 'data' in record) found.push(record as Payload);
    Object.values(record).forEach(visit);
  };
  (history.events ?? []).forEach(visit);
  return found;
}

describe('lead data in Temporal', () => {
  let stack: WorkerStack;
  beforeAll(async () => {
    stack = await startWorkerStack({ SLA_TIME_SCALE: '600' });
  });
  afterAll(async () => stack?.close());

  it('is sealed in the history the server keeps: a client without the key reads none of the lead', async () => {
    const lead = await stack.submit(MARIANA);
    const assigned = await stack.waitForLead(lead.id, (l) => l.ownerId !== null, 10_000, 'assignment');
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));
    await handle.signal(engagementSignal, { kind: 'REPLY', at: new Date().toISOString(), detail: REPLY });
    await handle.signal(closeLeadSignal, { outcome: 'CONVERTED', reason: CLOSE_REASON, byUserId: assigned.ownerId });
    expect(await handle.result()).toBe('CONVERTED'); // the worker and this client read it: they hold the key

    // What anyone with access to the Temporal server, its UI or its database sees: a plain client, no codec.
    const connection = await Connection.connect(temporalConnectionOptions(stack.config.temporal));
    try {
      const plain = new Client({ connection, namespace: stack.config.temporal.namespace });
      const history = await plain.workflow.getHandle(leadWorkflowId(lead.id)).fetchHistory();
      const stored = Buffer.from(temporal.api.history.v1.History.encode(history).finish()).toString('utf8');
      for (const words of [MARIANA.email, MARIANA.fullName, MARIANA.companyName, 'Saltillo', 'apagón', MARIANA.phone, 'Monterrey', REPLY, CLOSE_REASON, 'celular']) {
        expect({ words, inHistory: stored.includes(words) }).toEqual({ words, inHistory: false });
      }
      const payloads = payloadsOf(history);
      expect(payloads.length).toBeGreaterThan(5);
      // In clear stays only the SDK's own record of each local activity (its number, type and times), which no codec sees.
      const inClear = payloads.filter((p) => Buffer.from(p.metadata!['encoding']!).toString() !== ENCRYPTED_ENCODING);
      for (const payload of inClear) expect(Object.keys(JSON.parse(Buffer.from(payload.data!).toString())).sort()).toEqual(LOCAL_ACTIVITY_MARKER_KEYS);
      expect(inClear.length).toBeLessThan(payloads.length / 2);

      // The same history opened with the key holds the rep's reply and the close reason: the check above could see them.
      const opened = await new AesGcmPayloadCodec(stack.config.temporal.payloadEncryption).decode(payloads);
      const readable = JSON.stringify(opened.map((p) => { try { return defaultPayloadConverter.fromPayload(p); } catch { return null; } }));
      expect(readable).toContain(REPLY);
      expect(readable).toContain(CLOSE_REASON);
      expect(readable).toContain(lead.id);
    } finally {
      await connection.close();
    }
  });
});
