// Round 92, from the first runs of holdout144 (0.935 stage) and holdout145 (0.958, one lead turned wrong by round 85):
// "this Thursday to check our houses" is a deadline (round 85's "thursday to" window read it as a range); a calm phrase
// read across a full stop ("…no podemos ensamblar nada. ¡Urgente!") is no calm; an internal budget ("o orçamento
// interno", "lo estamos planificando en el presupuesto") asks no quote; "para já, apenas registo o contacto" plans
// nothing; visits asked in other words ("¿cuándo pueden pasar al muelle a revisarlos?", "gostávamos que viessem à
// fábrica"); "estamos full con… esto es para después"; "mándenos un número" asks a price; "need help now" is urgency.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const CAGE_FREE: CompanyProfile = {
  companyName: 'Open Barn Layer Consulting',
  shortDescription: 'Cage-free conversion consulting for US egg farms.',
  mainServices: ['Cage-free conversion planning', 'Aviary installation oversight', 'Flock-management training for cage-free crews', 'Certification and inspection readiness'],
  targetAudience: 'US egg farms with 30 employees or more.',
  targetIndustries: ['Egg production', 'Layer farm'],
  targetCountries: ['United States'],
  buyerAreas: ['farm management', 'operations', 'production'],
};

const MATTRESS_MACHINES: CompanyProfile = {
  companyName: 'Acolchatec',
  shortDescription: 'Servicio a máquinas acolchadoras y líneas de resortes para fábricas de colchones.',
  mainServices: ['Servicio a máquinas acolchadoras', 'Servicio a líneas de resortes', 'Repuestos y reubicación de máquinas', 'Capacitación de mecánicos'],
  targetAudience: 'Fábricas de colchones y muebles tapizados en Venezuela y Colombia con 20 empleados o más.',
  targetIndustries: ['Fabricación de colchones', 'Muebles tapizados'],
  targetCountries: ['Venezuela', 'Colombia'],
  buyerAreas: ['producción', 'mantenimiento', 'planta'],
};

const CERAMICS_LAB: CompanyProfile = {
  companyName: 'Cerlab',
  shortDescription: 'Laboratório de ensaios de cerâmica e vidro.',
  mainServices: ['Ensaios a pavimentos e revestimentos cerâmicos', 'Ensaios a vidro de embalagem e cristalaria', 'Calibração de laboratórios fabris', 'Apoio à marcação CE'],
  targetAudience: 'Fábricas de cerâmica e vidro em Portugal e Espanha com 30 colaboradores ou mais.',
  targetIndustries: ['Cerâmica', 'Louça cerâmica', 'Vidro'],
  targetCountries: ['Portugal', 'Spain'],
  buyerAreas: ['qualidade', 'produção', 'laboratório'],
};

const MARINE_ELECTRONICS: CompanyProfile = {
  companyName: 'Electrónica Marina del Pacífico',
  shortDescription: 'Electrónica marina para flotas pesqueras.',
  mainServices: ['Reparación de sonares, ecosondas y radares', 'Radios marinos y telefonía satelital', 'Equipos de monitoreo satelital', 'Revisión de flota antes de temporada'],
  targetAudience: 'Flotas pesqueras y cooperativas en México con 25 empleados o más.',
  targetIndustries: ['Pesca de camarón', 'Pesca', 'Flota pesquera'],
  targetCountries: ['Mexico'],
  buyerAreas: ['flota', 'operaciones'],
};

it('en: "the inspector is coming this Thursday to check" is a deadline this week: CRITICAL, P1', () => {
  const result = classifyWithRules(
    { fullName: 'Travis Kemper', email: 'travis@kerseylayer.com', jobPosition: 'Farm Manager', companyName: 'Kersey Layer Farms', industry: 'Layer farm', location: 'Kersey, CO', companySize: 85, description: "The state inspector is coming this Thursday to check our houses and our floor space numbers don't add up. Need help getting it right before then." },
    CAGE_FREE,
  );
  expect(result.urgency.level).toBe('CRITICAL');
  expect(result.priority).toBe('P1');
});

it('en: "need help now before it gets worse" is urgency: CRITICAL', () => {
  const result = classifyWithRules(
    { fullName: 'Maria Ortiz', email: 'mortiz@plainsgold.com', jobPosition: 'Operations Manager', companyName: 'Plains Gold Egg', industry: 'Egg production', location: 'Fort Morgan, CO', companySize: 260, description: 'Feather pecking is spreading in both houses and we pulled 40 birds this morning. Need help now before it gets worse.' },
    CAGE_FREE,
  );
  expect(result.urgency.level).toBe('CRITICAL');
});

const mattress = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Yusmary Pérez', email: 'yperez@hermanosperez.com', jobPosition: 'Gerente de Producción', companyName: 'Hermanos Pérez Colchones', industry: 'Fabricación de colchones', location: 'Cabudare, Venezuela', companySize: 45, description, ...extra,
});

it('es-VE: "…no podemos ensamblar nada. ¡Urgente!" is urgent, not "nada urgente": CRITICAL', () => {
  expect(classifyWithRules(mattress('La enrolladora saca los resortes torcidos desde esta mañana y no podemos ensamblar nada. urgente!!'), MATTRESS_MACHINES).urgency.level).toBe('CRITICAL');
});

it('es: "no es nada urgente" in one sentence is still calm: not CRITICAL', () => {
  expect(classifyWithRules(mattress('No es nada urgente, pero quisiera una cotización del servicio a la acolchadora.'), MATTRESS_MACHINES).urgency.level).not.toBe('CRITICAL');
});

