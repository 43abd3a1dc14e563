import { classifyWithRules } from '../classification';
import type { CompanyProfile, LeadInput } from '../classification/types';
import { applyPolicyOverride, DEFAULT_POLICY } from '../policy';
import type { RoutingRule } from '../routing';
import { simulatePolicyDraft, type HistoricalLead, type PolicyRevision, type SimulationRep } from './simulate-policy-draft';

// The brief's seller (../shared/profiles/sas.json).
const SAS: CompanyProfile = {
  id: 'sas',
  companyName: 'SAS',
  shortDescription:
    'Storage Availability Solutions (SASNW), una empresa mexicana especializada en soluciones innovadoras de TI enfocadas en almacenamiento y disponibilidad de datos. SASNW se dedica a idear y entregar servicios personalizados que evolucionan la forma en que las empresas atienden y conectan con sus clientes, utilizando tecnologías como el Internet de las Cosas (IoT) y soporte integral en TI.',
  mainServices: [
    'Respaldo de datos: Soluciones para proteger y respaldar información empresarial contra pérdidas o fallos.',
    'Almacenamiento: Asesoría en tipos de almacenamiento adaptados a necesidades específicas de volumen, accesibilidad y escalabilidad.',
    'Implementación de tecnologías: Despliegues acreditados en herramientas de fabricantes líderes, con soporte en la integración y optimización.',
    'Consultoría estratégica: Orientación en arquitecturas de TI ideales para organizaciones, actuando como aliado para mejorar la eficiencia operativa.',
  ],
  targetAudience:
    'Empresas medianas y grandes en sectores que dependen de TI robusta, como manufactura, finanzas, retail y servicios digitales, que buscan protección de datos, gestión de IoT y soporte experto con más de 17 años de experiencia.',
  targetIndustries: ['Manufacturing', 'Finance', 'Retail', 'Digital services'],
  targetCountries: ['Mexico', 'USA'],
};

// Leads of the shared dev set, with the urgency score the published policy reads in each (HIGH from 60, CRITICAL from 80).
const HISTORY: Array<[string, LeadInput, string]> = [
  ['d001', { fullName: 'JOSH BIDEN', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing', location: 'USA, Miami', description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos' }, 'SQL P1, urgency 85'],
  ['d003', { fullName: 'Juliana Restrepo', email: 'jrestrepo@constructoraandina.com.co', jobPosition: 'Gerente de TI', companyName: 'Constructora Andina', industry: 'Construcción', location: 'Medellín, Colombia', phone: '+57 604 444 2130', description: 'Estamos evaluando migrar los respaldos a la nube durante este año.', source: 'web_form', companySize: 150 }, 'NURTURE, fit C'],
  ['d005', { fullName: 'Mauricio Fuentes Olvera', email: 'mfuentes@fuentesyasociados.mx', jobPosition: 'Socio Director', companyName: 'Fuentes y Asociados Abogados', industry: 'Legal', location: 'Ciudad de México, México', description: 'Queremos una cotización para respaldar los expedientes digitales del despacho.', source: 'web_form', companySize: 9 }, 'NURTURE, fit C, urgency 65'],
  ['d008', { fullName: 'Luis Fernando Castañeda', email: 'lcastaneda@plasticosdelnorte.com.mx', jobPosition: 'Gerente de Compras', companyName: 'Plásticos del Norte', industry: 'Manufactura', location: 'Chihuahua, México', phone: '614 410 2277', description: 'Solicito cotización de 2 equipos NAS de 48 TB con instalación y configuración de respaldos. Favor de enviarla a este correo.', source: 'web_form', companySize: 350 }, 'SQL P2, urgency 65'],
  ['d009', { fullName: 'Marcus Bell', email: 'mbell@brightpathdigital.com', jobPosition: 'IT Director', companyName: 'BrightPath Digital', industry: 'Digital services', location: 'Atlanta, United States', phone: '404-555-0162', description: 'Budget is approved for a backup and storage consulting engagement. Please send a proposal and your available start dates.', source: 'api', companySize: 240 }, 'SQL P2, urgency 73'],
  ['d011', { fullName: 'Ethan Kim', email: 'ethan.kim@streamlyapp.com', jobPosition: 'Senior Data Engineer', companyName: 'Streamly', industry: 'Digital services', location: 'Seattle, USA', phone: '+1 206 555 0171', description: 'Can you send a quote for ~300 TB of object storage for our data lake, plus backup of the metadata DB?', source: 'api', companySize: 120 }, 'MQL, influencer, urgency 65'],
  ['d012', { fullName: 'Sebastián Rojas', email: 'sebas.rojas.mx@gmail.com', jobPosition: 'Fundador', companyName: 'Pagos Ágiles', industry: 'Fintech', location: 'Ciudad de México, Mexico', description: 'hola, nos interesa una cotizacion para respaldar nuestras bases de datos postgres y almacenamiento para logs. somos fintech regulada por la CNBV', source: 'chat', companySize: 60 }, 'SQL P2, urgency 65'],
  ['d033', { fullName: 'Lauren Mitchell', email: 'lmitchell@sunnysidemarkets.com', jobPosition: 'Head of IT', companyName: 'Sunnyside Markets', industry: 'Retail', location: 'Phoenix, USA', phone: '+1 (602) 555-0119', description: "We're looking for a quote to back up POS and inventory data for all 40 stores. We'd like to pick a vendor this month.", source: 'web_form' }, 'SQL P2, urgency 73'],
  ['d054', { fullName: 'Daniela Ortega', email: 'daniela@nubeclara.io', jobPosition: 'CEO & Co-founder', companyName: 'NubeClara', industry: 'Software / SaaS', location: 'Guadalajara, México', phone: '+52 33 1234 8890', description: 'Somos una plataforma SaaS de facturación electrónica. Queremos agendar una demo de su solución de respaldo y almacenamiento para nuestras bases de datos de clientes.', source: 'web_form', companySize: 80 }, 'SQL P2, urgency 69'],
  ['d057', { fullName: 'Héctor Villarreal Garza', email: 'hvillarreal@autopartesregias.com', jobPosition: 'Director de Tecnologías de la Información', companyName: 'Autopartes Regias', industry: 'Manufactura automotriz', location: 'Saltillo, México', phone: '+52 844 410 9921', description: 'Contamos con presupuesto aprobado para renovar el almacenamiento y los respaldos de nuestras 3 plantas. Les solicitamos una propuesta técnica y económica.', source: 'web_form' }, 'SQL P2, urgency 69'],
];

