// The kinds holdout29, 32 and 33 showed (issue 14), per category and language, in other words than the sets': vendors
// offering a demo of their platform, a free quote or special financing, students' case studies, writers busy with
// another deadline who want only material from us, "no rush" beside another matter's date, the seller's core object
// named alone ("caldeira" to a boiler company), a report's "breakdown", "the next school year", and "keep you in mind".
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const COLD: CompanyProfile = {
  companyName: 'Frío Litoral',
  shortDescription: 'Almacenes frigoríficos y distribución refrigerada en Argentina.',
  mainServices: ['Almacenamiento en cámaras frigoríficas y de congelado', 'Distribución refrigerada con monitoreo de temperatura', 'Preparación de pedidos en frío'],
  targetAudience: 'Empresas de alimentos y farmacéuticas con 50 empleados o más.',
  targetIndustries: ['Food and beverage', 'Pharmaceuticals', 'Retail'],
  targetCountries: ['Argentina'],
};
const BOILERS: CompanyProfile = {
  companyName: 'Vapor Norte',
  shortDescription: 'Mantenimiento de calderas industriales en México.',
  mainServices: ['Mantenimiento preventivo y correctivo de calderas', 'Reentubado de calderas', 'Tratamiento de agua para calderas'],
  targetAudience: 'Plantas industriales con 50 empleados o más.',
  targetIndustries: ['Manufacturing', 'Food and beverage', 'Hospitals'],
  targetCountries: ['Mexico'],
  buyerAreas: ['mantenimiento'],
};
const SCHOOLS: CompanyProfile = {
  companyName: 'Aula Andina',
  shortDescription: 'Plataforma y sistema de gestión escolar en Chile.',
  mainServices: ['Sistema de gestión escolar: matrícula, notas y libro de clases', 'Plataforma de aprendizaje'],
  targetAudience: 'Colegios y universidades con 40 funcionarios o más.',
  targetIndustries: ['Education'],
  targetCountries: ['Chile'],
};
const lead = (description: string, at: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Graciela Ferreyra',
  email: 'gferreyra@lacteosdelsur.com.ar',
  jobPosition: 'Gerente de Logística',
  companyName: 'Lácteos del Sur',
  industry: 'Alimentos',
  location: 'Rosario, Argentina',
  companySize: 600,
  description,
  ...at,
});
const MEXICO: Partial<LeadInput> = { location: 'Celaya, México', industry: 'Alimentos', email: 'mantenimiento@conservasbajio.mx', companyName: 'Conservas del Bajío', jobPosition: 'Gerente de Mantenimiento', companySize: 500 };
const CHILE: Partial<LeadInput> = { location: 'Concepción, Chile', industry: 'Educación', email: 'direccion@colegiosdelsur.cl', companyName: 'Red Colegios del Sur', jobPosition: 'Gerente General', companySize: 400 };

it.each([
  ['pt', 'Nossa plataforma de rastreamento de temperatura faria muito sentido para a operação de vocês. Topam uma demo de 30 minutos?', COLD, { location: 'Curitiba, Brasil', email: 'vendas@termotrack.com.br', companyName: 'TermoTrack' }, 'VENDOR_PITCH'],
  ['es', 'Fabricamos paneles para cámaras; si piensan ampliar, les preparamos un presupuesto sin cargo.', COLD, { email: 'ventas@panelesfrios.com.ar', companyName: 'Paneles Fríos' }, 'VENDOR_PITCH'],
  ['en', 'We are a CMMI level 5 company and can rebuild your app at a lower cost than your current vendor. Kindly share a suitable time for a call.', SCHOOLS, CHILE, 'VENDOR_PITCH'],
  ['en', 'For an MBA case study on cold chains I would love to interview someone about your pricing and clients.', COLD, { email: 'student@mba.edu.ar', companyName: undefined, jobPosition: 'MBA Candidate' }, 'STUDENT'],
])('%s: not a buyer (%s)', (_lang, description, seller, at, kind) => {
  const result = classifyWithRules(lead(description, at), seller);
  expect(result.intent?.kind).toBe(kind);
  expect(result.stage).toBe('DISQUALIFIED');
});

it.each([
  ['es', 'Ando a las carreras con el inventario que cierra el viernes; mándenme su presentación y la reviso cuando salga de esto.', COLD, {}],
  ['pt', 'Estou correndo com o fechamento que vence amanhã, então sem pressa do lado de vocês: num outro momento queria entender as câmaras frias.', COLD, {}],
  ['en', 'We have a regulator visit next week and everything here is urgent. Once that is behind us I would like to hear about your platform, no date in mind.', SCHOOLS, CHILE],
])('%s: busy with another deadline, wanting only material from us: LOW', (_lang, description, seller, at) => {
  const result = classifyWithRules(lead(description, at), seller);
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('es: "sin prisa" beside another matter\'s date, with nothing asked now, is LOW', () => {
  expect(classifyWithRules(lead('Tenemos auditoría esta semana; sin prisa, cuando puedan me mandan un folleto de almacenamiento.'), COLD).urgency.level).toBe('LOW');
});

it('pt: the word a seller\'s services are all about ("caldeira") identifies its service alone', () => {
  const result = classifyWithRules(lead('Nossa caldeira principal parou hoje cedo e a linha está parada. Preciso de um técnico com urgência.', MEXICO), BOILERS);
  expect(result.matchedServices.length).toBeGreaterThan(0);
  expect(result.stage).toBe('SQL');
  expect(result.priority).toBe('P1');
});

it.each([
  ['es', 'Queremos migrar notas y matrícula para el próximo año escolar. Necesito una propuesta antes de fin de mes.', SCHOOLS, CHILE, 'HIGH'],
  ['en', 'Last year our LMS went down during finals; it has been stable since. We will keep your platform in mind for a future comparison.', SCHOOLS, CHILE, 'LOW'],
  ['pt', 'Ainda estamos desenhando orçamento e escopo do programa deste ano; queremos entender os formatos de vocês.', COLD, {}, 'MEDIUM'],
])('%s: %s reads as %s', (_lang, description, seller, at, level) => {
  expect(classifyWithRules(lead(description, at), seller).urgency.level).toBe(level);
});
