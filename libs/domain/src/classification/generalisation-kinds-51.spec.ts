// Round 51, from holdout73's and holdout74's first runs (0.946 and 0.952 stage, lists unseen): "urgencias" as a
// department ("imágenes diagnósticas y urgencias") and "la obra no arranca antes de un año" are no urgency; a calm word
// beside another matter's emergency leaves what they still evaluate a plan (MEDIUM), not nothing; "we don't need anything
// ASAP" is no put-off; "comparing page rates" compares; a provisional repair settles a past incident; "el año entrante"
// is next year; being "tied up" with another matter puts ours off; buyer-area families for infection control (CCIH),
// hospital hospitality ("hotelaria") and office administration; a vendor's "can we send you pricing?".
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const UPS: CompanyProfile = {
  companyName: 'Energía Continua',
  shortDescription: 'Venta, instalación y mantenimiento de UPS y bancos de baterías para hospitales, bancos y plantas.',
  mainServices: ['Venta e instalación de UPS online de doble conversión', 'Reemplazo de bancos de baterías para UPS', 'Contratos de mantenimiento preventivo y atención de emergencias 24/7'],
  targetAudience: 'Hospitales, clínicas, bancos, industrias y sitios de telecomunicaciones en Colombia con 50 empleados o más.',
  targetIndustries: ['Healthcare', 'Finance', 'Manufacturing', 'Telecommunications'],
  targetCountries: ['Colombia'],
  buyerAreas: ['mantenimiento', 'infraestructura', 'ingeniería biomédica'],
};
const clinic = (description: string, fields: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Liliana Rojas', email: 'lrojas@clinicadelnorte.com.co', jobPosition: 'Gerente General', companyName: 'Clínica del Norte', industry: 'Salud',
  location: 'Barranquilla, Colombia', companySize: 230, description, ...fields,
});
const read = (description: string, fields: Partial<LeadInput> = {}) => classifyWithRules(clinic(description, fields), UPS);

it('es: "urgencias" naming the emergency department is no urgency (LOW for next year)', () => {
  const result = read('Para el segundo semestre del próximo año construimos la sede norte y ahí vamos a necesitar UPS para imágenes diagnósticas y urgencias. Por ahora solo queremos que nos tengan en cuenta.');
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('es: "la obra no arranca antes de un año" is a start date, not a machine that will not start', () => {
  const result = read('Para el año que viene proyectamos una torre médica con su cuarto de UPS. Queremos ir conociendo proveedores, pero la obra no arranca antes de un año.');
  expect(result.urgency.level).toBe('LOW');
});

it('es: beside another matter\'s emergency, "no corre prisa; queremos evaluar… el próximo trimestre" stays a plan (MEDIUM)', () => {
  const result = read('Disculpen la demora: estamos con una emergencia en la subestación y todo el equipo está ahí esta semana. Sobre las UPS no corre prisa; queremos evaluar el cambio de baterías para el próximo trimestre.', { jobPosition: 'Gerente de Mantenimiento' });
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es: "el año entrante" is next year: reference prices for it ask nothing now', () => {
  const result = read('Estamos mirando precios de referencia de UPS para renovar los equipos de las sedes el año entrante, sin afán.', { jobPosition: 'Gerente de Infraestructura' });
  expect(result.urgency.level).toBe('LOW');
});

const REPORTING: CompanyProfile = {
  companyName: 'Lone Star Depositions',
  shortDescription: 'Certified court reporting, realtime, legal video and interpreters for law firms in Texas.',
  mainServices: ['Certified shorthand reporters for depositions', 'Realtime transcription and expedited transcripts', 'Legal videography and remote depositions', 'Certified Spanish interpreters for witnesses'],
  targetAudience: 'Law firms, insurers and corporate legal departments in Texas with 50 employees or more.',
  targetIndustries: ['Legal services', 'Insurance'],
  targetCountries: ['United States'],
  buyerAreas: ['litigation support', 'office administration'],
};
const firm = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Rachel Kim', email: 'rkim@hollowayfirm.com', jobPosition: 'Managing Partner', companyName: 'Holloway & Reyes', industry: 'Law firm', location: 'Houston, TX', companySize: 130, description, ...fields }, REPORTING);

it('en: "we don\'t need anything ASAP" is no put-off; the quote asked stands (HIGH)', () => {
  const result = firm("No need to rush - we don't need anything ASAP. We'd like a quote for a two-day deposition in Corpus Christi in the coming weeks, with realtime and video.");
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('en: "comparing page rates" compares (MEDIUM), it asks no price', () => {
  const result = firm("We're evaluating a switch of court reporting vendors this quarter, comparing page rates and turnaround on expedited transcripts.", { jobPosition: 'Litigation Director' });
  expect(result.urgency.level).toBe('MEDIUM');
});

it('en: an urgent matter that "has everyone tied up", then a plan for ours, is MEDIUM', () => {
  const result = firm('Apologies for the short note - an urgent arbitration this week has everyone tied up. Separately, we are starting to evaluate court reporting providers for next quarter.', { jobPosition: 'Litigation Director' });
  expect(result.urgency.level).toBe('MEDIUM');
});

it.each([
  ['es', 'Gerente de Oficina', 'Necesitamos una cotización para una deposición el día 18 de este mes con intérprete certificado.'],
])('%s: a manager of the profile\'s buyer area in other words ("%s") decides', (_lang, jobPosition, description) => {
  const result = firm(description, { jobPosition });
  expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  expect(result.stage).toBe('SQL');
});

it('pt: "Coordenadora da CCIH" is the infection-control area, a buyer area named in full', () => {
  const HVAC: CompanyProfile = {
    companyName: 'Ar Limpo', shortDescription: 'Limpeza de dutos e qualidade do ar interior.', mainServices: ['Limpeza e higienização de dutos com robôs', 'Análise microbiológica do ar', 'Higienização de fan-coils'],
    targetAudience: 'Hospitais, shoppings e indústrias no Brasil com 100 funcionários ou mais.', targetIndustries: ['Healthcare', 'Retail'], targetCountries: ['Brazil'], buyerAreas: ['controle de infecção hospitalar', 'hotelaria hospitalar'],
  };
  const lead = { fullName: 'Sônia Prado', email: 'sonia.prado@hospitalvitoria.com.br', companyName: 'Hospital Vitória', industry: 'Hospital', location: 'Vitória, ES, Brasil', companySize: 900, description: 'Precisamos de orçamento para análise microbiológica do ar da UTI e higienização dos fan-coils.' };
  expect(classifyWithRules({ ...lead, jobPosition: 'Coordenadora da CCIH' }, HVAC).contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  expect(classifyWithRules({ ...lead, jobPosition: 'Gerente de Hotelaria' }, HVAC).contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
});

it('en: "we offer … can we send you pricing?" is a vendor', () => {
  const result = firm('We offer weekly document shredding for law offices across Houston. Can we send you pricing?', { jobPosition: 'Account Executive', companyName: 'ShredRight', industry: 'Document destruction', companySize: 60, email: 'sales@shredright.com' });
  expect(result.intent?.kind).toBe('VENDOR_PITCH');
  expect(result.stage).toBe('DISQUALIFIED');
});
