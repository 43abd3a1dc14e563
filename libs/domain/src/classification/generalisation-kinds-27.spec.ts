// Round 27: readings rather than phrases, from holdout44/45's misses (issue 14), tested in other words than the sets':
// an unknown fit signal is neutral; a writer who calls themselves a sole trader is a micro business; a place several
// countries share (a city, a state code) is settled by the phone or the domain, or counts as in the seller's market
// when one of its countries is; a negator reaches across "hay una necesidad" to the urgency word; a span of time ahead
// is read with its number; an ordinal quarter is a horizon; an approved budget said across a few words is one, and a
// quarter beside it does not cap it; an urgency word that names the seller's own service is no hurry.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const SIGNS: CompanyProfile = {
  companyName: 'Sinal Forte',
  shortDescription: 'Comunicação visual e sinalização para indústrias e varejo no Brasil.',
  mainServices: ['Sinalização de segurança e emergência: placas fotoluminescentes e rotas de fuga', 'Projeto de wayfinding e totens', 'Demarcação de pisos industriais'],
  targetAudience: 'Indústrias, hospitais e redes de varejo com 50 funcionários ou mais.',
  targetIndustries: ['Manufacturing', 'Retail', 'Healthcare'],
  targetCountries: ['Brazil', 'Chile'],
  buyerAreas: ['facilities', 'manutenção'],
};
const TAXES: CompanyProfile = {
  companyName: 'Contable Sur',
  shortDescription: 'Estudio contable para empresas medianas en Argentina.',
  mainServices: ['Liquidación de impuestos y sueldos', 'Auditoría de estados contables'],
  targetAudience: 'Empresas medianas con 50 empleados o más.',
  targetIndustries: ['Manufacturing', 'Retail'],
  targetCountries: ['Argentina'],
};
const lead = (description: string, at: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Marina Lopes',
  email: 'marina.lopes@metalurgicavale.com.br',
  jobPosition: 'Gerente de Facilities',
  companyName: 'Metalúrgica Vale',
  industry: 'Manufacturing',
  location: 'Joinville, Brasil',
  companySize: 420,
  description,
  ...at,
});

describe('fit: an unknown signal is neutral', () => {
  it.each([
    ['pt', 'Quanto custa um kit de placas fotoluminescentes de rota de fuga? Preciso orçar para o galpão.'],
    ['es', '¿Cuánto sale el proyecto de wayfinding con totens para un centro logístico? Necesito cotizar.'],
    ['en', 'How much is safety signage for a distribution centre like ours? I need a quote.'],
  ])('%s: no industry, no size, a need the seller meets, in its market: fit B', (_lang, description) => {
    const result = classifyWithRules(lead(description, { companyName: null, industry: null, companySize: null, jobPosition: null, email: 'compras@galpoesnorte.com.br' }), SIGNS);
    expect(result.fit.grade).toBe('B');
    expect(result.stage).toBe('MQL');
  });

  it('a writer with the same unknowns who calls themselves a sole trader is no good fit (es)', () => {
    const result = classifyWithRules(
      { fullName: 'Lucía Paz', email: 'lucia.paz@gmail.com', location: 'Rosario, Argentina', description: 'Hola, soy monotributista y quería saber cuánto me cobran por liquidar mis impuestos del año.' },
      TAXES,
    );
    expect(result.fit.reasons).toContain('- micro business or personal use: "soy monotributista"');
    expect(['A', 'B']).not.toContain(result.fit.grade);
  });

  it.each([
    ['en', "I'm a freelancer and need my tax returns done, how much is it?"],
    ['pt', 'Oi, sou MEI e preciso de alguém para liquidar meus impostos, quanto custa?'],
  ])('%s: naming oneself a sole trader is a micro business', (_lang, description) => {
    const result = classifyWithRules({ fullName: 'Ana', email: 'ana.pf@gmail.com', location: 'Córdoba, Argentina', description }, TAXES);
    expect(result.fit.reasons.some((r) => r.startsWith('- micro business'))).toBe(true);
  });
});

describe('a place several countries share', () => {
  const where = (location: string, at: Partial<LeadInput> = {}) => classifyWithRules(lead('Precisamos de placas de rota de fuga para a fábrica nova. Podem cotar?', { location, ...at }), SIGNS).fit.reasons[3];

  it.each([
    ['Canoinhas, SC'],
    ['Caruaru, PE'],
    ['Cuiabá, MT'],
  ])('%s is a Brazilian state, inside the market of a seller in Brazil', (location) => {
    expect(where(location)).toMatch(/^\+ location in a target country: .*\(BR\)$/);
  });

  it('a shared state code is settled by the phone: Charleston, SC with a US phone is outside', () => {
    expect(where('Charleston, SC', { phone: '+1 843 555 0100', email: 'ops@lowcountry.com' })).toMatch(/^- location outside the target countries: .*\(US\)$/);
  });

  it('"Santiago" alone is in the market of a seller in Chile (Santiago de Chile or de los Caballeros)', () => {
    expect(where('Santiago', { email: 'ops@gmail.com' })).toMatch(/^\+ location in a target country: "Santiago" \(CL\)$/);
  });
});