const START = Date.parse('2026-03-02T16:00:00Z'); // a Monday, 10:00 in Mexico City
const rep = (id: string, displayName: string, over: Partial<SimulationRep> = {}): SimulationRep => ({
  id, displayName, active: true, teamId: null, capacity: 50, openLeads: 0, weight: 1, skills: [], languages: [], territories: [],
  timeZone: 'America/Mexico_City', workingHours: null, outOfOffice: [], ...over,
});
const AE = '00000000-0000-4000-8000-00000000000a';
const SDR = '00000000-0000-4000-8000-00000000000b';
const REPS = [rep(AE, 'Ana (AE)'), rep(SDR, 'Bruno (SDR)')];
const RULES: RoutingRule[] = [
  { id: 'sql', name: 'SQL to the AE', position: 1, enabled: true, conditions: { stages: ['SQL'] }, strategy: 'SPECIFIC_REP', repIds: [AE], teamId: null },
  { id: 'rest', name: 'Everything else to the SDR', position: 2, enabled: true, conditions: {}, strategy: 'SPECIFIC_REP', repIds: [SDR], teamId: null },
];
const PUBLISHED: PolicyRevision = { policy: DEFAULT_POLICY, routingRules: RULES };

/** What happened = what the published policy decided (the rules classifier), one lead every 10 minutes. */
function history(): HistoricalLead[] {
  return HISTORY.map(([id, input], i) => {
    const c = classifyWithRules(input, SAS, DEFAULT_POLICY);
    const ownerId = c.stage === 'SQL' ? AE : ['MQL', 'REVIEW'].includes(c.stage) ? SDR : null;
    return {
      id, input, profileId: 'sas', createdAt: new Date(START + i * 600_000), closedAt: null,
      happened: { stage: c.stage, priority: c.priority, slaMinutes: c.slaMinutes, ownerId, classifier: 'rules' },
    };
  });
}
const simulate = (draft: PolicyRevision, reps = REPS, leads = history()) => simulatePolicyDraft({ leads, profiles: { sas: SAS }, reps, published: PUBLISHED, draft });

