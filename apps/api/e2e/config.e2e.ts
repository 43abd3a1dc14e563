// Sales ops' configuration through the API: company profile versions, routing rules checked against real reps,
// reps / teams / users, SLA and nurture settings, and the audit rows every change leaves.
import { gql, login, startStack, type Stack } from './harness';


const PROFILE_FIELDS = 'id version companyName shortDescription mainServices targetAudience targetIndustries targetCountries excludedIndustries competitorDomains createdAt';
const UPDATE_PROFILE = `mutation($input: CompanyProfileInput!) { updateCompanyProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const RULE_FIELDS = 'id name position enabled strategy teamId repIds conditions { stages priorities industries countries languages sources dealSizes }';
const CREATE_RULE = `mutation($input: RoutingRuleInput!) { createRoutingRule(input: $input) { ${RULE_FIELDS} } }`;
const AUDIT = `query($entity: String!, $id: String) { auditLog(entity: $entity, entityId: $id) { id at actorId actor { email } entity entityId action before after } }`;

const PROFILE = {
  companyName: 'SAS',
  shortDescription: 'Storage Availability Solutions (SASNW), soluciones de TI en almacenamiento y disponibilidad de datos.',
  mainServices: ['Respaldo de datos', 'Almacenamiento', 'Implementación de tecnologías', 'Consultoría estratégica'],
  targetAudience: 'Empresas medianas y grandes en manufactura, finanzas, retail y servicios digitales.',
  targetIndustries: ['Manufactura', 'Finanzas'],
  competitorDomains: ['competidor.mx'],
};

describe('configuration (company profile, routing, reps, SLA, nurture, audit)', () => {
  let stack: Stack;
  let ops: string;
  let manager: string;
  let rep: string;
  let opsId: string;
  let teamId: string;
  let repIds: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack();
    [ops, manager, rep] = await Promise.all([login(stack, 'ops@leadops.dev'), login(stack, 'manager@leadops.dev'), login(stack, 'rep1@leadops.dev')]);
    const users = await stack.database.db.query(`SELECT id, email, team_id FROM users`);
    opsId = users.find((u: any) => u.email === 'ops@leadops.dev').id;
    teamId = users.find((u: any) => u.email === 'rep1@leadops.dev').team_id;
    repIds = Object.fromEntries(users.map((u: any) => [u.email, u.id]));
  });
  afterAll(async () => stack?.close());

  const auditRows = async (entity: string, id?: string) => {
    const answer = await gql(stack, AUDIT, { entity, id: id ?? null }, ops);
    expect(answer.errors).toBeUndefined();
    return answer.data.auditLog as any[];
  };

  describe('company profile', () => {
    it('starts at the demo version 1 and each save makes a new version, with history and audit', async () => {
      const first = await gql(stack, `{ companyProfile { ${PROFILE_FIELDS} } }`, {}, rep);
      expect(first.errors).toBeUndefined();
      expect(first.data.companyProfile).toMatchObject({ id: 'default', version: 1, companyName: 'SAS' });

      const saved = await gql(stack, UPDATE_PROFILE, { input: PROFILE }, ops);
      expect(saved.errors).toBeUndefined();
      expect(saved.data.updateCompanyProfile).toMatchObject({ version: 2, ...PROFILE, targetCountries: [], excludedIndustries: [] });

      const again = await gql(stack, UPDATE_PROFILE, { input: { ...PROFILE, companyName: '  SAS Storage  ' } }, ops);
      expect(again.data.updateCompanyProfile).toMatchObject({ version: 3, companyName: 'SAS Storage' });

      const current = await gql(stack, `{ companyProfile { version companyName } }`, {}, ops);
      expect(current.data.companyProfile).toEqual({ version: 3, companyName: 'SAS Storage' });
      const history = await gql(stack, `{ companyProfileHistory { version companyName } }`, {}, manager);
      expect(history.data.companyProfileHistory.map((p: any) => p.version)).toEqual([3, 2, 1]);

      const audit = await auditRows('company_profile', 'default');
      expect(audit).toHaveLength(2);
      expect(audit[0]).toMatchObject({ action: 'UPDATE', actorId: opsId, actor: { email: 'ops@leadops.dev' }, entityId: 'default' });
      expect(audit[0].before).toMatchObject({ version: 2, companyName: 'SAS' });
      expect(audit[0].after).toMatchObject({ version: 3, companyName: 'SAS Storage' });
    });

    it.each([
      ['an empty company name', { companyName: '   ' }, 'companyName'],
      ['a description over 2000 characters', { shortDescription: 'x'.repeat(2001) }, 'shortDescription'],
      ['no main services', { mainServices: [] }, 'mainServices'],
      ['21 main services', { mainServices: Array.from({ length: 21 }, (_, i) => `Servicio ${i}`) }, 'mainServices'],
      ['an empty main service', { mainServices: ['Respaldo', '  '] }, 'mainServices'],
      ['an empty target audience', { targetAudience: '' }, 'targetAudience'],
      ['a competitor that is not a domain', { competitorDomains: ['not a domain'] }, 'competitorDomains[0]'],
    ])('refuses %s, naming the field, and saves no version', async (_case, change, field) => {
      const before = (await stack.database.db.query(`SELECT count(*)::int AS n FROM company_profiles`))[0].n;
      const answer = await gql(stack, UPDATE_PROFILE, { input: { ...PROFILE, ...change } }, ops);
      expect(answer.data?.updateCompanyProfile ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toContain(field.replace(/\[\d+\]$/, ''));
      expect(answer.errors?.[0]?.extensions?.field).toMatch(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}`));
      expect((await stack.database.db.query(`SELECT count(*)::int AS n FROM company_profiles`))[0].n).toBe(before);
    });

    it('lets only sales ops change it', async () => {
      for (const token of [manager, rep]) {
        const answer = await gql(stack, UPDATE_PROFILE, { input: PROFILE }, token);
        expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('routing rules', () => {
    it('refuses a rule naming an unknown rep, naming the field, and stores nothing', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      const answer = await gql(stack, CREATE_RULE, {
        input: { name: 'Enterprise SQL', strategy: 'ROUND_ROBIN', repIds: [repIds['rep1@leadops.dev'], unknown] },
      }, ops);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.extensions?.field).toBe('repIds[1]');
      expect(answer.errors?.[0]?.message).toBe(`repIds[1]: no active rep with id ${unknown}`);
      expect((await stack.database.db.query(`SELECT count(*)::int AS n FROM routing_rules`))[0].n).toBe(1);
    });

    it.each([
      ['an inactive rep', async () => ({ repIds: [await inactiveRep()] }), 'repIds[0]'],
      ['a manager as rep', async () => ({ repIds: [repIds['manager@leadops.dev']] }), 'repIds[0]'],
      ['an unknown team', async () => ({ teamId: '00000000-0000-4000-8000-000000000001' }), 'teamId'],
      ['SPECIFIC_REP without reps', async () => ({ strategy: 'SPECIFIC_REP', repIds: [] }), 'repIds'],
      ['an empty name', async () => ({ name: ' ' }), 'name'],
      ['an unknown lead source', async () => ({ conditions: { sources: ['carrier-pigeon'] } }), 'conditions.sources[0]'],
      ['the same rep twice', async () => ({ repIds: [repIds['rep1@leadops.dev'], repIds['rep1@leadops.dev']] }), 'repIds[1]'],
    ])('refuses %s', async (_case, change, field) => {
      const answer = await gql(stack, CREATE_RULE, { input: { name: 'Rule', strategy: 'ROUND_ROBIN', ...(await change()) } }, ops);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.extensions?.field).toBe(field);
    });

    let inactiveId: string | null = null;
    async function inactiveRep(): Promise<string> {
      if (inactiveId) return inactiveId;
      const [row] = await stack.database.db.query(
        `INSERT INTO users (email, display_name, password_hash, role, team_id, active) VALUES ('gone@leadops.dev', 'Gone', 'x', 'REP', $1, false) RETURNING id`,
        [teamId],
      );
      inactiveId = row.id as string;
      return inactiveId;
    }

    it('creates, updates, reorders and deletes rules, each change audited', async () => {
      const created = await gql(stack, CREATE_RULE, {
        input: {
          name: 'P1 to Rita', strategy: 'SPECIFIC_REP', repIds: [repIds['rep1@leadops.dev']], teamId,
          conditions: { priorities: ['P1'], countries: ['Mexico', 'USA'], sources: ['webhook'] },
        },
      }, ops);
      expect(created.errors).toBeUndefined();
      const rule = created.data.createRoutingRule;
      expect(rule).toMatchObject({ name: 'P1 to Rita', position: 2, enabled: true, strategy: 'SPECIFIC_REP', teamId });
      expect(rule.conditions).toEqual({ stages: [], priorities: ['P1'], industries: [], countries: ['Mexico', 'USA'], languages: [], sources: ['webhook'], dealSizes: [] });

      const updated = await gql(stack, `mutation($id: ID!, $input: RoutingRuleInput!) { updateRoutingRule(id: $id, input: $input) { ${RULE_FIELDS} } }`, {
        id: rule.id, input: { name: 'P1 to Rita and Ramón', strategy: 'ROUND_ROBIN', enabled: false, repIds: [repIds['rep1@leadops.dev'], repIds['rep2@leadops.dev']] },
      }, ops);
      expect(updated.errors).toBeUndefined();
      expect(updated.data.updateRoutingRule).toMatchObject({ name: 'P1 to Rita and Ramón', enabled: false, strategy: 'ROUND_ROBIN', teamId: null });

      const list = await gql(stack, `{ routingRules { id position } }`, {}, manager);
      const ids = list.data.routingRules.map((r: any) => r.id);
      expect(ids[1]).toBe(rule.id);
      const reordered = await gql(stack, `mutation($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { id position } }`, { ids: [...ids].reverse() }, ops);
      expect(reordered.data.reorderRoutingRules).toEqual([{ id: rule.id, position: 1 }, { id: ids[0], position: 2 }]);
      const partial = await gql(stack, `mutation($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { id } }`, { ids: [rule.id] }, ops);
      expect(partial.errors?.[0]?.extensions?.field).toBe('ids');

      const deleted = await gql(stack, `mutation($id: ID!) { deleteRoutingRule(id: $id) }`, { id: rule.id }, ops);
      expect(deleted.data.deleteRoutingRule).toBe(true);
      const again = await gql(stack, `mutation($id: ID!) { deleteRoutingRule(id: $id) }`, { id: rule.id }, ops);
      expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

      const audit = await auditRows('routing_rule', rule.id);
      expect(audit.map((a) => a.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
      expect(audit[1].before).toMatchObject({ name: 'P1 to Rita', strategy: 'SPECIFIC_REP' });
      expect(audit[1].after).toMatchObject({ name: 'P1 to Rita and Ramón', enabled: false });
      expect((await auditRows('routing_rules', 'order'))[0]).toMatchObject({ action: 'REORDER', before: ids, after: [...ids].reverse() });
    });

    it('lets managers read the rules but not change them; reps neither', async () => {
      expect((await gql(stack, `{ routingRules { id } }`, {}, manager)).errors).toBeUndefined();
      expect((await gql(stack, `{ routingRules { id } }`, {}, rep)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const answer = await gql(stack, CREATE_RULE, { input: { name: 'x', strategy: 'ROUND_ROBIN' } }, manager);
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('reps, teams and users', () => {
    const UPDATE_REP = `mutation($id: ID!, $input: RepInput!) { updateRep(id: $id, input: $input) {
      id active capacity routingWeight skills languages territories timeZone workingHours { weekday from to } outOfOffice { from to } } }`;

    it('updates a rep\'s routing settings and audits before / after', async () => {
      const id = repIds['rep2@leadops.dev'];
      const answer = await gql(stack, UPDATE_REP, {
        id,
        input: {
          capacity: 30, routingWeight: 3, skills: ['Respaldo', 'IoT'], languages: ['es', 'pt'], territories: ['Mexico'], timeZone: 'America/Monterrey',
          workingHours: [{ weekday: 1, from: '09:00', to: '18:00' }, { weekday: 5, from: '09:00', to: '14:00' }],
          outOfOffice: [{ from: '2031-12-24', to: '2032-01-02' }],
        },
      }, ops);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.updateRep).toMatchObject({
        capacity: 30, routingWeight: 3, skills: ['Respaldo', 'IoT'], timeZone: 'America/Monterrey', active: true,
        workingHours: [{ weekday: 1, from: '09:00', to: '18:00' }, { weekday: 5, from: '09:00', to: '14:00' }],
        outOfOffice: [{ from: '2031-12-24', to: '2032-01-02' }],
      });
      const [row] = await stack.database.db.query('SELECT working_hours, capacity FROM users WHERE id = $1', [id]);
      expect(row.working_hours).toEqual({ 1: ['09:00', '18:00'], 5: ['09:00', '14:00'] });

      const cleared = await gql(stack, UPDATE_REP, { id, input: { workingHours: null } }, ops);
      expect(cleared.data.updateRep).toMatchObject({ workingHours: null, capacity: 30 });

      const audit = await auditRows('rep', id);
      expect(audit).toHaveLength(2);
      expect(audit[1].before).toMatchObject({ capacity: 50 });
      expect(audit[1].after).toMatchObject({ capacity: 30 });
    });

    it.each([
      ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      ['a weekday 8', { workingHours: [{ weekday: 8, from: '09:00', to: '18:00' }] }, 'workingHours[0].weekday'],
      ['a time of 25:00', { workingHours: [{ weekday: 1, from: '09:00', to: '25:00' }] }, 'workingHours[0].to'],
      ['a day that ends before it starts', { workingHours: [{ weekday: 1, from: '18:00', to: '09:00' }] }, 'workingHours[0].to'],
      ['a negative capacity', { capacity: -1 }, 'capacity'],
      ['an impossible date', { outOfOffice: [{ from: '2031-02-30', to: '2031-03-01' }] }, 'outOfOffice[0].from'],
      ['a period that ends before it starts', { outOfOffice: [{ from: '2031-03-02', to: '2031-03-01' }] }, 'outOfOffice[0].to'],
    ])('refuses %s', async (_case, input, field) => {
      const answer = await gql(stack, UPDATE_REP, { id: repIds['rep1@leadops.dev'], input }, ops);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.extensions?.field).toBe(field);
    });

    it('creates teams and users (who can then log in); duplicates are conflicts', async () => {
      const team = await gql(stack, `mutation { createTeam(input: { name: "Ventas Brasil", timeZone: "America/Sao_Paulo" }) { id name timeZone } }`, {}, ops);
      expect(team.errors).toBeUndefined();
      expect(team.data.createTeam).toMatchObject({ name: 'Ventas Brasil', timeZone: 'America/Sao_Paulo' });
      const dup = await gql(stack, `mutation { createTeam(input: { name: "Ventas Brasil" }) { id } }`, {}, ops);
      expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });

      const CREATE_USER = `mutation($input: UserInput!) { createUser(input: $input) { id email displayName role teamId active } }`;
      const input = { email: 'Paula@LeadOps.dev', displayName: 'Paula Vendas', password: 'a-long-password', role: 'REP', teamId: team.data.createTeam.id };
      const user = await gql(stack, CREATE_USER, { input }, ops);
      expect(user.errors).toBeUndefined();
      expect(user.data.createUser).toMatchObject({ email: 'paula@leadops.dev', role: 'REP', active: true });
      expect(await login(stack, 'paula@leadops.dev', 'a-long-password')).toBeTruthy();
      const [{ password_hash }] = await stack.database.db.query(`SELECT password_hash FROM users WHERE email = 'paula@leadops.dev'`);
      expect(password_hash).toMatch(/^\$2[aby]\$10\$/);

      expect((await gql(stack, CREATE_USER, { input }, ops)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
      expect((await gql(stack, CREATE_USER, { input: { ...input, email: 'x@leadops.dev', password: 'short' } }, ops)).errors?.[0]?.extensions?.field).toBe('password');
      expect((await gql(stack, CREATE_USER, { input: { ...input, email: 'y@leadops.dev', teamId: null } }, ops)).errors?.[0]?.extensions?.field).toBe('teamId');
      expect((await auditRows('user', user.data.createUser.id))[0]).toMatchObject({ action: 'CREATE' });
      expect(JSON.stringify(await auditRows('user'))).not.toContain('password');
    });

    it('shows a manager their own team only', async () => {
      const all = await gql(stack, `{ users { email teamId } }`, {}, ops);
      const mine = await gql(stack, `{ users(role: REP) { email teamId } }`, {}, manager);
      expect(all.data.users.map((u: any) => u.email)).toContain('paula@leadops.dev');
      expect(mine.data.users.map((u: any) => u.email)).not.toContain('paula@leadops.dev');
      expect(mine.data.users.every((u: any) => u.teamId === teamId)).toBe(true);
      expect((await gql(stack, `{ reps { email } }`, {}, manager)).data.reps.map((r: any) => r.email)).not.toContain('paula@leadops.dev');
    });
  });

  describe('SLA and nurture settings', () => {
    const SLA = `{ slaSettings { minutesByPriority { P1 P2 P3 } businessHoursOnly businessCalendar { timeZone hours { weekday from to } holidays } escalationChain { action afterMinutes } } }`;
    const UPDATE_SLA = `mutation($input: SlaSettingsInput!) { updateSlaSettings(input: $input) { minutesByPriority { P1 P2 P3 } businessHoursOnly businessCalendar { timeZone holidays } escalationChain { action afterMinutes } } }`;

    it('reads the policy defaults and stores changes where the classifier and the workflow read them', async () => {
      const defaults = await gql(stack, SLA, {}, manager);
      expect(defaults.data.slaSettings).toMatchObject({
        minutesByPriority: { P1: 5, P2: 60, P3: 1440 }, businessHoursOnly: false,
        escalationChain: [{ action: 'REMIND_OWNER', afterMinutes: 0 }, { action: 'NOTIFY_MANAGER', afterMinutes: 15 }, { action: 'REASSIGN', afterMinutes: 15 }],
      });
      const answer = await gql(stack, UPDATE_SLA, {
        input: {
          minutesByPriority: { P1: 10, P2: 90, P3: 2880 }, businessHoursOnly: true,
          businessCalendar: { timeZone: 'America/Bogota', hours: [{ weekday: 1, from: '08:00', to: '17:00' }], holidays: ['2031-12-25'] },
          escalationChain: [{ action: 'NOTIFY_MANAGER', afterMinutes: 5 }],
        },
      }, ops);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.updateSlaSettings).toMatchObject({ minutesByPriority: { P1: 10, P2: 90, P3: 2880 }, businessHoursOnly: true });
      const settings = Object.fromEntries(
        (await stack.database.db.query(`SELECT key, value FROM settings`)).map((r: any) => [r.key, r.value]),
      );
      expect(settings.classificationPolicy).toEqual({ slaMinutes: { P1: 10, P2: 90, P3: 2880, P4: null } });
      expect(settings.slaPolicy).toEqual({ businessHoursOnly: true });
      expect(settings.businessCalendar).toEqual({ timeZone: 'America/Bogota', hours: { 1: ['08:00', '17:00'] }, holidays: ['2031-12-25'] });
      expect(settings.escalationChain).toEqual([{ action: 'NOTIFY_MANAGER', afterMinutes: 5 }]);
      expect((await auditRows('settings')).map((a) => a.entityId).sort()).toEqual(['businessCalendar', 'classificationPolicy', 'escalationChain', 'slaPolicy']);
    });

    it.each([
      ['P1 longer than P2', { minutesByPriority: { P1: 120, P2: 60, P3: 1440 } }, 'minutesByPriority'],
      ['zero minutes', { minutesByPriority: { P1: 0, P2: 60, P3: 1440 } }, 'minutesByPriority.P1'],
      ['a bad time zone', { businessCalendar: { timeZone: 'Nowhere/Land', hours: [{ weekday: 1, from: '09:00', to: '18:00' }] } }, 'businessCalendar.timeZone'],
      ['a calendar with no day', { businessCalendar: { timeZone: 'UTC', hours: [] } }, 'businessCalendar.hours'],
      ['a bad holiday', { businessCalendar: { timeZone: 'UTC', hours: [{ weekday: 1, from: '09:00', to: '18:00' }], holidays: ['25/12/2031'] } }, 'businessCalendar.holidays[0]'],
      ['a negative wait', { escalationChain: [{ action: 'REASSIGN', afterMinutes: -5 }] }, 'escalationChain[0].afterMinutes'],
    ])('refuses %s and changes nothing', async (_case, input, field) => {
      const before = await stack.database.db.query(`SELECT key, value FROM settings ORDER BY key`);
      const answer = await gql(stack, UPDATE_SLA, { input }, ops);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.extensions?.field).toBe(field);
      expect(await stack.database.db.query(`SELECT key, value FROM settings ORDER BY key`)).toEqual(before);
    });

    it('edits templates and the nurture sequence, which must name existing templates', async () => {
      const template = await gql(stack, `mutation($input: EmailTemplateInput!) { updateEmailTemplate(key: "nurture-webinar", input: $input) { key subject { es } } }`, {
        input: { subject: { es: 'Webinar para {{company}}', en: 'Webinar for {{company}}', pt: 'Webinar para {{company}}' }, body: { es: 'Hola {{firstName}}', en: 'Hi {{firstName}}', pt: 'Olá {{firstName}}' } },
      }, ops);
      expect(template.errors).toBeUndefined();
      const bad = await gql(stack, `mutation($input: EmailTemplateInput!) { updateEmailTemplate(key: "x", input: $input) { key } }`, {
        input: { subject: { es: 'a', en: 'b', pt: 'c' }, body: { es: 'Hola {{password}}', en: 'x', pt: 'y' } },
      }, ops);
      expect(bad.errors?.[0]?.extensions?.field).toBe('body.es');

      const UPDATE_SEQ = `mutation($input: NurtureSequenceInput!) { updateNurtureSequence(input: $input) { businessDaysOnly steps { templateKey waitDays } } }`;
      const seq = await gql(stack, UPDATE_SEQ, { input: { businessDaysOnly: false, steps: [{ templateKey: 'nurture-welcome', waitDays: 0 }, { templateKey: 'nurture-webinar', waitDays: 5 }] } }, ops);
      expect(seq.errors).toBeUndefined();
      const missing = await gql(stack, UPDATE_SEQ, { input: { businessDaysOnly: false, steps: [{ templateKey: 'nurture-nope', waitDays: 1 }] } }, ops);
      expect(missing.errors?.[0]?.extensions?.field).toBe('steps[0].templateKey');
      const read = await gql(stack, `{ nurtureSequence { steps { templateKey } } emailTemplates { key } }`, {}, manager);
      expect(read.data.nurtureSequence.steps.map((s: any) => s.templateKey)).toEqual(['nurture-welcome', 'nurture-webinar']);
      expect(read.data.emailTemplates.map((t: any) => t.key)).toContain('nurture-webinar');
    });
  });

  it('refuses an unknown audit entity and audit reads by anyone but sales ops', async () => {
    expect((await gql(stack, AUDIT, { entity: 'leads; DROP TABLE leads' }, ops)).errors?.[0]?.extensions?.field).toBe('entity');
    expect((await gql(stack, AUDIT, { entity: 'settings' }, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