describe('urgency: negation, spans of time and quarters', () => {
  const level = (description: string) => classifyWithRules(lead(description), SIGNS).urgency.level;

  it.each([
    ['es', 'Estamos armando el padrón de proveedores de señalización. No existe una necesidad inmediata, solo queremos el catálogo.', 'LOW'],
    ['pt', 'Queremos conhecer o portfólio de demarcação de pisos. Não temos uma demanda imediata no momento.', 'LOW'],
    ['en', 'We are updating our approved supplier list for signage; there is no immediate requirement on our side.', 'LOW'],
  ])('%s: a negator reaches across "there is a need": %s', (_lang, description, expected) => {
    expect(level(description)).toBe(expected);
  });

  it.each([
    ['es', 'La planta abre en 4 días y todavía no tenemos las placas de evacuación.', 'CRITICAL'],
    ['pt', 'A inauguração da loja é daqui a umas três semanas; precisamos do wayfinding até lá.', 'HIGH'],
    ['en', 'We move into the new distribution centre in a couple of weeks and still need the floor marking done.', 'HIGH'],
    ['es', 'En unos cuatro meses arrancamos la ampliación del depósito y vamos a necesitar demarcación de pisos.', 'MEDIUM'],
    ['en', 'The hospital wing opens within 5 months; we will need wayfinding totems.', 'MEDIUM'],
    ['pt', 'Nos próximos 3 anos vamos reformar todas as lojas e queremos conhecer o trabalho de vocês.', 'LOW'],
  ])('%s: a span ahead read with its number: %s -> %s', (_lang, description, expected) => {
    expect(level(description)).toBe(expected);
  });

  it.each([
    ['es', 'Necesitamos señalización de rutas de fuga con atención en menos de 48 horas ante cualquier cambio de layout.'],
    ['pt', 'Procuramos fornecedor de placas que entregue em até 10 dias úteis; hoje o nosso demora um mês.'],
  ])('%s: a response time or a limit is no deadline', (_lang, description) => {
    expect(level(description)).not.toBe('CRITICAL');
  });

  it.each([
    ['es', 'Tenemos planeado el rediseño de la señalética de la planta para el tercer trimestre.'],
    ['pt', 'A reforma da sinalização está prevista para o terceiro trimestre.'],
    ['en', 'We are looking at refreshing our site signage sometime in Q4.'],
  ])('%s: an ordinal quarter is a horizon (MEDIUM)', (_lang, description) => {
    expect(level(description)).toBe('MEDIUM');
  });
});

describe('urgency: an approved budget said across a few words', () => {
  const level = (description: string) => classifyWithRules(lead(description), SIGNS).urgency.level;

  it.each([
    ['en', 'We need new evacuation signage for the plant. The budget for the project was approved by the board last week.'],
    ['es', 'Necesitamos renovar las placas de evacuación; la partida para este trabajo ya quedó aprobada.'],
    ['pt', 'Precisamos trocar as placas de rota de fuga. A verba para o projeto já foi liberada pela diretoria.'],
  ])('%s: an approved budget is near-term (HIGH)', (_lang, description) => {
    expect(level(description)).toBe('HIGH');
  });

  it('a quarter beside an approved budget dates the work, not the decision (en)', () => {
    expect(level('Funding for the signage refresh has been approved for a Q3 rollout; please send a proposal.')).toBe('HIGH');
  });

  it.each([
    ['en', 'We would like to redo the floor marking, but the budget has not been approved yet.'],
    ['pt', 'Queremos refazer a demarcação de pisos, mas a verba ainda não foi aprovada.'],
  ])('%s: a budget not approved is none', (_lang, description) => {
    expect(level(description)).not.toBe('HIGH');
  });
});

describe("urgency words that name the seller's own service", () => {
  it.each([
    ['pt', 'Precisamos orçar sinalização de emergência para os três andares do prédio administrativo.', 'HIGH'],
    ['es', 'Queremos cotizar la señalización de emergencia fotoluminiscente para la nueva nave.', 'HIGH'],
  ])('%s: "%s" asks for the service: %s, not CRITICAL', (_lang, description, expected) => {
    const profile: CompanyProfile = { ...SIGNS, mainServices: [...SIGNS.mainServices, 'Señalización de emergencia y evacuación para naves industriales'] };
    expect(classifyWithRules(lead(description), profile).urgency.level).toBe(expected);
  });

  it('an emergency told as one is still CRITICAL (pt)', () => {
    expect(classifyWithRules(lead('Emergência: a vistoria dos bombeiros reprovou a sinalização e temos até amanhã para corrigir.'), SIGNS).urgency.level).toBe('CRITICAL');
  });
});
