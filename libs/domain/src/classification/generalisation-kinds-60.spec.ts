// Round 60, from holdout89's and holdout90's first runs (0.881 and 0.917 stage, lists unseen): buyers read out as
// non-buyers — "estudio de mercado" asked of a market-research seller is its service, not a competitor's research; a
// "Director del Museo Universitario" is no student; "somos proveedores de una armadora" introduces a supplier that asks
// "si dan servicio de…" — and Portugal's Portuguese ("estamos a ver opções", "podem ligar-me?", "podem vir cá ver?"),
// "Pedido de informação" as a content-free text, "museos" as a trade, "looking into options" and "viendo a quién
// llamar" as evaluating, "me liga que eu explico" as a call asked, budgets "comidos" by overtime as no quote.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const EXPORT: CompanyProfile = {
  companyName: 'Exporta Uruguay',
  shortDescription: 'Consultoría de exportación: estudios de mercado, ferias internacionales, misiones comerciales y certificaciones.',
  mainServices: ['Estudios de mercado y estrategia de ingreso por país', 'Participación en ferias internacionales', 'Misiones comerciales y agenda de reuniones con compradores', 'Certificaciones de exportación e incentivos'],
  targetAudience: 'Empresas de alimentos, vino, lana, software y manufactura en Uruguay y Paraguay con 10 empleados o más.',
  targetIndustries: ['Food', 'Wine', 'Software', 'Manufacturing', 'Agribusiness'],
  targetCountries: ['Uruguay', 'Paraguay'],
};
const exporter = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Martín Sosa', email: 'msosa@softfactory.com.uy', jobPosition: 'CEO', companyName: 'SoftFactory', industry: 'Software', location: 'Montevideo, Uruguay', companySize: 85, description, ...fields }, EXPORT);

it.each([
  ['es', '¿Nos mandan una propuesta para un estudio de mercado por país y una misión comercial con potenciales clientes en México?'],
  ['es', 'Estamos evaluando abrir mercados en Medio Oriente este año y comparando consultoras. Nos interesa ver qué incluye su estudio de mercado.'],
])('%s: "estudio de mercado" asked of a market-research seller is its service, not a competitor\'s research', (_lang, description) => {
  const result = exporter(description);
  expect(result.intent.kind).toBe('BUYER');
  expect(result.stage).not.toBe('DISQUALIFIED');
});

it('es: to any other seller "estamos haciendo un estudio de mercado" is still a competitor\'s research', () => {
  const MUSEUM: CompanyProfile = { ...EXPORT, companyName: 'Museografía MX', mainServices: ['Vitrinas museográficas con control de humedad', 'Iluminación museográfica'], targetIndustries: ['Museums'], targetCountries: ['Mexico'] };
  const result = classifyWithRules({
    fullName: 'Ana Ruiz', email: 'aruiz@vitrinasnorte.mx', jobPosition: 'Analista', companyName: 'Vitrinas del Norte', industry: 'Mobiliario', location: 'Monterrey, México', companySize: 40,
    description: 'Estamos haciendo un estudio de mercado de empresas de vitrinas: ¿cuánto cobran por metro lineal?',
  }, MUSEUM);
  expect(result.stage).toBe('DISQUALIFIED');
});

const MUSEOGRAPHY: CompanyProfile = {
  companyName: 'Museografía MX',
  shortDescription: 'Diseño y montaje museográfico: vitrinas con control de clima, iluminación museográfica e interactivos.',
  mainServices: ['Diseño museográfico y fabricación de exposiciones', 'Vitrinas museográficas herméticas con control de humedad', 'Iluminación museográfica LED'],
  targetAudience: 'Museos, fundaciones culturales, universidades y centros de visitantes en México con 30 empleados o más.',
  targetIndustries: ['Museums', 'Cultural foundations', 'Universities'],
  targetCountries: ['Mexico'],
};
const museum = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Elena Vidal', email: 'evidal@museodelnorte.org.mx', jobPosition: 'Directora de Colecciones', companyName: 'Museo del Norte', industry: 'Museos', location: 'Monterrey, México', description, ...fields }, MUSEOGRAPHY);

it('es: a "Director del Museo Universitario" is a director, not a student', () => {
  const result = museum('No es urgente, pero nos gustaría una cotización de iluminación museográfica para una sala de 250 m2.', { jobPosition: 'Director del Museo Universitario', industry: 'Universidad', companySize: 1500 });
  expect(result.intent.kind).toBe('BUYER');
  expect(result.stage).toBe('SQL');
});

