// Round 88, from holdout137's first run (0.935 stage): "hoje só queimamos coque" is nowadays (the English tail "so" is
// Portuguese "só" here); "estamos juntando alternativas", "looking at who could…" evaluate; "querríamos que un técnico
// viniera a ver…", "¿os podéis pasar a verlo?" ask for a visit; a quarter-or-year plan they also compare is MEDIUM though
// they only gather information yet; "información de empresas como la suya", "info on firms like yours" ask about sellers
// like this one, they pitch nothing.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const KILN_FUEL: CompanyProfile = {
  companyName: 'Ecoblend Capixaba',
  shortDescription: 'Combustível derivado de resíduos para fornos de cimento e cal.',
  mainServices: ['Fornecimento de CDR para coprocessamento', 'Engenharia de sistemas de alimentação de combustível alternativo', 'Laboratório de combustível lote a lote', 'Licenciamento do coprocessamento'],
  targetAudience: 'Fábricas de cimento e de cal no Brasil com 100 funcionários ou mais.',
  targetIndustries: ['Cimento', 'Cal', 'Mineração de calcário'],
  targetCountries: ['Brazil'],
  buyerAreas: ['fábrica', 'produção', 'compras'],
};

const FENDERS: CompanyProfile = {
  companyName: 'Defensas Marinas del Pacífico',
  shortDescription: 'Defensas marinas para puertos y terminales de cruceros.',
  mainServices: ['Suministro e instalación de defensas marinas', 'Inspección con buzos y pruebas de bolardos', 'Reparación de defensas entre escalas', 'Ingeniería de atraque'],
  targetAudience: 'Administraciones portuarias, terminales de cruceros y operadores de terminales en México con 40 empleados o más.',
  targetIndustries: ['Administración portuaria', 'Terminal portuaria', 'Cruise terminal'],
  targetCountries: ['Mexico'],
  buyerAreas: ['operaciones', 'infraestructura', 'mantenimiento'],
};

const MEMBRANES: CompanyProfile = {
  companyName: 'Filtramem Lácteos',
  shortDescription: 'Servicio a plantas de filtración por membranas de la industria láctea.',
  mainServices: ['Sustitución de membranas de ósmosis, nanofiltración, ultrafiltración y microfiltración', 'Optimización de la limpieza CIP de membranas', 'Auditoría de rendimiento de plantas de membranas', 'Ensayos piloto con planta móvil'],
  targetAudience: 'Industrias lácteas en España y Portugal con 30 empleados o más.',
  targetIndustries: ['Industria láctea', 'Cooperativa láctea', 'Lacticínios'],
  targetCountries: ['Spain', 'Portugal'],
  buyerAreas: ['producción', 'operaciones', 'calidad'],
};

const LEASE_AUDITS: CompanyProfile = {
  companyName: 'LeaseCheck Partners',
  shortDescription: 'Restaurant lease audits for franchise groups.',
  mainServices: ['CAM, real-estate tax and insurance reconciliation audits', 'Lease abstraction and critical dates', 'Percentage rent reviews', 'Renewals, disputes and estoppels'],
  targetAudience: 'Franchise restaurant groups in the US with 150 employees or more.',
  targetIndustries: ['QSR franchisee', 'Restaurant group', 'Fast casual'],
  targetCountries: ['United States'],
  buyerAreas: ['finance', 'real estate'],
};

it('pt: "hoje só queimamos coque" is nowadays, not a deadline: a call request is HIGH, P2', () => {
  const result = classifyWithRules(
    { fullName: 'Anselmo Daré', email: 'anselmo@caldare.com.br', jobPosition: 'Gerente de Fábrica', companyName: 'Mineração e Cal Daré', industry: 'Cal', location: 'Italva, Brasil', companySize: 110, description: 'Quero entender o custo de montar a alimentação de resíduo no nosso forno de cal, hoje só queimamos coque. Podem me ligar?' },
    KILN_FUEL,
  );
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

it('pt: "preciso disso hoje" is still a deadline: CRITICAL', () => {
  const result = classifyWithRules(
    { fullName: 'Anselmo Daré', email: 'anselmo@caldare.com.br', jobPosition: 'Gerente de Fábrica', companyName: 'Mineração e Cal Daré', industry: 'Cal', location: 'Italva, Brasil', companySize: 110, description: 'O alimentador de CDR travou e o forno está parado, preciso de um técnico hoje.' },
    KILN_FUEL,
  );
  expect(result.urgency.level).toBe('CRITICAL');
});

const port = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Daniel Sandoval', email: 'dsandoval@appnorte.com.mx', jobPosition: 'Gerente de Infraestructura Portuaria', companyName: 'Administración Portuaria del Norte', industry: 'Administración portuaria', location: 'Mazatlán, México', companySize: 310, description, ...extra,
});