describe('simulatePolicyDraft on a crafted history', () => {
  it('a draft equal to the published version changes nothing, and the replay matches what happened', () => {
    const result = simulate({ policy: { ...DEFAULT_POLICY, version: 'draft' }, routingRules: RULES.map((r) => ({ ...r })) });
    expect(result.changed).toEqual({ stage: 0, priority: 0, owner: 0, any: 0 });
    expect(result.changes).toEqual([]);
    expect(result.replayFidelity).toEqual({ sameStage: HISTORY.length, sameOwner: HISTORY.length });
    expect(result.sql).toMatchObject({ happened: 7, before: 7, after: 7, added: 0, missed: 0 });
  });

  it('raising the HIGH urgency threshold from 60 to 70 moves exactly the SQLs read at 60-69 to MQL and to the SDR', () => {
    const draft = applyPolicyOverride({ urgency: { HIGH: 70 } }, 'draft');
    const result = simulate({ policy: draft, routingRules: RULES });

    // d008 and d012 (urgency 65), d054 and d057 (69); d009 and d033 (73) stay SQL; d011 and d005 (65) were not SQL and stay as they were.
    expect(result.changes.map((c) => c.leadId).sort()).toEqual(['d008', 'd012', 'd054', 'd057']);
    for (const change of result.changes) {
      expect(change).toMatchObject({
        before: { stage: 'SQL', priority: 'P2', slaMinutes: 60, ownerId: AE },
        after: { stage: 'MQL', priority: 'P3', slaMinutes: 1440, ownerId: SDR },
        stageChanged: true, priorityChanged: true, ownerChanged: true,
      });
      expect(change.reasons[0]).toMatch(/^Stage SQL → MQL: MQL \(rule 4\)/);
      expect(change.reasons[1]).toMatch(/^urgency score 6\d reads MEDIUM instead of HIGH: HIGH from 70 \(was 60\)$/);
      expect(change.reasons).toContain('Owner Ana (AE) → Bruno (SDR) (Everything else to the SDR: specific rep)');
    }
    expect(result.changed).toEqual({ stage: 4, priority: 4, owner: 4, any: 4 });
    expect(result.sql).toMatchObject({ before: 7, after: 3, missed: 4, added: 0 });
    expect(result.slaMinutesOwed.after - result.slaMinutesOwed.before).toBe(4 * (1440 - 60));
    expect(result.repLoad).toEqual([
      { repId: AE, displayName: 'Ana (AE)', happened: 7, before: 7, after: 3 },
      { repId: SDR, displayName: 'Bruno (SDR)', happened: 1, before: 1, after: 5 },
    ]);
  });

  it('a routing change moves owners only, and respects capacity and working hours as they were', () => {
    const sqlToEveryone: RoutingRule[] = [{ ...RULES[0]!, strategy: 'ROUND_ROBIN', repIds: [AE, SDR] }, RULES[1]!];
    const result = simulate({ policy: DEFAULT_POLICY, routingRules: sqlToEveryone });
    expect(result.changed.stage).toBe(0);
    // Round-robin over the seven SQLs: Ana, Bruno, Ana... Bruno gets three of them.
    expect(result.repLoad.map((r) => r.after)).toEqual([4, 4]);

    // Bruno can hold one more open lead, and Ana is off (working hours 09:00-10:00 Mexico City; the leads arrive from 10:00).
    const reps = [rep(AE, 'Ana (AE)', { workingHours: { '1': ['09:00', '10:00'] } }), rep(SDR, 'Bruno (SDR)', { capacity: 2, openLeads: 1 })];
    const constrained = simulate({ policy: DEFAULT_POLICY, routingRules: sqlToEveryone }, reps);
    expect(constrained.repLoad.map((r) => r.after)).toEqual([0, 1]);
    expect(constrained.queued.after).toBe(7);
    // Under the published rules Bruno took the MQL d011; under the draft his one free slot went to the first SQL.
    expect(constrained.changes.find((c) => c.leadId === 'd011')?.reasons).toEqual([
      'Owner Bruno (SDR) → the fallback queue (Everything else to the SDR: no rep available now (hours, out of office or capacity))',
    ]);
  });

  it('a closed lead frees its owner for the next one', () => {
    const leads = history().map((l, i) => (i === 0 ? { ...l, closedAt: new Date(START + 60_000) } : l));
    const reps = [rep(AE, 'Ana (AE)', { capacity: 1 }), rep(SDR, 'Bruno (SDR)')];
    const result = simulate({ policy: DEFAULT_POLICY, routingRules: RULES }, reps, leads);
    // d001 (SQL) closes a minute after it came: Ana takes the next SQL (d008) too, then is full.
    expect(result.repLoad[0]!.before).toBe(2);
  });
});