it('es: "Museos" is the museum trade a seller of "Museums" targets', () => {
  const result = museum('Estamos comparando opciones para sustituir las vitrinas de la sala de textiles. ¿Qué sistemas de control de humedad manejan?');
  expect(result.fit.reasons.join(' ')).toContain('target industry: "Museos"');
  expect(result.stage).toBe('MQL');
});

const CRANES: CompanyProfile = {
  companyName: 'Midwest Crane Inspections',
  shortDescription: 'OSHA overhead-crane inspections, load tests, hoist repair and operator training in Ohio, Indiana and Michigan.',
  mainServices: ['OSHA 1910.179 periodic and frequent crane inspections', 'Load testing and hoist repair', 'Crane operator training'],
  targetAudience: 'Manufacturers, steel service centres, warehouses and power plants with 50 employees or more.',
  targetIndustries: ['Manufacturing', 'Steel', 'Warehousing', 'Power generation'],
  targetCountries: ['United States'],
  buyerAreas: ['maintenance'],
};

it('es: "somos proveedores de una armadora… queremos saber si dan servicio de inspección" is a supplier asking, not a vendor', () => {
  const result = classifyWithRules({
    fullName: 'Jorge Treviño', email: 'jtrevino@acerosdelbajio.com.mx', jobPosition: 'Gerente de Mantenimiento', companyName: 'Aceros del Bajío', industry: 'Acero', location: 'Silao, México', companySize: 400,
    description: 'Somos proveedores de una armadora en Michigan y queremos saber si dan servicio de inspección de grúas viajeras en México. Por ahora es solo información.',
  }, CRANES);
  expect(result.intent.kind).toBe('BUYER');
  expect(result.stage).toBe('NURTURE');
});

it('en: "we\'re looking into options for crane operator training" evaluates (MEDIUM)', () => {
  const result = classifyWithRules({
    fullName: 'Amy Cole', email: 'acole@hoosiermetal.com', jobPosition: 'Quality Supervisor', companyName: 'Hoosier Metal', industry: 'Manufacturing', location: 'Fort Wayne, IN', companySize: 260,
    description: "We're looking into options for crane operator training after a couple of near misses. I'd like to bring a plan to management.",
  }, CRANES);
  expect(result.urgency.level).toBe('MEDIUM');
});

const EFFLUENT: CompanyProfile = {
  companyName: 'Efluentes Industriais PT',
  shortDescription: 'Projeto, operação e manutenção de ETAR industriais e gestão de lamas em Portugal.',
  mainServices: ['Projeto e remodelação de ETAR industriais', 'Operação e manutenção de ETAR', 'Gestão, transporte e destino final de lamas'],
  targetAudience: 'Indústrias de vinho, cortiça, laticínios, carnes, têxtil e papel em Portugal com 40 funcionários ou mais.',
  targetIndustries: ['Wineries', 'Dairy', 'Meat processing', 'Textiles', 'Paper'],
  targetCountries: ['Portugal'],
  buyerAreas: ['ambiente', 'manutenção'],
};
const mill = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Rui Sampaio', email: 'rsampaio@papeldotejo.pt', jobPosition: 'Diretor Industrial', companyName: 'Papel do Tejo', industry: 'Papel', location: 'Constância, Portugal', companySize: 250, description, ...fields }, EFFLUENT);

it('pt-PT: "Podem ligar-me?" asks for a call (HIGH)', () => {
  expect(mill('Podem ligar-me? Precisamos de resolver o destino das lamas da ETAR, o operador atual vai deixar de as receber.').urgency.level).toBe('HIGH');
});

it('pt-PT: "estamos a ver opções" evaluates (MEDIUM)', () => {
  expect(mill('Estamos a ver opções para o transporte e o destino final das lamas da ETAR, o operador atual é pouco fiável.').urgency.level).toBe('MEDIUM');
});

it('pt: "Pedido de informação" alone says nothing: REVIEW', () => {
  expect(mill('Pedido de informação').stage).toBe('REVIEW');
});

it('pt: "me liga que eu explico melhor" asks for a call (HIGH)', () => {
  expect(mill('A peça da prensa da ETAR vive quebrando e o fabricante nem existe mais. Me liga que eu explico melhor.').urgency.level).toBe('HIGH');
});
