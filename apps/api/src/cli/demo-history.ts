// The demo's past: about 3,000 leads over 60 days from the brief's seller, sent through the real rules classifier and
// the routing rules sales ops configured, then contacted (on time or not), escalated, nurtured and closed. So the
// dashboard, the SLA figures and the learned conversion score show real numbers on the first start. Deterministic
// (a seeded generator): the same inputs give the same history.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { routingFacts } from '@leadops/activities';
import {
  classifyWithRules, decideRouting, DEFAULT_POLICY, firstMatchingRule, seededRandom, stageNeedsOwner, type CompanyProfile, type LeadInput, type LeadSource, type RoutingCursor,
} from '@leadops/domain';
import { DEFAULT_PROFILE_ID, DEMO_HISTORY_KEY_PREFIX, DemoHistoryStore, ProfileStore, RoutingStore, type HistoricLead, type LeadEntity } from '@leadops/persistence';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Seeded: the same seed gives the same history. */
function generator(seed: number) {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>): T => {
    let r = next() * items.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  /** A log-normal duration around `median` (ms): response times have a long tail. */
  const around = (median: number, spread = 0.9) => median * Math.exp(spread * Math.sqrt(-2 * Math.log(next() || 1e-9)) * Math.cos(2 * Math.PI * next()));
  return { next, pick, weighted, around };
}

type Lang = 'es' | 'en' | 'pt';