it('es-VE: "estamos full con la declaración… esto es para después" puts our topic off: NURTURE', () => {
  const result = classifyWithRules(mattress('Estamos full con la declaración del ISLR que vence esta semana, así que esto es para después: quisiera conocer qué planes de mantenimiento manejan.', { jobPosition: 'Directora de Administración' }), MATTRESS_MACHINES);
  expect(result.stage).toBe('NURTURE');
});

it.each([
  ['es', 'Este año queremos certificar a todos los mecánicos de la planta. Lo estamos planificando en el presupuesto.'],
  ['pt', 'Até ao final do ano queremos rever o plano de ensaios e recalibrar o laboratório. Estamos a preparar o orçamento interno.'],
])('%s: an internal budget asks no quote: a year\'s plan is MEDIUM, MQL', (lang, description) => {
  const result =
    lang === 'pt'
      ? classifyWithRules({ fullName: 'Isabel Lemos', email: 'ilemos@vidroplano.pt', jobPosition: 'Diretora Industrial', companyName: 'Vidro Plano de Leiria', industry: 'Vidro', location: 'Leiria, Portugal', companySize: 130, description }, CERAMICS_LAB)
      : classifyWithRules(mattress(description, { jobPosition: 'Directora de RRHH' }), MATTRESS_MACHINES);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('pt-PT: "um dia gostávamos…; para já, apenas registo o contacto" plans nothing: NURTURE', () => {
  const result = classifyWithRules(
    { fullName: 'José Mendes', email: 'jcmendes@grupoceramico.pt', jobPosition: 'Presidente', companyName: 'Grupo Cerâmico do Centro', industry: 'Cerâmica', location: 'Leiria, Portugal', companySize: 900, description: 'Tivemos boas referências vossas. Um dia gostávamos de concentrar os ensaios das quatro fábricas num só laboratório; para já, apenas registo o contacto.' },
    CERAMICS_LAB,
  );
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it.each([
  ['pt-PT', CERAMICS_LAB, { fullName: 'António Bento', email: 'abento@porcelanas.pt', jobPosition: 'Diretor Fabril', companyName: 'Porcelanas de Alcobaça', industry: 'Louça cerâmica', location: 'Alcobaça, Portugal', companySize: 190, description: 'Gostávamos que viessem à fábrica avaliar o nosso laboratório interno. Digam que dias têm disponíveis.' }],
  ['es-MX', MARINE_ELECTRONICS, { fullName: 'Eliseo Tirado', email: 'eliseo@flotatirado.com.mx', jobPosition: 'Dueño', companyName: 'Flota Tirado', industry: 'Pesca de camarón', location: 'Mazatlán, México', companySize: 35, description: 'La pantallita del fondo marca puras rayas y el radio se oye con estática. ¿Cuándo pueden pasar al muelle a revisarlos?' }],
] as const)('%s: a visit asked in other words is HIGH: SQL/P2', (_lang, profile, lead) => {
  const result = classifyWithRules(lead, profile);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('es-MX: "mándenos un número" asks for a price: HIGH, SQL/P2', () => {
  const result = classifyWithRules(
    { fullName: 'Verónica Tun', email: 'vtun@flotatirado.com.mx', jobPosition: 'Gerente de Operaciones', companyName: 'Flota Tirado', industry: 'Pesca de camarón', location: 'Mazatlán, México', companySize: 60, description: 'Los radares de tres barcos fallan a ratos. Queremos que alguien les dé servicio antes de la temporada. Mándenos un número.' },
    MARINE_ELECTRONICS,
  );
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

// The learned model retrained with holdout144-145 read these two as non-buyers; the lists now say who writes.
const SOIL_LAB: CompanyProfile = {
  companyName: 'Agronomía Digital',
  shortDescription: 'Muestreo y análisis de suelos para productores agrícolas.',
  mainServices: ['Muestreo de suelos en grilla con GPS y análisis de laboratorio', 'Mapas de fertilidad', 'Recomendación de fertilización', 'Seguimiento de lotes'],
  targetAudience: 'Productores agrícolas y empresas de servicios agropecuarios en Argentina con 20 empleados o más.',
  targetIndustries: ['Agricultura', 'Producción agrícola'],
  targetCountries: ['Argentina'],
};

it('es-AR: "¿hacen análisis para particulares?" with no company is a private person: DISQUALIFIED', () => {
  const result = classifyWithRules(
    { fullName: 'Graciela Bertolini', email: 'graciela.b@gmail.com', location: 'Tigre, Buenos Aires, Argentina', description: 'Hola, tengo frutales y una huerta en el fondo y los limoneros no dan. ¿Hacen análisis para particulares?' },
    SOIL_LAB,
  );
  expect(result.stage).toBe('DISQUALIFIED');
});

it('pt-PT: a buyer abroad asking whether the seller works outside its country is a buyer: MQL', () => {
  const result = classifyWithRules(
    { fullName: 'João Valente', email: 'jp.valente@cimentosmondego.pt', jobPosition: 'Diretor de Operações', companyName: 'Cimentos do Mondego', industry: 'Cerâmica', location: 'Coimbra, Portugal', companySize: 280, description: 'Somos uma fábrica em Portugal e estamos a estudar ensaios de revestimentos. Gostaríamos de saber se a vossa empresa atua fora de Portugal.' },
    CERAMICS_LAB,
  );
  expect(result.intent?.kind).toBe('BUYER');
});
