// Logs never carry lead fields: a database error quotes values and carries the statement's parameters, and the
// worker's SDK logs every activity failure with its error.
import { inspect } from 'node:util';
import { createTestDatabase, type TestDatabase } from '@leadops/testing';
import { errorForLog, redactLeadData } from '@leadops/config';
import { redactedLogFunction } from '../src/log';

const LEAD = { email: 'lucia.fernandez@aceros-bajio.mx', phone: '+52 477 555 0142', name: 'Lucía Fernández' };

describe('log lines', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.drop());

  it("carry none of a lead's fields from a database error (quoted value, parameters, detail)", async () => {
    const failure = await database.db
      .query(`INSERT INTO leads (id, source, full_name, email, email_normalized, profile_id, workflow_id) VALUES ($1, 'api', $2, $3, $3, 'default', 'x')`, [LEAD.email, LEAD.name, LEAD.email])
      .then(() => null, (e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    // What console.error(error) printed before: the driver's parameters and the quoted value.
    expect(inspectRaw(failure)).toContain(LEAD.email);
    const line = errorForLog(failure);
    expect(line).toMatch(/QueryFailedError \[22P02\]: invalid input syntax for type uuid/);
    for (const value of Object.values(LEAD)) expect(line).not.toContain(value);
  });

  it("carry none of a lead's fields from the SDK's activity-failure entries", () => {
    const lines: string[] = [];
    redactedLogFunction(
      {
        level: 'WARN', timestampNanos: 1_796_400_000_000_000_000n, message: `Activity failed for ${LEAD.email}`,
        meta: { activityType: 'triageNewLead', attempt: 2, error: new Error(`cannot route ${LEAD.name} <${LEAD.email}>, call ${LEAD.phone}`), note: `reply from ${LEAD.email}` },
      },
      (l) => lines.push(l),
    );
    expect(lines[0]).toContain("activityType: 'triageNewLead'");
    expect(lines[0]).toContain('attempt: 2');
    for (const value of [LEAD.email, LEAD.phone]) expect(lines[0]).not.toContain(value);
    expect(redactLeadData(`"${LEAD.name}"`)).toBe('"…"');
  });
});

function inspectRaw(value: unknown): string {
  return inspect(value, { depth: 5 });
}
