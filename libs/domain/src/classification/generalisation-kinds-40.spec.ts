// Round 40, from holdout61's first run (0.936 stage; lists and model unseen): urgency the writer says is "another
// matter's" ("em outro assunto") is not ours; "we'd love to be your provider" pitches; "cómo lo manejan ustedes" and
// "mi patrón quiere saber" are a buyer's questions, not a competitor's or a private person's; "aislar" is "isolamento"
// across languages; a "Farm Manager" works in "farm operations"; "material técnico comparando
// X e Y" is material asked for, not an evaluation; "levar e trazer" the workers is employee transport.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const INSULATION: CompanyProfile = {
  companyName: 'Termoisola Industrial',
  shortDescription: 'Isolamento térmico industrial a quente e a frio para indústrias no Brasil.',
  mainServices: ['Isolamento a frio de linhas de amônia e câmaras frias com espuma elastomérica e PIR', 'Isolamento térmico de tubulações de vapor, caldeiras e tanques', 'Estudos de perda de calor com termografia'],
  targetAudience: 'Indústrias com 100 funcionários ou mais no Brasil e no Mercosul.',
  targetIndustries: ['Food and beverage', 'Manufacturing', 'Chemicals'],
  targetCountries: ['Brazil', 'Paraguay'],
  buyerAreas: ['manutenção', 'engenharia', 'utilidades'],
};
const plantLead = (description: string, lead: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Marcos Teixeira', email: 'mteixeira@frigovale.com.br', jobPosition: 'Gerente de Manutenção', companyName: 'Frigovale Alimentos', industry: 'Frigorífico',
  location: 'Chapecó, SC, Brasil', companySize: 900, description, ...lead,
});
const read = (description: string, lead: Partial<LeadInput> = {}) => classifyWithRules(plantLead(description, lead), INSULATION);

it('pt: urgency said to be another matter\'s ("em outro assunto") leaves the seller\'s topic as it is (LOW)', () => {
  const result = read('Estou com urgência em outro assunto (a licença de operação vence na sexta), mas queria deixar registrado o interesse em isolar as linhas de vapor mais para frente.');
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('pt: technical material that compares two products is material asked for, not an evaluation (LOW)', () => {
  expect(read('Gostaria de receber material técnico comparando espuma elastomérica e PIR para câmaras frias.').urgency.level).toBe('LOW');
});

it('es: "aislar las líneas de amoníaco" is the Portuguese service "isolamento … linhas de amônia"', () => {
  const result = read('Somos un frigorífico en Paraguay y buscamos empresa para aislar las líneas de amoníaco de la planta nueva. ¿Podrían cotizar?', { location: 'Asunción, Paraguay', jobPosition: 'Director de Planta' });
  expect(result.matchedServices[0]).toMatch(/^Isolamento a frio/);
  expect(result.stage).toBe('SQL');
});

it('es: "me gustaría conocer cómo lo manejan ustedes" is a buyer\'s question, not a competitor studying the seller', () => {
  const result = read('Hace dos años se nos dañó el aislamiento de un tanque; más adelante me gustaría conocer cómo lo manejan ustedes.', { jobPosition: 'Director de Planta' });
  expect(result.intent?.kind).toBe('BUYER');
});

it('en: "we\'d love to be your provider" is a vendor pitching the seller', () => {
  const result = read('We install scaffolding for insulation crews all over Brazil. We would love to be your scaffolding provider. Can we get on a call?', { companyName: 'Andaimes Sul', industry: 'Scaffolding' });
  expect(result.intent?.kind).toBe('VENDOR_PITCH');
  expect(result.stage).toBe('DISQUALIFIED');
});

const H2A: CompanyProfile = {
  companyName: 'Harvest Visa Partners',
  shortDescription: 'We run the H-2A seasonal worker program for US growers.',
  mainServices: ['H-2A filings and job orders', 'Recruitment of seasonal workers in Mexico', 'Worker transportation and housing compliance'],
  targetAudience: 'US growers and packers with 40 employees or more.',
  targetIndustries: ['Agriculture'],
  targetCountries: ['United States'],
  buyerAreas: ['human resources', 'farm operations'],
};

it('en: a "Farm Manager" works in the buyer area "farm operations": a business decision maker', () => {
  const lead: LeadInput = { fullName: 'Dale Whitaker', email: 'dale@vidaliasweet.com', jobPosition: 'Farm Manager', companyName: 'Vidalia Sweet Farms', industry: 'Agriculture', location: 'Lyons, GA, USA', companySize: 140, description: 'Looking for a proposal to run our H-2A program for the spring season.' };
  const result = classifyWithRules(lead, H2A);
  expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  expect(result.stage).toBe('SQL');
});

it('es: "mi patrón quiere saber cuánto cobran" asks for an employer, not about a private matter', () => {
  const lead: LeadInput = { fullName: 'Lupita Ramírez', email: 'lupitar88@gmail.com', jobPosition: 'Asistente', companyName: 'Rancho Los Pinos', industry: 'Agriculture', location: 'Salinas, CA, USA', companySize: 60, description: 'Hola, mi patrón quiere saber cuánto cobran por tramitar las visas H2A para 25 trabajadores.' };
  const result = classifyWithRules(lead, H2A);
  expect(result.intent?.kind).toBe('BUYER');
  expect(result.stage).toBe('MQL');
});

it('pt: "levar e trazer" the workers is employee transport', () => {
  const buses: CompanyProfile = { ...INSULATION, companyName: 'Rotas do Vale', shortDescription: 'Fretamento para indústrias.', mainServices: ['Transporte de colaboradores em ônibus e micro-ônibus', 'Fretamento para eventos'] };
  const result = classifyWithRules(plantLead('Precisamos de um orçamento para levar e trazer os 40 operários do turno da noite.'), buses);
  expect(result.matchedServices[0]).toMatch(/^Transporte de colaboradores/);
});
