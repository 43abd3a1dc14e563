// The kinds holdout12 showed (issue 14), per category and language: buyer areas named by their trade ("Energy
// Manager", "Learning & Development"), needs in plain words (boxes, batteries when the power goes, English for the
// team), "tarifa" as an electricity rate rather than a price ask, clinics asking to join the seller's network, a
// maker recruiting distributors, and a broker pitching discounts "for companies your size".
import { contactFromJobTitle, normalizeBuyerAreas, withBuyerAreas } from '../enrichment/contact-profile';
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const SOLAR: CompanyProfile = {
  companyName: 'SolFrío',
  shortDescription: 'Energía solar con baterías para fábricas y cámaras de frío en México.',
  mainServices: ['Plantas solares en techo para industria', 'Sistemas de baterías (BESS) para respaldo y recorte de picos'],
  targetAudience: 'Fábricas y frigoríficos de 100 a 5,000 empleados.',
  targetIndustries: ['Manufacturing', 'Food processing', 'Cold storage'],
  targetCountries: ['Mexico'],
  buyerAreas: ['energía', 'mantenimiento'],
};
const lead = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Lucía Ortega',
  email: 'lortega@mariscosdelgolfo.com.mx',
  jobPosition: 'Directora General',
  companyName: 'Mariscos del Golfo',
  industry: 'Empacadora de mariscos',
  location: 'Veracruz, México',
  companySize: 190,
  description,
  ...extra,
});
const classify = (l: LeadInput) => classifyWithRules(l, SOLAR);

it.each([
  ['Energy Manager', ['energía']],
  ['Learning & Development Manager', ['formación y desarrollo']],
  ['Coordinador de Formación y Capacitación', ['formación y desarrollo']],
])('%s decides for a seller whose buyer areas are %j', (title, areas) => {
  expect(withBuyerAreas(contactFromJobTitle(title), title, normalizeBuyerAreas(areas)).roleType).toBe('BUSINESS_DECISION_MAKER');
});

it.each([
  ['es', 'Queremos que el techo nos ayude a pagar la luz y que cuando se vaya la corriente los congeladores no se apaguen. ¿Nos pasan precio?'],
  ['en', 'Our demand charges are brutal; I would like a proposal for a battery system for peak shaving in the coming weeks.'],
])('%s: solar and batteries in plain words are the seller\'s services, SQL', (_lang, description) => {
  const result = classify(lead(description));
  expect(result.matchedServices.length).toBeGreaterThan(0);
  expect(result.stage).toBe('SQL');
});

it('es: an electricity "tarifa" with nothing planned is no price ask: LOW', () => {
  expect(classify(lead('Hoy pagamos tarifa GDMTH y el recibo es alto, pero no tenemos nada planeado. Quizá lo revisemos el año que entra.')).urgency.level).toBe('LOW');
});

it.each([
  ['pt', 'Somos uma clínica de medicina do trabalho e gostaríamos de ser credenciados na rede de vocês. Como funciona o credenciamento?', 'PARTNER_OR_RESELLER'],
  ['pt', 'Fabricamos inversores híbridos e estamos buscando integradores no México para distribuir nossa marca. Podemos conversar?', 'PARTNER_OR_RESELLER'],
  ['es', 'Somos una consultora y queremos incluir sus servicios en nuestro portafolio para revenderlos a nuestros clientes.', 'PARTNER_OR_RESELLER'],
  ['pt', 'Consigo até 30% de desconto em planos de saúde para empresas do porte de vocês. Posso enviar uma cotação para os seus colaboradores?', 'VENDOR_PITCH'],
  ['en', "I'm a certified translator and I'd love to work with you as an external provider. Rates attached.", 'VENDOR_PITCH'],
  ['pt', 'vcs tao contratando eletricista? moro perto da fabrica, tenho experiencia', 'JOB_SEEKER'],
])('%s: DISQUALIFIED (%s)', (_lang, description, kind) => {
  const result = classify(lead(description, { jobPosition: 'Gerente Comercial', companySize: 15, industry: 'Serviços' }));
  expect([result.stage, result.intent.kind]).toEqual(['DISQUALIFIED', kind]);
});