const PEOPLE: Record<Lang, { first: string[]; last: string[] }> = {
  es: { first: ['María', 'José', 'Lucía', 'Carlos', 'Fernanda', 'Andrés', 'Valeria', 'Jorge', 'Daniela', 'Ricardo', 'Paola', 'Héctor'], last: ['García', 'Hernández', 'López', 'Martínez', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Vargas', 'Castillo'] },
  en: { first: ['Emily', 'Michael', 'Sarah', 'David', 'Jessica', 'Robert', 'Ashley', 'James'], last: ['Smith', 'Johnson', 'Brown', 'Miller', 'Davis', 'Wilson', 'Moore', 'Taylor'] },
  pt: { first: ['Ana', 'João', 'Mariana', 'Pedro', 'Camila', 'Rafael', 'Beatriz', 'Lucas'], last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Costa', 'Pereira', 'Almeida', 'Ferreira'] },
};

const PLACES: Record<Lang, string[]> = {
  es: ['Monterrey, México', 'Ciudad de México, México', 'Guadalajara, México', 'Querétaro, México', 'Puebla, México', 'Bogotá, Colombia', 'Santiago, Chile', 'Lima, Perú'],
  en: ['Austin, USA', 'Houston, USA', 'San Diego, USA', 'Miami, USA'],
  pt: ['São Paulo, Brasil', 'Curitiba, Brasil', 'Belo Horizonte, Brasil'],
};

const TITLES: Record<Lang, Array<readonly [string, number]>> = {
  es: [['Director de TI', 3], ['CTO', 2], ['Gerente de Infraestructura', 3], ['Jefe de Sistemas', 3], ['Director de Operaciones', 2], ['Analista de Sistemas', 3], ['Coordinadora de Compras', 1], ['Estudiante', 1], ['Director General', 1]],
  en: [['IT Director', 3], ['CTO', 2], ['Infrastructure Manager', 3], ['Systems Administrator', 3], ['VP Operations', 1], ['IT Analyst', 2], ['Student', 1]],
  pt: [['Diretor de TI', 3], ['CTO', 2], ['Gerente de Infraestrutura', 3], ['Analista de Sistemas', 3], ['Coordenadora de Compras', 1]],
};

const INDUSTRIES: Array<readonly [string, number]> = [['Manufacturing', 4], ['Finance', 3], ['Retail', 3], ['Digital services', 2], ['Healthcare', 2], ['Logistics', 2], ['Education', 1], ['Government', 1]];

const COMPANIES = ['Aceros del Norte', 'Grupo Alimentario Sol', 'Financiera Andina', 'Textiles Bajío', 'Logística Pacífico', 'Farmacias Unidas', 'Autopartes Regio', 'Banco Popular Rural', 'Constructora Altavista', 'Cadena Comercial Luna', 'Hospital San Rafael', 'Transportes Cóndor', 'Plásticos Industriales', 'Seguros Horizonte', 'Distribuidora Maya', 'Redes Digitales', 'Agroindustrias Valle', 'Cementos Sierra', 'Metalúrgica Paulista', 'Varejo Brasil', 'Northwind Supply', 'Lakeside Bank'];

/** What people write, by kind and language: needs with urgency, needs without a date, exploration, not buyers, too little. */
const TEXTS: Record<Lang, Record<'urgent' | 'need' | 'explore' | 'notBuyer' | 'thin', string[]>> = {
  es: {
    urgent: [
      'Se cayó el servidor de producción y perdimos datos: necesitamos una solución de respaldo urgente esta semana.',
      'Tuvimos un ataque de ransomware el lunes; necesitamos recuperar y respaldar nuestros datos cuanto antes.',
      'Nuestro almacenamiento está al 95 % y la operación se detiene si se llena; necesitamos ampliar capacidad este mes.',
      'La auditoría es en dos semanas y no tenemos política de respaldo: necesitamos implementarla ya.',
    ],
    need: [
      'Buscamos mejorar nuestro esquema de respaldo de datos para 3 plantas; queremos una propuesta.',
      'Queremos migrar el almacenamiento a una solución escalable; ¿pueden cotizar?',
      'Necesitamos consultoría para la arquitectura de TI de nuestra nueva sucursal.',
      'Nos interesa implementar almacenamiento híbrido y respaldos en la nube para 200 usuarios.',
    ],
    explore: [
      'Estamos empezando a evaluar opciones de respaldo para el próximo año, sin proyecto definido.',
      'Me interesa conocer cómo manejan el almacenamiento, solo por curiosidad.',
      'Planeamos revisar nuestra infraestructura el siguiente trimestre.',
    ],
    notBuyer: [
      'Adjunto mi CV, me interesa una vacante como técnico de soporte.',
      'Somos una agencia de marketing y queremos ofrecerles nuestros servicios de SEO.',
      'Se me borraron las fotos de mi celular, ¿me pueden ayudar a recuperarlas?',
      'Somos integradores y buscamos ser sus distribuidores en el Bajío.',
    ],
    thin: ['Hola', 'Información', 'N/A'],
  },
  en: {
    urgent: [
      'Our backup failed last night and we lost a day of orders; we need a reliable backup solution this week.',
      'Storage is almost full and production stops when it fills: we need more capacity urgently.',
    ],
    need: [
      'We want to improve data backup across our three warehouses; please send a proposal.',
      'Looking for consulting on our IT architecture for a new plant in Mexico.',
    ],
    explore: ['Just researching storage options for next year, no budget yet.', 'Curious how you approach data availability.'],
    notBuyer: ['Please find my resume attached for any open IT position.', 'We are an SEO agency and would love to work with you.'],
    thin: ['Hi', 'info'],
  },
  pt: {
    urgent: ['Nosso servidor caiu e perdemos dados; precisamos de uma solução de backup com urgência esta semana.'],
    need: ['Queremos melhorar o backup de dados das nossas filiais; podem enviar uma proposta?', 'Precisamos de consultoria para a arquitetura de TI da nova fábrica.'],
    explore: ['Estamos só pesquisando opções de armazenamento para o próximo ano.'],
    notBuyer: ['Segue meu currículo para vagas de suporte técnico.', 'Somos uma agência de marketing e queremos oferecer nossos serviços.'],
    thin: ['Olá', 'Informações'],
  },
};

const LOST_REASONS: Record<Lang, string[]> = {
  es: ['Sin presupuesto este año', 'Eligió a un competidor', 'Sin respuesta después de 3 intentos', 'Proyecto pospuesto'],
  en: ['No budget this year', 'Chose a competitor', 'No reply after 3 attempts', 'Project postponed'],
  pt: ['Sem orçamento este ano', 'Escolheu um concorrente', 'Sem resposta após 3 tentativas', 'Projeto adiado'],
};

/** Typical first response by priority (median, minutes): P1 within its hour, P4 after a day. */
const RESPONSE_MEDIAN_MINUTES: Record<string, number> = { P1: 25, P2: 90, P3: 360, P4: 1800 };
/** How likely a lead converts before speed and fit: sales-ready leads convert, nurture rarely does. */
const BASE_CONVERSION: Record<string, number> = { SQL: 0.34, MQL: 0.14, REVIEW: 0.06, NURTURE: 0.04, DISQUALIFIED: 0 };

export interface DemoHistoryOptions {
  leads?: number;
  days?: number;
  now?: Date;
  seed?: number;
}

/** Generates the history (not stored). Exported for the test, which checks it against the rules it went through. */
export async function generateDemoHistory(db: DataSource, opts: DemoHistoryOptions = {}): Promise<HistoricLead[]> {
  const { leads: count = 3000, days = 60, now = new Date(), seed = 20261204 } = opts;
  const rnd = generator(seed);
  const profile = (await new ProfileStore(db).current(DEFAULT_PROFILE_ID)) as CompanyProfile | null;
  if (!profile) throw new Error('the demo company profile is missing: seed the demo data first');
  const routing = new RoutingStore(db);
  const rules = await routing.rules();
  // Reps as they are now (approximation: their hours and absences then are not known), with no open leads.
  const reps = (await routing.candidates(db.manager)).map((r) => ({ ...r, openLeads: 0, outOfOffice: [] }));
  const repNames = new Map<string, string>((await db.query(`SELECT id, display_name FROM users WHERE role = 'REP'`)).map((u: { id: string; display_name: string }) => [u.id, u.display_name]));
  const cursors = new Map<string, RoutingCursor>();
  const start = now.getTime() - days * DAY;
  const history: HistoricLead[] = [];

  for (let n = 0; n < count; n++) {
    const lang = rnd.weighted<Lang>([['es', 70], ['en', 18], ['pt', 12]]);
    // Arrivals lean to working hours (14:00–01:00 UTC is 08:00–19:00 in Mexico City).
    const day = Math.floor(rnd.next() * (days - 1));
    const hourUtc = rnd.next() < 0.8 ? 14 + rnd.next() * 10 : rnd.next() * 24;
    const createdAt = new Date(start + day * DAY + hourUtc * HOUR);
    const first = rnd.pick(PEOPLE[lang].first);
    const last = rnd.pick(PEOPLE[lang].last);
    const company = rnd.pick(COMPANIES);
    // Company-looking domains (no e-mail is ever sent to a closed lead of the past).
    const domain = `${company.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '').slice(0, 18)}${{ es: '.com.mx', en: '.com', pt: '.com.br' }[lang]}`;
    const kind = rnd.weighted([['urgent', 18], ['need', 34], ['explore', 20], ['notBuyer', 16], ['thin', 12]] as const);
    const personal = kind === 'notBuyer' || rnd.next() < 0.12;
    const lead: LeadInput = {
      fullName: `${first} ${last}`,
      email: `${first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${n}@${personal ? 'gmail.com' : domain}`,
      jobPosition: rnd.weighted(TITLES[lang]),
      companyName: company,
      industry: rnd.weighted(INDUSTRIES),
      location: rnd.pick(PLACES[lang]),
      companySize: rnd.pick([15, 40, 120, 300, 800, 2500]),
      description: rnd.pick(TEXTS[lang][kind]),
      source: rnd.weighted<LeadSource>([['web_form', 45], ['webhook', 20], ['api', 15], ['import', 10], ['referral', 5], ['event', 5]]),
    };
    const classification = classifyWithRules(lead, profile, DEFAULT_POLICY);
    const id = randomUUID();
    const events: HistoricLead['events'] = [];
    const event = (at: Date, type: string, message: string, data: Record<string, unknown>, code: string, params: Record<string, unknown>, actorId: string | null = null) =>
      events.push({ at, type, message, actorId, data: { ...data, code, params } });
    event(createdAt, 'CREATED', `Lead received from ${lead.source}`, { source: lead.source }, 'EVENT_CREATED', { source: lead.source });
    const classifiedAt = new Date(createdAt.getTime() + 150);
    const { stage, priority } = classification;
    event(classifiedAt, 'CLASSIFIED', `Classified ${stage} / ${priority} by rules`, { stage, priority, classifier: 'rules', policyVersion: classification.policyVersion },
      'EVENT_CLASSIFIED', { stage, priority, classifier: 'rules' });

    let ownerId: string | null = null;
    let teamId: string | null = null;
    let assignedAt: Date | null = null;
    let slaDueAt: Date | null = null;
    let slaState: HistoricLead['slaState'] = 'NONE';
    let escalationLevel = 0;
    let firstContactedAt: Date | null = null;
    let responseMinutes: number | null = null;
    if (stageNeedsOwner(stage)) {
      const facts = routingFacts({ stage, priority, industry: lead.industry ?? null, location: lead.location ?? null, source: lead.source } as LeadEntity, classification);
      const rule = firstMatchingRule(rules, facts);
      const cursorKey = rule?.id ?? 'default';
      // A lead that arrives when nobody works waits in the queue until someone does: try again each hour, up to 3 days.
      for (let wait = 0; wait <= 72 && !ownerId; wait++) {
        const at = new Date(classifiedAt.getTime() + wait * HOUR);
        const decision = decideRouting(rule, reps, cursors.get(cursorKey) ?? { lastRepId: null, counter: 0 }, facts, at);
        if (decision.kind !== 'ASSIGN') continue;
        const cursor = cursors.get(cursorKey) ?? { lastRepId: null, counter: 0 };
        cursors.set(cursorKey, { lastRepId: decision.repId, counter: cursor.counter + 1 });
        ownerId = decision.repId;
        teamId = reps.find((r) => r.id === ownerId)?.teamId ?? null;
        assignedAt = at;
        slaDueAt = classification.slaMinutes ? new Date(at.getTime() + classification.slaMinutes * MINUTE) : null;
        const owner = repNames.get(ownerId) ?? 'rep';
        event(at, 'ASSIGNED', `Assigned to ${owner} (${decision.reason})`, { ownerId, rule: decision.ruleName, strategy: decision.strategy },
          slaDueAt ? 'EVENT_ASSIGNED_DUE' : 'EVENT_ASSIGNED', slaDueAt ? { owner, reason: decision.reason, due: slaDueAt.toISOString() } : { owner, reason: decision.reason });
      }
      if (ownerId && assignedAt) {
        responseMinutes = Math.max(2, rnd.around(RESPONSE_MEDIAN_MINUTES[priority] ?? 360));
        firstContactedAt = new Date(assignedAt.getTime() + responseMinutes * MINUTE);
        const owner = repNames.get(ownerId) ?? 'rep';
        if (slaDueAt) {
          slaState = firstContactedAt > slaDueAt ? 'BREACHED' : 'MET';
          if (slaState === 'BREACHED') {
            event(slaDueAt, 'SLA_BREACHED', `First-response SLA breached (due ${slaDueAt.toISOString()}, owner ${owner})`, { ownerId, slaDueAt },
              'EVENT_SLA_BREACHED', { due: slaDueAt.toISOString(), owner });
            const overdue = firstContactedAt.getTime() - slaDueAt.getTime();
            escalationLevel = 1;
            event(new Date(slaDueAt.getTime() + MINUTE), 'ESCALATION', `Escalation 1: owner ${owner} reminded`, { level: 1, action: 'REMIND_OWNER' },
              'EVENT_ESCALATION_REMINDED', { level: 1, owner });
            if (overdue > (classification.slaMinutes ?? 60) * MINUTE) {
              escalationLevel = 2;
              event(new Date(slaDueAt.getTime() + (classification.slaMinutes ?? 60) * MINUTE), 'ESCALATION', 'Escalation 2: manager notified', { level: 2, action: 'NOTIFY_MANAGER' },
                'EVENT_ESCALATION_MANAGER', { level: 2 });
            }
          }
        }
        event(firstContactedAt, 'CONTACTED', `First contact logged (${Math.round(responseMinutes)} min after arrival, SLA ${slaState})`, { slaState },
          'EVENT_CONTACTED', { minutes: Math.round(responseMinutes), slaState }, ownerId);
      }
    }

    let engaged = 0;
    if (stage === 'NURTURE') {
      for (const [step, afterDays] of [[1, 1], [2, 4], [3, 9]] as const) {
        const at = new Date(createdAt.getTime() + afterDays * DAY);
        if (at.getTime() > now.getTime() - HOUR) break;
        const template = `nurture-${step}-${lang}`;
        event(at, 'NURTURE_STEP', `Nurture step ${step} sent (${template})`, { step: step - 1, templateKey: template }, 'EVENT_NURTURE_STEP', { step, template });
        const kindOfEngagement = rnd.weighted([['OPENED', 40], ['CLICKED', 15], [null, 45]] as const);
        if (kindOfEngagement) {
          engaged += kindOfEngagement === 'CLICKED' ? 2 : 1;
          event(new Date(at.getTime() + rnd.around(6 * HOUR)), 'ENGAGEMENT', `Engagement: ${kindOfEngagement.toLowerCase()}`, { kind: kindOfEngagement }, 'EVENT_ENGAGEMENT', { kind: kindOfEngagement });
        }
      }
    }

    // The outcome follows what sales teams see: sales-ready leads convert, fit helps, a fast first response helps a lot.
    let outcome: HistoricLead['outcome'];
    let outcomeReason: string | null = null;
    if (stage === 'DISQUALIFIED') {
      outcome = 'DISQUALIFIED';
      const intent = classification.intent?.kind;
      outcomeReason = intent && intent !== 'BUYER' && intent !== 'UNCLEAR' ? `Not a buyer (${intent.toLowerCase().replace(/_/g, ' ')})` : "Outside the seller's profile";
    } else {
      const fit = (classification.fit.score - 50) / 50;
      const speed = responseMinutes === null ? 0 : responseMinutes <= 30 ? 0.6 : responseMinutes <= 240 ? 0.1 : -0.7;
      const logit = Math.log(Math.max(BASE_CONVERSION[stage] ?? 0.05, 0.01) / (1 - (BASE_CONVERSION[stage] ?? 0.05))) + 1.1 * fit + speed + 0.5 * engaged;
      outcome = rnd.next() < 1 / (1 + Math.exp(-logit)) ? 'CONVERTED' : 'LOST';
      if (outcome === 'LOST') outcomeReason = rnd.pick(LOST_REASONS[lang]);
    }
    const lastEvent = Math.max(...events.map((e) => e.at.getTime()));
    const closedAt = new Date(Math.min(Math.max(lastEvent + rnd.around(stage === 'DISQUALIFIED' ? 6 * HOUR : 9 * DAY), lastEvent + MINUTE), now.getTime() - MINUTE));
    event(closedAt, 'CLOSED', `Closed as ${outcome.toLowerCase()}${outcomeReason ? `: ${outcomeReason}` : ''}`, { outcome, reason: outcomeReason },
      outcomeReason ? 'EVENT_CLOSED_REASON' : 'EVENT_CLOSED', outcomeReason ? { outcome, reason: outcomeReason } : { outcome }, ownerId);

    history.push({
      id, key: `${DEMO_HISTORY_KEY_PREFIX}${seed}:${n}`, createdAt, source: lead.source!, fullName: lead.fullName, email: lead.email, phone: null,
      jobPosition: lead.jobPosition!, companyName: company, companyDomain: personal ? null : domain, industry: lead.industry!, location: lead.location!,
      description: lead.description!, companySize: lead.companySize ?? null, stage, priority, ownerId, teamId, assignedAt, slaDueAt, slaState, escalationLevel,
      firstContactedAt, outcome, outcomeReason, closedAt, classification, events: events.sort((a, b) => a.at.getTime() - b.at.getTime()),
    });
  }
  return history;
}

/** Seeds the history once: a database that has it (or any lead of it) is left as it is. */
export async function seedDemoHistory(db: DataSource, opts: DemoHistoryOptions = {}): Promise<number> {
  const store = new DemoHistoryStore(db);
  if (await store.hasHistory()) return 0;
  return store.insert(await generateDemoHistory(db, opts));
}
