// Round 90, from the first runs of holdout140 (0.893 stage) and holdout141 (0.952): a decline is no outage ("o
// desempenho caiu", "a nota caiu"), the police stopping a customer is no stoppage, "ligação à rede de drenagem" is a
// connection, not a call; "estou correndo com o balanço… só consigo retornar semana que vem" puts our topic off; "what a
// firm like yours does" asks about sellers; "somos 6 amigos", "tengo como 6 en casa" are private persons; "le escribo
// para ofrecerle nuestra centralita" pitches; buyer areas across languages: "Farm Manager" runs the "fincas", "Course
// Manager" the golf course of a greenkeeping buyer, "Coordinadora de Instalaciones" the "facilities", "Business Manager"
// the "business office".
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const BARN_CLIMATE: CompanyProfile = {
  companyName: 'Ventar',
  shortDescription: 'Ambiência de aviários e granjas de suínos: manutenção, calibração e auditoria.',
  mainServices: ['Manutenção de ventilação e resfriamento de aviários e granjas', 'Calibração de controladores e sensores', 'Auditoria de ambiência', 'Atendimento emergencial 24 horas'],
  targetAudience: 'Integradoras e cooperativas de aves e suínos no Brasil com 100 funcionários ou mais.',
  targetIndustries: ['Suinocultura', 'Avicultura', 'Cooperativa agroindustrial'],
  targetCountries: ['Brazil'],
  buyerAreas: ['produção', 'fomento', 'manutenção'],
};

const CABLEWAYS: CompanyProfile = {
  companyName: 'Cablevías del Austro',
  shortDescription: 'Cablevías para banano y flores de exportación.',
  mainServices: ['Instalación de cablevías para racimos de banano', 'Cablevías para bonches de flores', 'Mantenimiento y reparación de cablevías', 'Rodachinas y ganchos'],
  targetAudience: 'Exportadoras de banano y fincas florícolas en Ecuador y Perú con 50 empleados o más.',
  targetIndustries: ['Banana', 'Banano', 'Floricultura'],
  targetCountries: ['Ecuador', 'Peru'],
  buyerAreas: ['producción', 'campo', 'fincas', 'poscosecha'],
};

const GOLF_BUNKERS: CompanyProfile = {
  companyName: 'Arenária',
  shortDescription: 'Renovação e drenagem de bunkers de golfe.',
  mainServices: ['Renovação de bunkers com revestimento drenante', 'Manutenção programada de bunkers', 'Fornecimento e ensaio de areia', 'Drenagem de bunkers'],
  targetAudience: 'Campos de golfe e country clubs em Portugal e Espanha com 30 colaboradores ou mais.',
  targetIndustries: ['Golf courses', 'Campos de golfe', 'Country clubs'],
  targetCountries: ['Portugal', 'Spain'],
  buyerAreas: ['greenkeeping', 'obras', 'operações'],
};

const E_RATE: CompanyProfile = {
  companyName: 'Mission Trail E-Rate Advisors',
  shortDescription: 'E-rate funding for school districts and charter networks.',
  mainServices: ['E-rate applications', 'Reviewer questions and appeals', 'Reimbursement claims', 'Audit support'],
  targetAudience: 'US school districts and charter-school networks with 150 employees or more.',
  targetIndustries: ['School District', 'Public Schools', 'Charter Schools'],
  targetCountries: ['United States'],
  buyerAreas: ['technology', 'finance', 'business office'],
};

const PLAYGROUNDS: CompanyProfile = {
  companyName: 'SafePlay Canada',
  shortDescription: 'Playground inspections, repairs and surfacing.',
  mainServices: ['CSA playground inspections', 'Playground repair', 'Protective surfacing top-up', 'Playground asset records'],
  targetAudience: 'Municipalities and housing providers in Canada with 50 employees or more.',
  targetIndustries: ['Local government', 'Social housing', 'Vivienda social'],
  targetCountries: ['Canada'],
  buyerAreas: ['parks', 'recreation', 'facilities'],
};

const integrator = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Giovani Lunardi', email: 'giovani@valedoiguacusuinos.com.br', jobPosition: 'Gerente de Produção de Suínos', companyName: 'Granja Vale do Iguaçu', industry: 'Suinocultura', location: 'Dois Vizinhos, PR, Brasil', companySize: 420, description, ...extra,
});

