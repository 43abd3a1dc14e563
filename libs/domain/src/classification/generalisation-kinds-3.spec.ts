// The kinds holdout5 and holdout6 showed (issue 14), per category and language: "today" as a deadline against
// "today" as "nowadays", a topic put off, buyer areas named in other words, a pitch offering "our catalogue", a peer
// who "also does" what the seller does, a would-be subcontractor, job asks in slang, and a horizon that begins like
// "later". The wording differs from eval/generalisation on purpose.
import { contactFromJobTitle, normalizeBuyerAreas, withBuyerAreas } from '../enrichment/contact-profile';
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const COLD_CHAIN: CompanyProfile = {
  companyName: 'FríoSur',
  shortDescription: 'Refrigeración industrial: cámaras frigoríficas, mantenimiento preventivo y guardia técnica 24 h para plantas y centros de distribución.',
  mainServices: ['Mantenimiento preventivo de cámaras frigoríficas y chillers', 'Guardia técnica 24 horas', 'Instalación de cámaras de frío'],
  targetAudience: 'Plantas de alimentos, centros de distribución y hospitales de 50 a 5,000 empleados.',
  targetIndustries: ['Food', 'Logistics', 'Healthcare', 'Manufacturing'],
  targetCountries: ['Mexico', 'Argentina', 'Brazil', 'Colombia'],
};

const buyer = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Tomás Ibarra',
  email: 'tomas.ibarra@lacteosdelvalle.com.ar',
  jobPosition: 'Director de Operaciones',
  companyName: 'Lácteos del Valle',
  industry: 'Alimentos',
  location: 'Rosario, Argentina',
  companySize: 420,
  description,
  ...extra,
});
const classify = (l: LeadInput) => classifyWithRules(l, COLD_CHAIN);

describe('"today" is a deadline where it closes the ask, not where it means "nowadays"', () => {
  it.each([
    ['es', 'Se nos descongeló la cámara dos y necesitamos un técnico hoy.'],
    ['en', 'Our blast freezer needs a technician today, please.'],
    ['pt', 'A câmara de congelados está sem frio, preciso de um técnico hoje mesmo.'],
  ])('%s: CRITICAL', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('CRITICAL');
  });

  it.each([
    ['es', 'Hoy cada planta contrata su propio técnico y nadie lleva registro. Queremos una propuesta de mantenimiento.'],
    ['en', 'Today each site hires its own technician and nobody keeps records. We would like a maintenance proposal.'],
    ['pt', 'Hoje cada unidade chama um técnico diferente e ninguém controla nada. Queremos uma proposta de manutenção.'],
  ])('%s: "nowadays" with a proposal request is HIGH, not CRITICAL', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('HIGH');
  });
});

