// Issue 14 through the API: reasons, signals, next steps, explanation and timeline entries come as codes beside the
// English text (old rows without codes still answer their text), and a user's language is set, validated and shown.
import { waitUntil } from '@leadops/testing';
import { gql, login, startStack, type Stack } from './harness';

const EXPLAINED = 'code params sign';
const GET = `query($id: ID!) { lead(id: $id) { id
  classification { summary detectedNeeds nextSteps explanation
    fit { reasons reasonCodes { ${EXPLAINED} } } urgency { signals signalCodes { ${EXPLAINED} } }
    nextStepCodes { ${EXPLAINED} } explanationCodes { ${EXPLAINED} } }
  timeline { type message code params } } }`;
const CREATE = `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`;

const JOSH = {
  fullName: 'JOSH BIDEN', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing',
  location: 'USA, Miami', description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos', source: 'web_form',
};

describe('explanations as codes, and the user language (API)', () => {
  let stack: Stack;
  let ops: string;

  beforeAll(async () => {
    stack = await startStack();
    await stack.startWorker();
    ops = await login(stack, 'ops@leadops.dev');
  });
  afterAll(async () => stack?.close());

  it('answers every line as a code with parameters beside its text, and the lead\'s words quoted as written', async () => {
    const id = (await gql(stack, CREATE, { input: JOSH }, ops)).data.createLead.id;
    const lead = await waitUntil(async () => {
      const l = (await gql(stack, GET, { id }, ops)).data?.lead;
      return l?.classification && l.timeline.some((e: { type: string }) => e.type === 'ASSIGNED') ? l : null;
    }, 10_000, 'classified lead');
    const c = lead.classification;
    expect(c.summary).toBe('JOSH BIDEN, CTO en Open Energy LLC, necesita mejorar el respaldo de datos.');
    expect(c.detectedNeeds).toEqual(['Mejorar el respaldo de datos']);
    expect(c.fit.reasonCodes).toHaveLength(c.fit.reasons.length);
    expect(c.fit.reasonCodes).toContainEqual({ code: 'FIT_SIZE_UNKNOWN', params: null, sign: '?' });
    expect(c.urgency.signalCodes).toEqual([{ code: 'URGENCY_EXPLICIT', params: { quote: '"urgentemente"' }, sign: null }]);
    expect(c.explanationCodes[0]).toEqual({ code: 'RULE3_SQL', params: { grade: 'B', level: 'CRITICAL', role: 'TECH_DECISION_MAKER' }, sign: null });
    expect(c.nextStepCodes[0]).toEqual({ code: 'STEP_SQL_CONTACT', params: { owner: 'AE', sla: { code: 'SLA_MINUTES', params: { minutes: 5 } } }, sign: null });
    expect(c.nextSteps[0]).toBe('AE: contactar en menos de 5 minutos');
    const classified = lead.timeline.find((e: { type: string }) => e.type === 'CLASSIFIED');
    expect(classified).toMatchObject({ message: 'Classified SQL / P1 by rules', code: 'EVENT_CLASSIFIED', params: { stage: 'SQL', priority: 'P1', classifier: 'rules' } });
  });

  it('still answers a classification and timeline entry stored before codes, with their text', async () => {
    const id = (await gql(stack, CREATE, { input: { ...JOSH, email: 'old.row@openenergy.com', fullName: 'Old Row' } }, ops)).data.createLead.id;
    await waitUntil(async () => (await gql(stack, GET, { id }, ops)).data?.lead?.classification, 10_000, 'classified lead');
    // As a row written before issue 14: no code fields in the result, no code in the event data.
    await stack.database.db.query(
      `UPDATE classifications SET result = ((((result #- '{fit,reasonCodes}'::text[]) #- '{urgency,signalCodes}'::text[]) - 'nextStepCodes'::text) - 'explanationCodes'::text)
        || jsonb_build_object('nextSteps', jsonb_build_array('AE: contactar en menos de 5 minutos')) WHERE lead_id = $1`, [id],
    );
    await stack.database.db.query(`UPDATE lead_events SET data = (data - 'code'::text) - 'params'::text WHERE lead_id = $1`, [id]);
    const lead = (await gql(stack, GET, { id }, ops)).data.lead;
    expect(lead.classification.urgency.signalCodes).toEqual([{ code: 'URGENCY_EXPLICIT', params: { quote: '"urgentemente"' }, sign: null }]);
    expect(lead.classification.nextStepCodes).toEqual([{ code: 'TEXT', params: { text: 'AE: contactar en menos de 5 minutos' }, sign: null }]);
    expect(lead.timeline.find((e: { type: string }) => e.type === 'CLASSIFIED')).toMatchObject({ message: 'Classified SQL / P1 by rules', code: null, params: null });
  });

  it('sets a rep\'s language, and refuses one it does not know with an error naming the field', async () => {
    const reps = (await gql(stack, '{ reps { id email language } }', {}, ops)).data.reps;
    expect(reps[0].language).toBe('en');
    const set = await gql(stack, 'mutation($id: ID!) { updateRep(id: $id, input: { language: "pt-BR" }) { id language } }', { id: reps[0].id }, ops);
    expect(set.errors).toBeUndefined();
    expect(set.data.updateRep.language).toBe('pt-BR');
    const refused = await gql(stack, 'mutation($id: ID!) { updateRep(id: $id, input: { language: "fr" }) { id language } }', { id: reps[0].id }, ops);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    expect(refused.errors?.[0]?.message).toMatch(/^language: must be one of en, es, pt-BR/);
    const created = await gql(stack, `mutation($input: UserInput!) { createUser(input: $input) { id language } }`, {
      input: { email: 'nueva@leadops.dev', displayName: 'Nueva', password: 'una-clave-larga', role: 'SALES_OPS', language: 'es' },
    }, ops);
    expect(created.errors).toBeUndefined();
    expect(created.data.createUser.language).toBe('es');
  });
});