it.each([
  ['es', 'Para el próximo trimestre tenemos programado el diagnóstico de las defensas del muelle de cruceros. Por ahora estamos juntando alternativas.'],
  ['en', "The rubber bumpers on the north berth are cracking and some face pads hang loose. Ships still come alongside fine, but we're looking at who could keep an eye on them."],
])('%s: "juntando alternativas", "looking at who could…" evaluate: MEDIUM, MQL', (_lang, description) => {
  const result = classifyWithRules(port(description), FENDERS);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

const dairy = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Francisco Roldán', email: 'fjroldan@lacteossierra.es', jobPosition: 'Jefe de Producción', companyName: 'Lácteos Sierra Norte', industry: 'Cooperativa láctea', location: 'Constantina, España', companySize: 60, description, ...extra,
});

it.each([
  ['es-ES', 'El aparato de concentrar el suero cada vez tira menos y hay que lavarlo el doble. ¿Os podéis pasar a verlo?'],
  ['es-ES', 'Hola, querríamos que un técnico viniera a ver nuestra planta de microfiltración, creemos que se le podría sacar más.'],
])('%s: asking for a technician to come and see is a visit request: HIGH, SQL/P2', (_lang, description) => {
  const result = classifyWithRules(dairy(description), MEMBRANES);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it.each([
  ['pt-PT', 'Estamos a planear, para o próximo trimestre, uma unidade de osmose inversa para o soro. Para já estamos só a recolher informação e a comparar soluções.'],
  ['es', 'Para el segundo semestre queremos renovar las membranas de la planta de suero. Por ahora solo estamos recopilando información y comparando proveedores.'],
])('%s: a quarter-or-year plan they compare is MEDIUM though they only gather information yet: MQL', (_lang, description) => {
  const result = classifyWithRules(dairy(description, { jobPosition: 'Directora de Operaciones' }), MEMBRANES);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('en: a horizon alone with "just gathering info" stays LOW: NURTURE', () => {
  const result = classifyWithRules(dairy('Not this year: new membranes will be a next-year budget item. Just getting your info for when we get there.', { jobPosition: 'Plant Director' }), MEMBRANES);
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it.each([
  ['es', port('A futuro vamos a considerar la ampliación del muelle. Por ahora solo queremos tener información de empresas como la suya.', { jobPosition: 'Director General' }), FENDERS],
  [
    'en',
    { fullName: 'Luis Ocampo', email: 'locampo@windycityburger.com', jobPosition: 'Director of Finance', companyName: 'Windy City Burger Group', industry: 'QSR franchisee', location: 'Naperville, IL, USA', companySize: 2100, description: 'Our Naperville store has a dispute with the landlord about snow removal charges. I was asked to gather info on firms like yours. Not sure about the timeline.' },
    LEASE_AUDITS,
  ],
] as const)('%s: asking for information on sellers like this one pitches nothing: a buyer, NURTURE', (_lang, lead, profile) => {
  const result = classifyWithRules(lead, profile);
  expect(result.intent?.kind).toBe('BUYER');
  expect(result.stage).toBe('NURTURE');
});

it('en: "we help firms like yours" still pitches: DISQUALIFIED', () => {
  const result = classifyWithRules(
    { fullName: 'Dana Pratt', email: 'dana@growthleads.io', jobPosition: 'Account Executive', companyName: 'GrowthLeads', industry: 'Marketing', location: 'Austin, TX', companySize: 30, description: 'We help firms like yours book 20 qualified meetings a month. Open to a quick call?' },
    LEASE_AUDITS,
  );
  expect(result.stage).toBe('DISQUALIFIED');
});
