// Round 62, from holdout93's and holdout94's first runs (0.940 and 0.935 stage, lists unseen): three non-buyer phrases
// narrowed because they read buyers out ("antes de entrar no estudo" is a trial's consent form, not a competitor
// entering a market; boxes printed "com a nossa marca" are a buyer's order, not a reseller's); an incident told before
// "ya está reparada" or "desde ahí" is history; idioms ("like there's no tomorrow", "salen de mañana temprano") and a
// reverse auction's "bajando su precio" are no deadline or ask; "le den prioridad" presses; "si nos conviene… o comprar
// directamente" weighs options; a buyer asking "¿qué día podemos ir?" to see the plant asks for a visit; a hatchery
// ("Incubación") is poultry; a vaccine maker offering "condiciones especiales por volumen" sells to the seller.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const PACKAGING: CompanyProfile = {
  companyName: 'Embalagens Kraft',
  shortDescription: 'Caixas de papelão ondulado personalizadas, sacolas kraft e caixas de envio para e-commerce no Brasil.',
  mainServices: ['Caixas de papelão ondulado impressas com a marca do cliente', 'Sacolas kraft para delivery', 'Caixas de envio tipo correio para e-commerce'],
  targetAudience: 'E-commerce, indústrias de alimentos, redes de restaurantes e marcas de cosméticos no Brasil com 50 funcionários ou mais.',
  targetIndustries: ['E-commerce', 'Food manufacturing', 'Restaurant chains', 'Cosmetics'],
  targetCountries: ['Brazil'],
};

it('pt: 15 mil caixas "com a nossa marca até quarta" is an urgent order, not a reseller', () => {
  const result = classifyWithRules({
    fullName: 'Júlia Martins', email: 'julia@belezaviva.com.br', jobPosition: 'CEO', companyName: 'Beleza Viva', industry: 'Cosméticos / e-commerce', location: 'São Paulo, SP, Brasil', companySize: 180,
    description: 'A Black Friday começa sexta e o lote de caixas veio com a impressão borrada. Precisamos de 15 mil caixas tipo correio com a nossa marca até quarta. É pra ontem!',
  }, PACKAGING);
  expect(result.intent.kind).toBe('BUYER');
  expect(result.stage).toBe('SQL');
});

const TRANSLATION: CompanyProfile = {
  companyName: 'Traducciones Clínicas',
  shortDescription: 'Traducción de documentos de ensayos clínicos, consentimientos y dossiers regulatorios para ANMAT, ANVISA y FDA.',
  mainServices: ['Traducción de documentos de ensayos clínicos y consentimientos informados', 'Dossiers regulatorios para ANMAT, ANVISA y FDA', 'Traducción de prospectos y validación lingüística'],
  targetAudience: 'Laboratorios farmacéuticos, CROs, fabricantes de dispositivos médicos y hospitales en Argentina, Uruguay y Brasil con 30 empleados o más.',
  targetIndustries: ['Pharmaceuticals', 'Biotechnology', 'Medical devices', 'Hospitals'],
  targetCountries: ['Argentina', 'Uruguay', 'Brazil'],
};

it('pt: "o papel que o paciente assina antes de entrar no estudo" is a consent form, not a competitor entering a market', () => {
  const result = classifyWithRules({
    fullName: 'Renato Alves', email: 'renato@genbiotech.com.br', jobPosition: 'Sócio-fundador', companyName: 'GenBiotech', industry: 'Biotecnologia', location: 'Campinas, SP, Brasil', companySize: 40,
    description: 'Temos o termo de consentimento que o paciente assina antes de entrar no estudo e a bula, tudo em inglês, para traduzir e mandar pra ANVISA. Podemos marcar uma conversa?',
  }, TRANSLATION);
  expect(result.intent.kind).toBe('BUYER');
  expect(result.stage).toBe('SQL');
});

