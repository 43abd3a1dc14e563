// Issue 14: e-mails to reps in the rep's language (users.language), and a resubmission of the same words does not
// put the same classification on the timeline twice; timeline entries carry codes for the console's language.
import { waitUntil } from '@leadops/testing';
import { startWorkerStack, type WorkerStack } from './worker-harness';

const JOSH = {
  fullName: 'JOSH BIDEN', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing',
  location: 'USA, Miami', description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos', source: 'web_form' as const,
};

describe('explanations in the reader\'s language', () => {
  let stack: WorkerStack;
  let seq = 0;
  const unique = <T extends { email: string; fullName: string }>(lead: T): T => ({ ...lead, fullName: `${lead.fullName} ${++seq}`, email: lead.email.replace('@', `+lang${seq}@`) });

  beforeAll(async () => {
    stack = await startWorkerStack({ SLA_TIME_SCALE: '1' });
  });
  afterAll(async () => stack?.close());

  /** Every rep reads in `language`, so whoever routing picks does. */
  const allRepsSpeak = (language: string) => stack.database.db.query(`UPDATE users SET language = $1 WHERE role = 'REP'`, [language]);

  async function ownerEmailFor(leadId: string) {
    const lead = await stack.waitForLead(leadId, (l) => l.ownerId !== null);
    const [{ email }] = await stack.database.db.query('SELECT email FROM users WHERE id = $1', [lead.ownerId]);
    const [message] = (await stack.smtp.waitFor((all) => all.some((m) => m.to.includes(email) && m.text.includes(leadId)), 10_000))
      .filter((m) => m.to.includes(email) && m.text.includes(leadId));
    return message!;
  }

  it('writes the owner e-mail in Spanish to a Spanish-speaking rep', async () => {
    await allRepsSpeak('es');
    const lead = await stack.submit(unique(JOSH));
    const mail = await ownerEmailFor(lead.id);
    expect(mail.subject).toContain('Nuevo lead');
    expect(mail.text).toContain('Se te asignó un lead');
    expect(mail.text).not.toContain('A lead was assigned');
  });

  it('and in English to an English-speaking one', async () => {
    await allRepsSpeak('en');
    const lead = await stack.submit(unique(JOSH));
    const mail = await ownerEmailFor(lead.id);
    expect(mail.subject).toContain('New lead');
    expect(mail.text).toContain('A lead was assigned to you');
    expect(mail.text).not.toContain('Se te asignó');
  });

  it('shows one classification after a resubmission of the same words, and stores timeline entries as codes', async () => {
    const input = unique(JOSH);
    const first = await stack.submit(input);
    await stack.waitForLead(first.id, (l) => l.ownerId !== null);
    await stack.submit({ ...input, fullName: input.fullName.toLowerCase() });
    await waitUntil(async () => (await stack.eventTypes(first.id)).includes('ENGAGEMENT'), 10_000, 'the resubmission as an engagement');
    // The re-score after the engagement is stored; wait for it before counting the timeline.
    await waitUntil(async () => {
      const [{ n }] = await stack.database.db.query('SELECT count(*)::int AS n FROM classifications WHERE lead_id = $1', [first.id]);
      return n >= 2;
    }, 10_000, 'the re-score');
    const events: Array<{ type: string; data: { code?: string; params?: Record<string, unknown> } }> = await stack.leads.timeline(first.id);
    expect(events.filter((e) => e.type === 'CLASSIFIED')).toHaveLength(1);
    const classified = events.find((e) => e.type === 'CLASSIFIED')!;
    expect(classified.data).toMatchObject({ code: 'EVENT_CLASSIFIED', params: { stage: 'SQL', priority: 'P1', classifier: 'rules' } });
    expect(events.find((e) => e.type === 'CREATED')!.data).toMatchObject({ code: 'EVENT_CREATED', params: { source: 'web_form' } });
    expect(events.find((e) => e.type === 'ASSIGNED')!.data.code).toMatch(/^EVENT_ASSIGNED/);
    // The re-score read the same words once: the same urgency signal, not two.
    const [latest] = await stack.database.db.query('SELECT result FROM classifications WHERE lead_id = $1 ORDER BY id DESC LIMIT 1', [first.id]);
    expect(latest.result.urgency.signals).toEqual(['urgency in their words: "urgentemente"']);
    expect(latest.result.urgency.signalCodes).toEqual([{ code: 'URGENCY_EXPLICIT', params: { quote: '"urgentemente"' } }]);
  });
});