describe('a topic put off is LOW, whatever else is pressing', () => {
  it.each([
    ['es', 'Estamos con la inspección de SENASA encima. Lo del mantenimiento de las cámaras puede esperar, lo vemos más adelante.'],
    ['en', 'A strike stopped the plant all week. Refrigeration maintenance can wait; reach out again in a few months.'],
    ['pt', 'Todas as compras estão congeladas até a fusão ser aprovada. Não tenho previsão.'],
  ])('%s: LOW and NURTURE', (_lang, description) => {
    const result = classify(buyer(description));
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('es: a horizon that starts like "later" ("más adelante en el año") is a plan, MEDIUM', () => {
    expect(classify(buyer('Sin apuro. Más adelante en el año queremos cambiar el servicio de mantenimiento de las cámaras.')).urgency.level).toBe('MEDIUM');
  });
});

describe('a company in the seller\'s own trade is a peer, not a buyer (policy.md section 6)', () => {
  it.each([
    ['es', 'Somos una empresa de refrigeración industrial en Mendoza. ¿Cómo trabajan ustedes la guardia de fin de semana?'],
    ['en', 'We are a commercial refrigeration contractor in Monterrey; we would like to know more about how you work.'],
    ['pt', 'Somos uma empresa de refrigeração em Campinas e queremos conhecer vocês.'],
  ])('%s: DISQUALIFIED as COMPETITOR, quoting how they name their trade', (_lang, description) => {
    const result = classify(buyer(description, { companySize: 30, jobPosition: 'Gerente' }));
    expect(result.stage).toBe('DISQUALIFIED');
    expect(result.intent.kind).toBe('COMPETITOR');
    expect(result.fit.reasonCodes.map((r) => r.code)).toContain('NOT_BUYER_SAME_TRADE');
  });

  it.each([
    ['es', 'Somos una empresa de alimentos con 3 cámaras frigoríficas y necesitamos mantenimiento.'],
    ['en', 'We are a food distributor with four cold rooms; please send a maintenance quote.'],
    ['en', 'We are a glass bottle plant with two cold stores and want a maintenance contract.'],
  ])('%s: a company of another trade, or one that asks to buy, stays a buyer', (_lang, description) => {
    expect(classify(buyer(description)).intent.kind).toBe('BUYER');
  });
});

describe('buyer areas named in other words (policy.md section 1)', () => {
  it.each([
    ['Gerente Financiero', ['finanzas']],
    ['Facility Manager', ['facilities']],
    ['Gerente de Planta', ['operaciones']],
    ['Gerente de Gestão de Pessoas', ['recursos humanos']],
  ])('%s is a decision maker for a seller whose buyer areas are %j', (title, areas) => {
    expect(withBuyerAreas(contactFromJobTitle(title), title, normalizeBuyerAreas(areas)).roleType).toBe('BUSINESS_DECISION_MAKER');
  });

  it('without a buyer area of that family, the same manager stays an influencer', () => {
    expect(withBuyerAreas(contactFromJobTitle('Gerente Financiero'), 'Gerente Financiero', normalizeBuyerAreas(['logística'])).roleType).toBe('INFLUENCER');
  });
});

describe('not a buyer, read from what they offer or who they are (policy.md section 6)', () => {
  it.each([
    ['es', 'Fabricamos paneles aislantes para cámaras. ¿Les puedo enviar nuestro catálogo con precios de distribuidor?', 'VENDOR_PITCH'],
    ['en', 'We make door curtains for cold rooms. May I send you our catalogue?', 'VENDOR_PITCH'],
    ['pt', 'Produzimos uniformes térmicos para câmaras frias. Posso mandar nosso catálogo?', 'VENDOR_PITCH'],
    ['es', 'Nosotros también hacemos mantenimiento de cámaras en Córdoba. ¿Cómo cotizan ustedes la guardia?', 'COMPETITOR'],
    ['en', 'We also do cold-room maintenance up north; how do you price your 24 h on-call service?', 'COMPETITOR'],
    ['pt', 'Também fazemos manutenção de câmaras frias em Curitiba. Como vocês cobram o plantão?', 'COMPETITOR'],
    ['es', 'Somos técnicos frigoristas con camioneta propia: podemos ser sus subcontratistas en la zona sur.', 'PARTNER_OR_RESELLER'],
    ['es', 'Hacemos termómetros con alarma por WhatsApp para cámaras. ¿Le interesaría conocer nuestra línea?', 'VENDOR_PITCH'],
    ['en', 'We build temperature loggers with cloud alerts. Fancy a quick call on Thursday?', 'VENDOR_PITCH'],
    ['pt', 'Fazemos sensores de porta para câmaras frias. Teria interesse em conhecer a nossa linha?', 'VENDOR_PITCH'],
    ['es', 'Hola, tengo diez años en cámaras y chillers. Estoy buscando laburo, ¿toman gente?', 'JOB_SEEKER'],
    ['en', 'Hi, we just moved into our apartment and the fridge leaks. Can someone come on Saturday?', 'PERSONAL'],
  ])('%s: DISQUALIFIED (%s)', (_lang, description, kind) => {
    const result = classify(buyer(description, { companySize: 30, jobPosition: 'Gerente' }));
    expect(result.intent.kind).toBe(kind);
    expect(result.stage).toBe('DISQUALIFIED');
  });

  it.each([
    ['es', '¿Me pueden enviar su catálogo de cámaras? Necesitamos cotizar dos para la planta este mes.'],
    ['es', 'Los contratos con nuestros subcontratistas de frío están desordenados; queremos una propuesta de mantenimiento.'],
    ['en', 'Can you send us your catalogue? We need two cold rooms quoted this month.'],
  ])('%s: a buyer asking for the seller\'s material or naming their own subcontractors stays a buyer', (_lang, description) => {
    const result = classify(buyer(description));
    expect(result.intent.kind).toBe('BUYER');
    expect(result.stage).not.toBe('DISQUALIFIED');
  });
});
