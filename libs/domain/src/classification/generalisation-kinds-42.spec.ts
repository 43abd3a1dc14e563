// Round 42, from holdout63's first run (0.954 stage; lists and model unseen): Spain's "vosotros" (a vendor's "os
// ofrecemos", "presentaros nuestras condiciones"; a buyer's "¿nos podéis pasar precios orientativos?"), prices asked to
// be sent ("envíen catálogo y precios") as a price request, "estamos viendo alternativas" / "mirando si sale mejor" as
// evaluating, and "con unos amigos" as a private group.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const PRECAST: CompanyProfile = {
  companyName: 'Prefabricados del Duero',
  shortDescription: 'Prefabricados de hormigón para naves industriales y obra civil en España.',
  mainServices: ['Estructuras prefabricadas para naves industriales y logísticas', 'Paneles de fachada de hormigón', 'Muros de contención prefabricados'],
  targetAudience: 'Constructoras, ingenierías e industria en España con 50 empleados o más.',
  targetIndustries: ['Construction', 'Engineering', 'Manufacturing', 'Logistics'],
  targetCountries: ['Spain'],
  buyerAreas: ['obras', 'compras'],
};
const lead = (description: string, fields: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Iván Sastre', email: 'isastre@construccionesriaza.es', jobPosition: 'Jefe de Obra', companyName: 'Construcciones Riaza', industry: 'Construcción',
  location: 'Segovia, España', companySize: 110, description, ...fields,
});
const read = (description: string, fields: Partial<LeadInput> = {}) => classifyWithRules(lead(description, fields), PRECAST);

it.each([
  ['es', '¿Nos podéis pasar precios orientativos del m2 de panel de fachada de 20 cm?'],
  ['es', 'Buenas, ¿me pueden enviar catálogo y precios de los muros de contención prefabricados?'],
  ['pt', 'Podem enviar preços dos painéis de fachada para um pavilhão em Zamora?'],
])('%s: prices asked to be sent are a price request (HIGH): "%s"', (_lang, description) => {
  expect(read(description).urgency.level).toBe('HIGH');
});

it('does not read a want to understand costs as a price request: "queremos entender custos de importação"', () => {
  expect(read('Estamos avaliando fornecedores de painéis; queremos entender custos de importação e prazos.').urgency.level).toBe('MEDIUM');
});

it.each([
  ['es', 'Necesitamos muros de contención para un talud de 150 metros. Estamos mirando si sale mejor prefabricado o hacerlo in situ.'],
  ['es', 'Tenemos que cerrar una nave de 3.000 m2 con paneles de fachada. Estamos viendo alternativas.'],
])('%s: weighing alternatives is evaluating (MEDIUM): "%s"', (_lang, description) => {
  const result = read(description);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it.each([
  ['es', 'Buenos días, somos suministradores de árido y cemento en Castilla. Me gustaría visitaros para presentaros nuestras condiciones para el próximo año.'],
  ['es', '¡Hola! Tenemos góndolas extensibles para transporte de piezas de hasta 40 m. Os ofrecemos tarifa especial si nos dais volumen. ¿Hablamos?'],
])('%s: a vendor speaking to the seller as "vosotros" pitches: "%s"', (_lang, description) => {
  const result = read(description, { jobPosition: 'Comercial', companyName: 'Áridos y Transportes del Norte', industry: 'Transporte especial' });
  expect(result.intent?.kind).toBe('VENDOR_PITCH');
  expect(result.stage).toBe('DISQUALIFIED');
});

it('reads a group of friends with no company as private persons', () => {
  const result = classifyWithRules(
    { fullName: 'Nacho Gil', email: 'nachogil93@gmail.com', location: 'Madrid, España', description: 'Hola! Con unos amigos queremos construir una caseta de hormigón en el pueblo, ¿hacéis piezas sueltas para particulares?' },
    PRECAST,
  );
  expect(result.intent?.kind).toBe('PERSONAL');
  expect(result.stage).toBe('DISQUALIFIED');
});
