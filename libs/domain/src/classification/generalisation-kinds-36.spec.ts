// Round 36, from holdout57's first run (0.847 stage, lists and model unseen): a target audience written "10 or more
// employees" or "50+ employees" sets the minimum (it fell back to 50); another matter's urgency said in more words ("isso
// não é convosco", "not your thing", "eso no es cosa vuestra") and a need put off to "mais tarde" / "at some point";
// hiring people ("contratar operadores", "contratar más personal") is not hiring the seller; "lo que pagamos hoy" is
// today's price, not a deadline; "mandem números", "llamadme" ask; "how do you price" is a buyer's question too;
// medical specialties ("Cardiology practice", "Medicina general") are medical practices.
import { DEFAULT_POLICY } from '../policy/policy';
import { classifyWithRules } from './classify-with-rules';
import { sizeRangeOf } from './seller-profile';
import type { CompanyProfile, LeadInput } from './types';

it.each([
  ['en', 'Independent practices in Texas with 10 or more employees.', 10],
  ['es', 'Clínicas con 10 o más empleados en Texas y Florida.', 10],
  ['pt', 'Indústrias com 20 ou mais funcionários em Portugal.', 20],
  ['en', 'Plants and warehouses, typically companies with 80+ employees.', 80],
])('%s: "%s" sets the minimum company size to %i', (_lang, audience, min) => {
  expect(sizeRangeOf(audience, DEFAULT_POLICY).min).toBe(min);
});

const BILLING: CompanyProfile = {
  companyName: 'Clara Billing',
  shortDescription: 'Bilingual medical billing for independent practices in Texas.',
  mainServices: ['Full-service medical billing and claim submission', 'Denial management and A/R recovery', 'Provider credentialing'],
  targetAudience: 'Independent medical practices in Texas with 10 or more employees.',
  targetIndustries: ['Medical practices', 'Physical therapy clinics'],
  targetCountries: ['United States'],
  buyerAreas: ['billing', 'facturación'],
};
const practice = (description: string, lead: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Laura Peña', email: 'lpena@riograndefamily.com', jobPosition: 'Practice Manager', companyName: 'Rio Grande Family Medicine', industry: 'Family medicine',
  location: 'McAllen, TX', companySize: 25, description, ...lead,
});
const classify = (description: string, lead: Partial<LeadInput> = {}) => classifyWithRules(practice(description, lead), BILLING);

describe('urgency', () => {
  it.each([
    ['en', 'We urgently need to replace our AC unit before the summer (not your thing, I know!). Separately, I would like to learn about your credentialing at some point.', 'LOW'],
    ['es', 'Busco con urgencia un abogado para un recurso (eso no es cosa vuestra). Por otro lado, ¿me podéis mandar información sobre la facturación?', 'LOW'],
    ['pt', 'Tenho de fechar a auditoria até sexta, é urgentíssimo, mas isso não é convosco. Queria só saber, para mais à frente, se fazem faturamento.', 'LOW'],
    ['pt', 'Estamos com urgência a contratar operadores para o turno da noite. Aproveito para perguntar se fazem faturamento, mas isso seria para pensar mais tarde.', 'LOW'],
  ])('%s: urgency about another matter, the need put off: "%s" -> %s', (_lang, description, level) => {
    expect(classify(description).urgency.level).toBe(level);
  });

  it.each([
    ['es', 'Estamos evaluando si tercerizar la facturación o contratar más personal. Estamos comparando opciones.', 'MEDIUM'],
    ['es', 'Estamos evaluando proveedores de facturación y comparando precios con lo que pagamos hoy.', 'MEDIUM'],
    ['pt', 'Queremos terceirizar o faturamento. Mandem números, por favor.', 'HIGH'],
    ['es', 'Llamadme cuando podáis: queremos externalizar la facturación médica.', 'HIGH'],
  ])('%s: "%s" -> %s', (_lang, description, level) => {
    expect(classify(description).urgency.level).toBe(level);
  });
});

it('reads "how do you price" from a practice as a buyer asking, not a competitor', () => {
  const result = classify('Just gathering information about your billing services and how you price them. Nothing planned for now.');
  expect(result.intent?.kind).toBe('BUYER');
  expect(result.stage).toBe('NURTURE');
});

it.each([['Cardiology practice'], ['Medicina general'], ['Family medicine'], ['Urgent care center']])('"%s" is a medical practice', (industry) => {
  expect(classify('Necesitamos ayuda con la facturación y las negaciones de reclamos.', { industry }).fit.reasons[0]).toMatch(/^\+ target industry/);
});
