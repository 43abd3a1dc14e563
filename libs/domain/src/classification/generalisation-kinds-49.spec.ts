// Round 49, from holdout69's and holdout70's first runs (0.946 and 0.952 stage, lists unseen): a buyer area named in
// the profile's language takes the same area in the lead's ("Gerente de Conteúdos Digitais" for "contenidos
// digitales", "Gerente de Operaciones de Tiendas" for "operações de loja"); "Directora de Estudiantes" runs students, she
// is no student; English possessives ("my husband's golf cart") are a private person's; a vendor's "les hacemos llegar
// una cotización especial… una demostración en sus instalaciones" or "your staffing needs" pitch; "eso lo maneja
// Calidad" hands the urgency to someone else; an internal meeting ("la próxima reunión de zona") is no call asked; a
// year-away roadmap ("next year's roadmap", "not before") is no plan now; "gathering options and rough pricing" compares.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const ACCESSIBILITY: CompanyProfile = {
  companyName: 'Subtítulos Claros',
  shortDescription: 'Subtitulado, audiodescripción e interpretación en lengua de signos para medios, universidades y empresas.',
  mainServices: ['Subtitulado para personas sordas de contenidos grabados', 'Audiodescripción de vídeos', 'Subtitulado en directo de clases y eventos'],
  targetAudience: 'Televisiones, universidades, administraciones y empresas en España y Portugal con 50 empleados o más.',
  targetIndustries: ['Media', 'Education', 'Telecommunications', 'Government'],
  targetCountries: ['Spain', 'Portugal'],
  buyerAreas: ['contenidos digitales', 'comunicación'],
};
const read = (description: string, fields: Partial<LeadInput>) =>
  classifyWithRules({ fullName: 'Inês Carvalho', email: 'ines.carvalho@telenorte.pt', companyName: 'TeleNorte', industry: 'Telecomunicações', location: 'Porto, Portugal', companySize: 2000, description, ...fields }, ACCESSIBILITY);

it('pt: a manager of the profile\'s buyer area named in Portuguese ("Conteúdos Digitais") decides', () => {
  const result = read('Pedimos orçamento para legendagem de 30 vídeos institucionais, em português e inglês.', { jobPosition: 'Gerente de Conteúdos Digitais' });
  expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  expect(result.stage).toBe('SQL');
});

it('es: "Directora de Estudiantes" runs the students; she is no student', () => {
  const result = read('Queremos subtitular las clases grabadas del próximo semestre. ¿Nos enviáis una propuesta?', {
    fullName: 'Marta Gil', email: 'mgil@universidadlevante.es', jobPosition: 'Directora de Estudiantes', companyName: 'Universidad de Levante', industry: 'Universidad', location: 'Valencia, España', companySize: 900,
  });
  expect(result.intent?.kind).toBe('BUYER');
  expect(result.stage).not.toBe('DISQUALIFIED');
});

it('es: a student title still reads as a student ("Estudiante de Periodismo")', () => {
  const result = read('Hago un trabajo sobre accesibilidad en televisión, ¿me podéis contar cómo trabajáis?', {
    fullName: 'Pablo Ruiz', email: 'pablo.ruiz@gmail.com', jobPosition: 'Estudiante de Periodismo', companyName: null, industry: null, location: 'Madrid, España', companySize: null,
  });
  expect(result.intent?.kind).toBe('STUDENT');
});

it('es: "les hacemos llegar una cotización especial… una demostración en sus instalaciones" is a vendor', () => {
  const result = read('Les hacemos llegar una cotización especial en micrófonos inalámbricos para sus platós. ¿Cuándo podemos agendar una demostración en sus instalaciones?', {
    fullName: 'Óscar Medina', email: 'omedina@audiopro.es', jobPosition: 'Ejecutivo de Ventas', companyName: 'AudioPro Distribución', industry: 'Distribución audiovisual', location: 'Madrid, España', companySize: 45,
  });
  expect(result.intent?.kind).toBe('VENDOR_PITCH');
  expect(result.stage).toBe('DISQUALIFIED');
});

it('es: an internal meeting ("para proponerlo en la próxima reunión de zona") is no call asked', () => {
  const result = read('Me gustaría saber si hacéis audiodescripción de vídeos cortos. Sin prisa, es para proponerlo en la próxima reunión de zona.', {
    fullName: 'Jorge Vidal', email: 'jvidal@teleandalucia.es', jobPosition: 'Jefe de Producción', companyName: 'TeleAndalucía', industry: 'Televisión', location: 'Sevilla, España', companySize: 300,
  });
  expect(result.urgency.level).toBe('LOW');
});

it('es: "eso lo maneja Calidad" hands the urgency to someone else; the quote asked after it stands (HIGH)', () => {
  const result = read('Estamos a full con la urgencia de una auditoría la semana que viene, y eso lo maneja Calidad. Aparte, pasadme por favor cotización del subtitulado de 20 vídeos.', { jobPosition: 'Gerente de Conteúdos Digitais' });
  expect(result.urgency.level).toBe('HIGH');
});

const BATTERIES: CompanyProfile = {
  companyName: 'Volt Fleet Power',
  shortDescription: 'Forklift battery maintenance, rental and lithium conversion for warehouses in the US Southeast.',
  mainServices: ['Lead-acid forklift battery maintenance and watering programs', 'Battery rental during repairs', 'Lithium-ion conversion and industrial chargers'],
  targetAudience: 'Distribution centers, 3PLs and manufacturers in Texas, Georgia and Tennessee with 75 employees or more.',
  targetIndustries: ['Logistics', 'Manufacturing', 'Food processing'],
  targetCountries: ['United States'],
  buyerAreas: ['maintenance', 'operations'],
};
const warehouse = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Troy Becker', email: 'tbecker@southernfreight.com', jobPosition: 'Maintenance Manager', companyName: 'Southern Freight 3PL', industry: 'Logistics', location: 'Memphis, TN', companySize: 400, description, ...fields }, BATTERIES);

it('en: "my husband\'s golf cart … in our garage" is a private person\'s matter', () => {
  const result = warehouse("The batteries in my husband's golf cart are swelling in our garage. Can you come take a look?", { jobPosition: null, companyName: null, industry: null, companySize: null, email: 'dfitch@aol.com' });
  expect(result.intent?.kind).toBe('PERSONAL');
  expect(result.stage).toBe('DISQUALIFIED');
});

it('en: "we place technicians… your staffing needs" is a vendor pitching the seller', () => {
  const result = warehouse('We place certified forklift technicians on temp-to-hire contracts across the Southeast. Could we set up a quick call to discuss your staffing needs?', { jobPosition: 'Account Manager', companyName: 'TechBridge Staffing', industry: 'Staffing' });
  expect(result.intent?.kind).toBe('VENDOR_PITCH');
});

it.each([
  ["Lithium conversion is on next year's roadmap. No action before then, but keep us on your list."],
  ["Our lease renews in about twelve months. That's when we'll look at lithium, not before."],
])('en: a plan a year away, nothing before it, is no plan now (LOW): "%s"', (description) => {
  expect(warehouse(description).urgency.level).toBe('LOW');
});

it('en: "gathering options and rough pricing" compares (MEDIUM), it asks no quote', () => {
  const result = warehouse('We plan to replace our chargers sometime this year. Gathering options and rough pricing for now.');
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});
