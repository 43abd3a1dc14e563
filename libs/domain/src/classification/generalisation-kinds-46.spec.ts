// Round 46, from the misses left over all labelled sets (seen sets: buyers with an obvious ask read as having no
// timeline): Portuguese "caso" ("if") is a Spanish case ("que tome el caso de inmediato"), so it imagines nothing in a
// Spanish lead; "ya" / "já" closing a clause or shouted is "now" ("que venga ya", "entre YA"), but not "y ya", "desde
// ya", "agradeço desde já" or "no es para ya"; any form of "cotizar" ("¿podrían cotizarnos…?", "cotícenme", "cotisación")
// asks for a quote; "¿a cómo los tienen?" and "¿cuánto nos cobra?" ask a price; "¿pueden venir a secarla?" asks for a
// visit; folders "encrypting" is an incident.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const CUSTOMS: CompanyProfile = {
  companyName: 'Aduanas del Pacífico',
  shortDescription: 'Agencia de aduanas y carga internacional en Perú.',
  mainServices: ['Agenciamiento de aduanas para importación y exportación', 'Carga marítima y aérea internacional', 'Almacén temporal y distribución'],
  targetAudience: 'Importadores y exportadores en Perú con 40 empleados o más.',
  targetIndustries: ['Manufacturing', 'Retail', 'Pharmaceuticals'],
  targetCountries: ['Peru'],
  buyerAreas: ['compras', 'comercio exterior', 'logística'],
};
const importer = (description: string, fields: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Rocío Salazar', email: 'rsalazar@plasticosdelsur.com.pe', jobPosition: 'Jefa de Comercio Exterior', companyName: 'Plásticos del Sur', industry: 'Manufactura',
  location: 'Arequipa, Perú', companySize: 210, description, ...fields,
});
const read = (description: string, fields: Partial<LeadInput> = {}) => classifyWithRules(importer(description, fields), CUSTOMS);

it('es: "que un agente tome el caso de inmediato" is urgent; Spanish "caso" is a case, not Portuguese "if"', () => {
  const result = read('La resina lleva diez días retenida en el puerto por un error en la declaración. Necesitamos que un agente tome el caso de inmediato.');
  expect(result.urgency.level).toBe('CRITICAL');
  expect(result.priority).toBe('P1');
});

it('pt: "caso" still opens an imagined case in Portuguese ("caso a carga fique retida…")', () => {
  const result = read('Caso a carga fique retida de novo, precisamos de alguém imediatamente. Por enquanto queremos só conhecer os serviços.', { location: 'Lima, Perú' });
  expect(result.urgency.level).not.toBe('CRITICAL');
});

it.each([
  ['es', 'El contenedor de resina sigue en el almacén temporal. Ocupo alguien que lo saque ya'],
  ['es', 'Tenemos la mercadería retenida y los clientes esperando, necesito que alguien entre YA a resolver la declaración.'],
])('%s: "ya" closing a clause or shouted is "now" (CRITICAL): "%s"', (_lang, description) => {
  expect(read(description).urgency.level).toBe('CRITICAL');
});

it.each([
  ['es', 'Hoy por hoy cada área importa por su cuenta con un agente distinto y ya. ¿Nos pueden cotizar el servicio para todas las importaciones?'],
  ['es', 'No es para ya: queremos ordenar las importaciones el otro año y estamos mirando precios.'],
  ['pt', 'Gostaria de conhecer melhor os serviços de vocês, sem compromisso. Agradeço desde já.'],
])('%s: "y ya", "no es para ya", "desde já" are not "now" (not CRITICAL): "%s"', (_lang, description) => {
  expect(read(description).urgency.level).not.toBe('CRITICAL');
});

it.each([
  ['es', 'Importamos resina de Corea cada mes. ¿Podrían cotizarnos el despacho y el flete?'],
  ['es', 'Somos importadores de repuestos; cotícenme el agenciamiento de tres contenedores al mes.'],
  ['es', 'quiero cotisacion de agenciamiento para 4 contenedores de resina por mes'],
  ['es', 'Traemos repuestos de China. ¿Cuánto nos cobra por el despacho de cada contenedor?'],
  ['es', 'necesito el agenciamiento de unos contenedores de resina, a como los tienen?'],
])('%s: any form of a quote or a price asked (HIGH): "%s"', (_lang, description) => {
  const result = read(description);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

const RESTORATION: CompanyProfile = {
  companyName: 'Secado Rápido',
  shortDescription: 'Extracción de agua y secado de estructuras tras inundaciones para hoteles y empresas en Texas.',
  mainServices: ['Extracción de agua y secado estructural de emergencia 24/7', 'Remediación de moho'],
  targetAudience: 'Hoteles, hospitales y empresas en Texas con 100 empleados o más.',
  targetIndustries: ['Hospitality', 'Healthcare', 'Manufacturing'],
  targetCountries: ['United States'],
  buyerAreas: ['mantenimiento'],
};

it('es: "¿pueden venir a secarla?" asks for a visit (HIGH at least)', () => {
  const result = classifyWithRules(
    { fullName: 'Marisol Cantú', email: 'mcantu@hotelriogrande.com', jobPosition: 'Gerente General', companyName: 'Hotel Río Grande', industry: 'Hotelería', location: 'Laredo, TX', companySize: 140, description: 'Se mojó la alfombra del salón con la lluvia y ya huele a humedad. ¿Pueden venir a secarla?' },
    RESTORATION,
  );
  expect(['HIGH', 'CRITICAL']).toContain(result.urgency.level);
  expect(result.stage).toBe('SQL');
});

it('en: shared folders "encrypting" is an incident now (CRITICAL)', () => {
  const result = read('Two PCs started encrypting the shared folders an hour ago; we unplugged them. We need help with the customs files that were on them.', { fullName: 'Rocío Salazar' });
  expect(result.urgency.level).toBe('CRITICAL');
});
