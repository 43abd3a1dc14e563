// Round 38, from holdout59's first run (0.906 stage; lists and model unseen): a "proforma" is how much of Latin America
// asks for a quote; "no corre prisa, pero mandadme oferta" still asks; "ahora mismo estamos comparando" tells what they
// are doing, not a hurry; an incident already put right ("ya lo reparamos") is history; urgency told before a turn of
// topic ("por otro lado", "aproveito para perguntar") belongs to the other topic; "my personal email" explains an
// address, it is not a private matter; a seller's service name with a word inside a thesaurus term ("Transporte diario
// de colaboradores") still names the term.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const AIR: CompanyProfile = {
  companyName: 'Aire Industrial del Bajío',
  shortDescription: 'Compresores de aire industriales: venta, mantenimiento y auditorías de fugas.',
  mainServices: ['Venta de compresores de aire industriales', 'Mantenimiento preventivo y correctivo de compresores', 'Auditorías de fugas de aire comprimido'],
  targetAudience: 'Plantas de manufactura en México con 50 empleados o más.',
  targetIndustries: ['Manufacturing', 'Food and beverage', 'Automotive'],
  targetCountries: ['Mexico'],
  buyerAreas: ['mantenimiento', 'producción'],
};
const plantLead = (description: string): LeadInput => ({
  fullName: 'Rocío Ledesma', email: 'rledesma@empaquesdelbajio.com.mx', jobPosition: 'Gerente de Mantenimiento', companyName: 'Empaques del Bajío', industry: 'Manufactura de empaques',
  location: 'León, Guanajuato, México', companySize: 240, description,
});
const read = (description: string) => classifyWithRules(plantLead(description), AIR);

it.each([
  ['es', '¿Me pueden dar pasando una proforma por el mantenimiento de los tres compresores de la nave 2?'],
  ['pt', 'Boa tarde, podem enviar uma proforma para a manutenção preventiva dos nossos compressores?'],
  ['es', 'No corre prisa, pero mandadme oferta del mantenimiento preventivo de los compresores.'],
])('%s: a quote asked in other words is near-term intent (HIGH): "%s"', (_lang, description) => {
  const result = read(description);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it.each([
  ['es', 'Ahora mismo estamos comparando proveedores de mantenimiento de compresores para el próximo trimestre.'],
  ['en', 'Right now we are comparing compressor maintenance providers for next quarter.'],
  ['es', 'En enero se nos quemó el motor de un compresor y paramos dos días. Ya lo reparamos, pero estamos evaluando un contrato de mantenimiento preventivo.'],
])('%s: what they are doing now, or an incident already put right, is no hurry (MEDIUM): "%s"', (_lang, description) => {
  const result = read(description);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it.each([
  ['es', 'URGENTE: necesito cotización de cajas de cartón para el lunes. Por otro lado, me gustaría información de sus auditorías de fugas de aire.'],
  ['pt', 'Preciso urgentemente de um fornecedor de refeições para o refeitório. Aproveito para perguntar se fazem manutenção de compressores, só para ficar a saber.'],
])('%s: urgency told before a turn to the seller\'s topic is the other topic\'s: "%s"', (_lang, description) => {
  const result = read(description);
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('reads "les escribo desde mi correo personal" as an address explained, not a private person', () => {
  const result = read('Les escribo desde mi correo personal porque el de la empresa está caído. Necesitamos cotización del mantenimiento de los compresores.');
  expect(result.intent?.kind).toBe('BUYER');
  expect(result.stage).toBe('SQL');
});

it('reads a service name with a word inside a thesaurus term ("Transporte diario de colaboradores") as that term', () => {
  const buses: CompanyProfile = {
    ...AIR,
    companyName: 'Rutas del Bajío',
    shortDescription: 'Transporte de personal para plantas industriales.',
    mainServices: ['Transporte diario de colaboradores en autobuses y camionetas', 'Renta de autobuses para eventos de empresa'],
  };
  const result = classifyWithRules({ ...plantLead('We need a staff shuttle for the night shift, can you send a quote?'), jobPosition: 'Plant Manager' }, buses);
  expect(result.matchedServices[0]).toMatch(/^Transporte diario de colaboradores/);
  expect(result.stage).toBe('SQL');
});