const HOTEL_ENERGY: CompanyProfile = {
  companyName: 'Energía Hotelera CR',
  shortDescription: 'Auditorías energéticas, bombas de calor y solar térmica para hoteles y hospitales en Costa Rica y Panamá.',
  mainServices: ['Auditorías energéticas de hoteles', 'Bombas de calor y solar térmica para agua caliente y piscinas', 'Contratos de ahorro compartido'],
  targetAudience: 'Hoteles, resorts, hospitales y centros comerciales en Costa Rica y Panamá con 50 empleados o más.',
  targetIndustries: ['Hotels', 'Resorts', 'Hospitals', 'Shopping centres'],
  targetCountries: ['Costa Rica', 'Panama'],
  buyerAreas: ['mantenimiento'],
};
const hotel = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Andrea Solís', email: 'asolis@hotelplayaazul.cr', jobPosition: 'Gerente General', companyName: 'Hotel Playa Azul', industry: 'Hotelería', location: 'Tamarindo, Costa Rica', companySize: 70, description, ...fields }, HOTEL_ENERGY);

it('es: a boiler that failed in December and "ya está reparada" is history: evaluating this year is MEDIUM', () => {
  const result = hotel('En diciembre se nos dañó la caldera de agua caliente en plena temporada. Ya está reparada, pero este año queremos evaluar bombas de calor o solar térmica.');
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('en: a heater that "eats propane like there\'s no tomorrow" sets no deadline: looking at options is MEDIUM', () => {
  expect(hotel("Our pool is freezing in the mornings and the gas heater eats propane like there's no tomorrow. Can we warm it with the sun? We're looking at options this season.", { jobPosition: 'Owner' }).urgency.level).toBe('MEDIUM');
});

it('es: "si nos conviene un contrato de ahorro compartido o comprar directamente" weighs options (MEDIUM)', () => {
  expect(hotel('Estamos viendo si nos conviene más un contrato de ahorro compartido o comprar directamente las bombas de calor. ¿Cómo funciona su esquema?').urgency.level).toBe('MEDIUM');
});

const POULTRY: CompanyProfile = {
  companyName: 'Sanidad Avícola Andina',
  shortDescription: 'Cuadrillas de vacunación, vacunación in ovo y al día de edad, serología y bioseguridad para avícolas en Perú y Bolivia.',
  mainServices: ['Vacunación in ovo y al día de edad en plantas de incubación', 'Cuadrillas de vacunación en granja', 'Monitoreo serológico y auditorías de bioseguridad'],
  targetAudience: 'Integraciones avícolas, plantas de incubación, granjas de postura y fábricas de alimento en Perú y Bolivia con 50 empleados o más.',
  targetIndustries: ['Poultry', 'Hatcheries', 'Layer farms', 'Feed mills'],
  targetCountries: ['Peru', 'Bolivia'],
  buyerAreas: ['operaciones', 'sanidad'],
};

it('es: a hatchery ("Incubación") is poultry; its in-ovo machine down with hatches on Wednesday is an SQL', () => {
  const result = classifyWithRules({
    fullName: 'Marco Paz', email: 'mpaz@incubadoraoriente.com.bo', jobPosition: 'Gerente de Operaciones', companyName: 'Incubadora Oriente', industry: 'Incubación', location: 'Santa Cruz, Bolivia',
    description: 'Urgente: se nos arruinó la máquina de vacunación in ovo y tenemos nacimientos el miércoles. Necesitamos personal para vacunar al día de edad de inmediato.',
  }, POULTRY);
  expect(result.fit.reasons.join(' ')).toContain('target industry: "Incubación"');
  expect(result.stage).toBe('SQL');
});

it('es: a vaccine maker offering "condiciones especiales por volumen" sells to the seller', () => {
  const result = classifyWithRules({
    fullName: 'Lucía Prado', email: 'lprado@biovetlab.pe', jobPosition: 'Gerente Comercial', companyName: 'BioVet Lab', industry: 'Laboratorio veterinario', location: 'Lima, Perú', companySize: 120,
    description: 'Acabamos de registrar una vacuna vectorizada y quisiéramos presentarla a su equipo técnico. Podemos ofrecer condiciones especiales por volumen. ¿Con quién coordino una reunión?',
  }, POULTRY);
  expect(result.stage).toBe('DISQUALIFIED');
});
