// The kinds holdout38 and holdout39 showed (issue 14), per category and language, in other words than the sets': a
// need that is "only a hypothesis", "not planning anything, for future reference", "the urgent thing for us this week is
// the audit", a demand-overrun penalty on an energy bill, and vendors and referral partners in other words.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const SECURITY: CompanyProfile = {
  companyName: 'Cofre Digital',
  shortDescription: 'Consultoria de segurança da informação no Brasil.',
  mainServices: ['Testes de intrusão (pentest) em aplicações e redes', 'Adequação à LGPD e ISO 27001'],
  targetAudience: 'Empresas com 100 funcionários ou mais.',
  targetIndustries: ['Finance', 'Health', 'Retail'],
  targetCountries: ['Brazil'],
};
const OFFICES: CompanyProfile = {
  companyName: 'Oficina Viva',
  shortDescription: 'Mobiliario de oficina y habilitación en Chile.',
  mainServices: ['Estaciones de trabajo y sillas ergonómicas', 'Cabinas acústicas para oficinas abiertas', 'Proyectos llave en mano de habilitación de oficinas'],
  targetAudience: 'Empresas con 50 empleados o más.',
  targetIndustries: ['Finance', 'Technology'],
  targetCountries: ['Chile'],
};
const lead = (description: string, at: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Marcelo Tavares',
  email: 'mtavares@segurosul.com.br',
  jobPosition: 'Diretor de TI',
  companyName: 'Seguro Sul',
  industry: 'Seguros',
  location: 'Porto Alegre, Brasil',
  companySize: 400,
  description,
  ...at,
});
const CHILE: Partial<LeadInput> = { location: 'Santiago, Chile', industry: 'Servicios financieros', email: 'gerencia@fondosandes.cl', companyName: 'Fondos Andes', jobPosition: 'Gerente General', companySize: 300 };

it.each([
  ['pt', 'Um cliente talvez exija um pentest anual. Se confirmar, vamos contratar, mas por enquanto é só hipótese.', SECURITY, {}, 'LOW'],
  ['en', 'Not planning anything right now; I signed up to read about pentests for future reference.', SECURITY, {}, 'LOW'],
  ['es', 'Lo urgente para nosotros esta semana es el cierre contable. Las cabinas acústicas las queremos revisar en el segundo semestre.', OFFICES, CHILE, 'MEDIUM'],
])('%s: %s reads as %s', (_lang, description, seller, at, level) => {
  expect(classifyWithRules(lead(description, at), seller).urgency.level).toBe(level);
});

it.each([
  ['en', 'Hi dear, looking for a website redesign? Very cheap prices, kindly reply for portfolio.', SECURITY, { email: 'webdeals@gmail.com', companyName: undefined, jobPosition: undefined, industry: undefined }, 'VENDOR_PITCH'],
  ['es', 'Asesoro en seguros de oficinas y tengo una propuesta que les mejora lo que pagan. ¿A quién le mando la cotización?', OFFICES, { ...CHILE, companyName: 'Seguros Pérez', jobPosition: 'Corredora' }, 'VENDOR_PITCH'],
  ['pt', 'Quero ser parceiro indicador de vocês; qual o percentual de comissão sobre cada contrato?', SECURITY, { email: 'consultor.ti@gmail.com', companyName: undefined }, 'PARTNER_OR_RESELLER'],
])('%s: not a buyer (%s)', (_lang, description, seller, at, kind) => {
  const result = classifyWithRules(lead(description, at), seller);
  expect(result.intent?.kind).toBe(kind);
  expect(result.stage).toBe('DISQUALIFIED');
});
