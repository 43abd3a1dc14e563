// The kinds holdout36 and holdout37 showed (issue 14), per category and language, in other words than the sets': an ask
// with no timeline ("a price for next year's budget") is LOW unless they are also evaluating; "production is on hold" is
// the incident, not a put-off; a staffing buyer asking for "trabalho temporário" is no job seeker; "empresas do ramo"
// and "apresentar nosso volume" are a buyer's words; a greeting that seems to match a service is no need; and vendors,
// dealers and private homes in other words.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const STAFFING: CompanyProfile = {
  companyName: 'Gente Já',
  shortDescription: 'Recrutamento e trabalho temporário no Brasil.',
  mainServices: ['Trabalho temporário para picos de demanda', 'Recrutamento em massa para lojas e centros de distribuição'],
  targetAudience: 'Varejo e logística com 100 funcionários ou mais.',
  targetIndustries: ['Retail', 'Logistics'],
  targetCountries: ['Brazil'],
  buyerAreas: ['recursos humanos'],
};
const PESTS: CompanyProfile = {
  companyName: 'Control Verde',
  shortDescription: 'Manejo integrado de plagas en Colombia y Ecuador.',
  mainServices: ['Fumigación de silos, bodegas y contenedores', 'Programas de manejo integrado de plagas con informes para auditorías'],
  targetAudience: 'Plantas de alimentos y bodegas con 50 empleados o más.',
  targetIndustries: ['Food and beverage', 'Logistics'],
  targetCountries: ['Colombia', 'Ecuador'],
};
const POWER: CompanyProfile = {
  companyName: 'Energía Austral',
  shortDescription: 'Arriendo y mantención de generadores en Chile.',
  mainServices: ['Arriendo de grupos electrógenos', 'Mantención de generadores y UPS con servicio 24/7'],
  targetAudience: 'Empresas con 80 empleados o más.',
  targetIndustries: ['Mining', 'Retail', 'Manufacturing'],
  targetCountries: ['Chile'],
};
const lead = (description: string, at: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Paula Restrepo',
  email: 'prestrepo@cacaoandino.com.co',
  jobPosition: 'Directora de Calidad',
  companyName: 'Cacao Andino',
  industry: 'Alimentos',
  location: 'Manizales, Colombia',
  companySize: 500,
  description,
  ...at,
});
const BRAZIL: Partial<LeadInput> = { location: 'Barueri, SP, Brasil', industry: 'Varejo', email: 'rh@lojasbarueri.com.br', companyName: 'Lojas Barueri', jobPosition: 'Diretora de RH', companySize: 900 };
const CHILE: Partial<LeadInput> = { location: 'Antofagasta, Chile', industry: 'Minería', email: 'compras@minanorte.cl', companyName: 'Mina Norte', jobPosition: 'Gerente de Compras', companySize: 800 };

it.each([
  ['es', 'Mi jefe me pidió precios de fumigación para el presupuesto del año próximo; solo información general.', PESTS, {}, 'LOW'],
  ['pt', 'Queria saber quanto custa um programa de temporários, mas é para o ano que vem, só para ter uma referência.', STAFFING, BRAZIL, 'LOW'],
  ['pt', 'Estamos comparando fornecedores de recrutamento em massa; ainda sem data, mas queremos entender o preço.', STAFFING, BRAZIL, 'MEDIUM'],
])('%s: an ask with no timeline reads as %s', (_lang, description, seller, at, level) => {
  expect(classifyWithRules(lead(description, at), seller).urgency.level).toBe(level);
});

it('en: "production is on hold" is the incident, not a put-off: CRITICAL', () => {
  const result = classifyWithRules(lead('We found weevils in two incoming lots and production is on hold. We need a fumigation crew tomorrow morning.'), PESTS);
  expect(result.urgency.level).toBe('CRITICAL');
  expect(result.stage).toBe('SQL');
});

it.each([
  ['pt', 'Queremos uma proposta de trabalho temporário para o Natal: uns 80 auxiliares de loja de novembro a janeiro.'],
  ['pt', 'Abrimos 50 vagas por mês e queremos terceirizar a triagem. Podemos agendar uma reunião para apresentar nosso volume?'],
  ['pt', 'Em algum momento vamos terceirizar o recrutamento; estou juntando contatos de empresas do ramo.'],
])('pt: a staffing buyer in the trade\'s own words is a buyer: %s', (description) => {
  expect(classifyWithRules(lead(description, BRAZIL), STAFFING).intent?.kind).toBe('BUYER');
});

it('pt: a greeting that seems to match a service ("bom dia" and "por días") is REVIEW', () => {
  expect(classifyWithRules(lead('Olá, bom dia 👋', CHILE), POWER).stage).toBe('REVIEW');
});

it.each([
  ['es', 'Nuestro ATS con IA filtra miles de CVs en minutos. ¿Les puedo mostrar una demo de 20 minutos la semana que viene?', STAFFING, BRAZIL, 'VENDOR_PITCH'],
  ['en', 'We distribute Tier-4 generators and are looking for an exclusive dealer in Chile. Open to a partnership call?', POWER, CHILE, 'PARTNER_OR_RESELLER'],
])('%s: not a buyer (%s)', (_lang, description, seller, at, kind) => {
  const result = classifyWithRules(lead(description, at), seller);
  expect(result.intent?.kind).toBe(kind);
  expect(result.stage).toBe('DISQUALIFIED');
});

it('en: a generator for the house of someone who works from home is a private matter', () => {
  const result = classifyWithRules(lead('I work from home and the power keeps dropping. I would like to rent a small generator for the house.', { jobPosition: undefined, companyName: undefined, industry: undefined, companySize: undefined, email: 'ana.home@gmail.com', location: 'Santiago, Chile' }), POWER);
  expect(result.intent?.kind).toBe('PERSONAL');
});
