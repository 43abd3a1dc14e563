// Round 78, from holdout120's and holdout121's first runs (0.964 and 0.958 stage with round 77 unseen): "hoje" in what
// the seller covers nowadays ("quais estados vocês cobrem hoje?") is no deadline; "urgência noutro assunto … não é para
// já" is another matter's hurry, and ours waits; P&D, I+D, R&D and CQ are buyer areas (research and development,
// quality control); "estamos viendo con quién hacerlo", "still weighing options" are evaluating; "how firms like
// yours usually structure an engagement" asks about sellers, it is no vendor's pitch.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const STABILITY_LAB: CompanyProfile = {
  companyName: 'Laboratório Vida Útil',
  shortDescription: 'Estudos de estabilidade e prazo de validade para cosméticos, saneantes e medicamentos.',
  mainServices: [
    'Estudos de estabilidade acelerada e de longa duração em câmaras climáticas',
    'Fotoestabilidade e compatibilidade com a embalagem',
    'Definição do prazo de validade com relatório para a ANVISA',
  ],
  targetAudience: 'Indústrias de cosméticos, saneantes, suplementos e medicamentos no Brasil com 50 funcionários ou mais.',
  targetIndustries: ['Cosméticos', 'Saneantes', 'Farmacêutica', 'Suplementos'],
  targetCountries: ['Brazil', 'Paraguay', 'Mexico', 'United States'],
  buyerAreas: ['controle de qualidade', 'pesquisa e desenvolvimento', 'assuntos regulatórios'],
};

const lead = (description: string, extra: Record<string, unknown> = {}) => ({
  fullName: 'Paula Nogueira',
  email: 'paula@belezapura.com.br',
  jobPosition: 'Diretora Industrial',
  companyName: 'Beleza Pura Cosméticos',
  industry: 'Cosméticos',
  location: 'Campinas, Brasil',
  companySize: 120,
  description,
  ...extra,
});

it.each([
  ['pt', 'Quais câmaras climáticas e quais condições vocês cobrem hoje?'],
  ['es', '¿Qué condiciones de zona climática cubren hoy?', { location: 'Asunción, Paraguay', email: 'paula@dermapy.com.py' }],
])('%s: "hoje/hoy" in what the seller covers nowadays is no deadline', (_lang, description, extra = {}) => {
  const result = classifyWithRules(lead(description as string, extra as Record<string, unknown>), STABILITY_LAB);
  expect(result.urgency.level).not.toBe('CRITICAL');
  expect(result.stage).not.toBe('SQL');
});

it('pt: "urgência máxima noutro assunto … não é para já" is another matter; ours waits: LOW, NURTURE', () => {
  const result = classifyWithRules(
    lead('Estou com urgência máxima noutro assunto (a inspeção da fábrica é amanhã). Sobre os estudos de estabilidade não é para já, mandem só uma apresentação.'),
    STABILITY_LAB,
  );
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it.each([
  ['Gerente de P&D', 'pt'],
  ['Supervisora de CQ', 'pt'],
  ['R&D Manager', 'en'],
  ['Jefa de I+D', 'es'],
])('"%s" runs a buyer area: a decision maker, SQL on a call request', (jobPosition) => {
  const result = classifyWithRules(lead('Alguém do comercial pode me ligar? Preciso falar sobre o estudo de estabilidade de um xampu novo.', { jobPosition }), STABILITY_LAB);
  expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  expect(result.stage).toBe('SQL');
});

it.each([
  ['es', 'Tenemos que demostrar que nuestras cremas duran dos años en la góndola con este calor. Estamos viendo con quién hacerlo.', { location: 'Asunción, Paraguay', email: 'paula@dermapy.com.py' }],
  ['en', 'Our new serum separates after a few weeks on the shelf and we need to set a real shelf life. Still weighing a couple of options.', { location: 'Austin, TX, USA', email: 'paula@glowlabs.com' }],
])('%s: evaluating in other words is MEDIUM: MQL', (_lang, description, extra) => {
  const result = classifyWithRules(lead(description, extra), STABILITY_LAB);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('en: "how firms like yours usually structure an engagement" asks about sellers, it is no vendor pitch', () => {
  const result = classifyWithRules(
    lead("We're planning stability work for a new supplement line and evaluating whether to build it in-house or outsource it. I'd like to understand how firms like yours usually structure an engagement.", {
      jobPosition: 'Chief Operating Officer', location: 'Miami, FL, USA', email: 'ops@vitalnutra.com', industry: 'Suplementos',
    }),
    STABILITY_LAB,
  );
  expect(result.intent?.kind).toBe('BUYER');
  expect(result.stage).toBe('MQL');
});