it.each([
  ['pt', 'Estamos comparando duas empresas para uma auditoria de ambiência nas creches; o desempenho caiu e o veterinário desconfia de corrente de ar.'],
  ['es', 'Estamos comparando dos empresas para una auditoría de ambiente; el rendimiento cayó y el veterinario sospecha de corrientes de aire.'],
])('%s: a decline is no outage: comparing is MEDIUM, MQL', (_lang, description) => {
  const result = classifyWithRules(integrator(description), BARN_CLIMATE);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('pt: "o sistema de ventilação caiu" is still an outage: CRITICAL', () => {
  expect(classifyWithRules(integrator('O controlador da ventilação caiu esta noite e o galpão está sem exaustão.'), BARN_CLIMATE).urgency.level).toBe('CRITICAL');
});

it('pt: "estou correndo com o balanço até sexta, só consigo retornar semana que vem. Sobre a ambiência: informações" is NURTURE', () => {
  const result = classifyWithRules(
    integrator('Estou correndo com o fechamento do balanço e a auditoria fiscal até sexta, então só consigo retornar semana que vem. Sobre a ambiência: gostaria de receber informações do contrato de manutenção.', { jobPosition: 'Diretor Administrativo' }),
    BARN_CLIMATE,
  );
  expect(result.urgency.level).not.toBe('CRITICAL');
  expect(result.stage).toBe('NURTURE');
});

it('pt: "ligação à rede de drenagem" is a connection, not a call: information only is LOW', () => {
  const result = classifyWithRules(
    { fullName: 'Bruno Teixeira', email: 'bteixeira@golfecitania.pt', jobPosition: 'Técnico de Rega', companyName: 'Golfe Citânia', industry: 'Campos de golfe', location: 'Guimarães, Portugal', companySize: 110, description: 'Boa tarde, gostava de receber informação técnica sobre a drenagem de bunkers (diâmetros, ligação à rede de drenagem do campo) para partilhar com a equipa.' },
    GOLF_BUNKERS,
  );
  expect(result.urgency.level).toBe('LOW');
});

it('en: "just want to understand what a firm like yours does" asks about sellers: a buyer, NURTURE', () => {
  const result = classifyWithRules(
    { fullName: 'Linda Hargrove', email: 'lhargrove@brushcountryisd.org', jobPosition: 'Superintendent', companyName: 'Brush Country ISD', industry: 'Public Schools', location: 'Cotulla, TX, USA', companySize: 310, description: "Gathering information for the board's technology plan. No decision this year - just want to understand what a firm like yours does." },
    E_RATE,
  );
  expect(result.intent?.kind).toBe('BUYER');
  expect(result.stage).toBe('NURTURE');
});

it.each([
  ['es', 'Hola! Somos 6 amigos y queremos visitar una finca bananera este sábado. ¿Nos pueden recibir?'],
  ['es', 'Buenas tardes, ¿arreglan ganchos de cablevía? Tengo como 3 en casa que ya no sirven. ¿Cuánto cobran?'],
])('%s: friends on an outing, or a few pieces at home, with no company: a private person, DISQUALIFIED', (_lang, description) => {
  const result = classifyWithRules({ fullName: 'Nacho Gutiérrez', email: 'nacho.gtz@gmail.com', location: 'Machala, Ecuador', description }, CABLEWAYS);
  expect(result.stage).toBe('DISQUALIFIED');
});

it('es: "le escribo para ofrecerle nuestra centralita virtual" pitches: DISQUALIFIED', () => {
  const result = classifyWithRules(
    { fullName: 'Rocío Jiménez', email: 'rocio@voztelecomplus.ec', jobPosition: 'Ejecutiva de Cuentas', companyName: 'VozTelecom Plus', industry: 'Telecomunicaciones', location: 'Quito, Ecuador', companySize: 120, description: 'Buenos días, le escribo para ofrecerle nuestra centralita virtual con grabación de llamadas. ¿Le puedo llamar esta semana?' },
    CABLEWAYS,
  );
  expect(result.stage).toBe('DISQUALIFIED');
});

it.each([
  ['en', 'Farm Manager', CABLEWAYS, { companyName: 'Pacific Green Bananas', industry: 'Banana', location: 'El Guabo, Ecuador', description: 'Two spans of cable are down on the main line after the storm and we load a container tomorrow. Need a crew out today.' }],
  ['pt', 'Course Manager', GOLF_BUNKERS, { companyName: 'Apúlia Golfe', industry: 'Golf courses', location: 'Esposende, Portugal', description: 'Queremos renovar 14 bunkers durante o fecho de janeiro. Pedimos orçamento com revestimento drenante.' }],
  ['en', 'Business Manager', E_RATE, { companyName: 'Frio River ISD', industry: 'School District', location: 'Pearsall, TX, USA', description: 'Our reimbursement request was denied and the provider bills us full price. We need help urgently to fix it.' }],
  ['es', 'Coordinadora de Instalaciones', PLAYGROUNDS, { companyName: 'Las Américas Housing Co-operative', industry: 'Vivienda social', location: 'Toronto, Canadá', description: 'Tenemos tres áreas de juegos y necesitamos una cotización para la inspección anual.' }],
] as const)('%s: "%s" runs a buyer area named in another language or word: a decision maker, SQL', (_lang, jobPosition, profile, lead) => {
  const result = classifyWithRules({ fullName: 'Alex Moura', email: 'alex@example-buyer.org', companySize: 200, ...lead, jobPosition }, profile);
  expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  expect(result.stage).toBe('SQL');
});
