// Round 48, from holdout67's and holdout68's first runs (0.940 and 0.935 stage, lists unseen): a budget being planned
// ("vendo o que cabe no orçamento", "planificando el alcance y el presupuesto") plans, it asks no quote; urgency already
// in someone else's hands ("eso lo está viendo otra consultora", "already called our plumber") or before a turn of topic
// ("Separately, can you quote…?") is not ours, and the ask after it stands (HIGH); "Urgente, por favor" after "no damos
// abasto" presses for ours; "need it quoted", "solicitar valores" ask; a "FINAL NOTICE" the buyer received is no spam.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const BACKFLOW: CompanyProfile = {
  companyName: 'Desert Backflow Services',
  shortDescription: 'Certified backflow assembly testing, repair and cross-connection compliance for commercial properties in Arizona.',
  mainServices: ['Annual certified backflow testing with reports filed with the water utility', 'Backflow assembly repair and replacement (RPZ, DC)', 'Cross-connection compliance programs for property managers'],
  targetAudience: 'Commercial properties, restaurants, hospitals and schools in Arizona with 20 employees or more.',
  targetIndustries: ['Real estate', 'Restaurants', 'Healthcare', 'Education'],
  targetCountries: ['United States'],
  buyerAreas: ['facilities', 'property management'],
};
const propertyLead = (description: string, fields: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Dana Ruiz', email: 'druiz@saguaroproperties.com', jobPosition: 'Property Manager', companyName: 'Saguaro Properties', industry: 'Commercial real estate',
  location: 'Mesa, AZ', companySize: 60, description, ...fields,
});
const read = (description: string, fields: Partial<LeadInput> = {}) => classifyWithRules(propertyLead(description, fields), BACKFLOW);

it('en: urgency before a turn of topic is the other topic\'s; the ask after it is ours (HIGH)', () => {
  const result = read('URGENT: the walk-in cooler at our food court tenant died this morning and a technician is on his way. Separately, can you send a quote for testing the 14 backflow devices on site?');
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

it('en: "already called our plumber" hands the emergency to someone else', () => {
  const result = read('Our irrigation main flooded the parking lot this morning; already called our plumber and he is fixing it. We also need our 9 backflow assemblies tested and filed with the city. Can you quote it?');
  expect(result.urgency.level).toBe('HIGH');
});

it('en: "need annual testing quoted" asks for a quote', () => {
  expect(read('We manage six retail centres in Gilbert and need annual testing quoted for 31 backflow devices.').urgency.level).toBe('HIGH');
});

it('en: a FINAL NOTICE the buyer received from its water district is no spam to the phrase lists', () => {
  const lead = propertyLead('We received a FINAL NOTICE from the water district: test reports for our 9 backflow assemblies are due this Friday. Can you get it done this week?');
  const result = classifyWithRules(lead, BACKFLOW, undefined, { learnedIntent: null });
  expect(result.intent?.kind).toBe('BUYER');
  expect(result.stage).toBe('SQL');
});

const OVENS: CompanyProfile = {
  companyName: 'Hornos del Plata',
  shortDescription: 'Instalación, mantenimiento y reparación de hornos industriales y líneas de panificación.',
  mainServices: ['Reparación y mantenimiento de hornos rotativos y hornos túnel', 'Instalación de líneas de panificación', 'Calibración de quemadores'],
  targetAudience: 'Panificadoras industriales y supermercados con panadería en Argentina y Uruguay, 40 empleados o más.',
  targetIndustries: ['Food processing', 'Retail'],
  targetCountries: ['Argentina', 'Uruguay'],
  buyerAreas: ['mantenimiento', 'operaciones'],
};
const bakery = (description: string) =>
  classifyWithRules({ fullName: 'Martín Olivera', email: 'molivera@superesteuy.com', jobPosition: 'Gerente de Operaciones', companyName: 'Supermercados del Este', industry: 'Supermercados', location: 'Montevideo, Uruguay', companySize: 900, description }, OVENS);

it('es: "no damos abasto… Urgente, por favor" presses for our service (CRITICAL), not for another matter', () => {
  expect(bakery('Los hornos rotativos de dos sucursales no levantan temperatura y no damos abasto con las demás. Urgente, por favor.').urgency.level).toBe('CRITICAL');
});

it('es: a budget being planned plans (MEDIUM): "estamos planificando el alcance y el presupuesto"', () => {
  const result = bakery('Este año queremos renovar los hornos de tres sucursales. Estamos planificando el alcance y el presupuesto.');
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es: urgency that "lo está viendo otra empresa" is not ours; the quote asked after it stands (HIGH)', () => {
  const result = bakery('Tenemos urgencia con la habilitación bromatológica que vence el viernes, pero eso lo está viendo otra empresa. Con ustedes queremos cotizar el mantenimiento anual de los hornos.');
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

it('pt: "meu gerente pediu para solicitar valores" asks a price', () => {
  const result = classifyWithRules(
    { fullName: 'Camila Souza', email: 'camila@paesdosul.com.br', jobPosition: 'Assistente Administrativa', companyName: 'Pães do Sul', industry: 'Panificação industrial', location: 'Rivera, Uruguay', companySize: 120, description: 'Olá, meu gerente pediu para solicitar valores de manutenção dos fornos. Podem enviar para este e-mail?' },
    OVENS,
  );
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('MQL');
});
