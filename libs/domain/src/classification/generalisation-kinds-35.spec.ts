// Round 35, from holdout56's first run (0.906 stage, lists and model unseen): urgency said to be about another matter
// in any words ("no tiene que ver con buceo"); weighing whether to hire ("estamos avaliando contratar") is evaluating,
// not an ask; "next quarter's contracts" is a horizon; a weekday of next week is near, not this week's deadline; an
// incident told in a sentence that opens with "el año pasado" is history however long the sentence; "¿nos pueden
// mandar valor?" asks a price; ports, mussel farming and strip malls are industries; paving and striping in Spanish.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const DIVING: CompanyProfile = {
  companyName: 'Austral Subacuática',
  shortDescription: 'Buceo comercial e inspección con ROV para acuicultura y puertos.',
  mainServices: ['Buceo para acuicultura: inspección y reparación de redes y fondeos', 'Inspección subacuática de pilotes de muelles', 'Limpieza de cascos y hélices de embarcaciones'],
  targetAudience: 'Salmoneras, mitilicultoras, puertos y navieras en Chile con 50 trabajadores o más.',
  targetIndustries: ['Aquaculture', 'Mussel farming', 'Ports', 'Shipping'],
  targetCountries: ['Chile'],
  buyerAreas: ['operaciones', 'mantenimiento'],
};
const diverLead = (description: string, lead: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Rocío Vera',
  email: 'rvera@navieraaustral.cl',
  jobPosition: 'Jefa de Mantenimiento',
  companyName: 'Naviera Austral',
  industry: 'Naviera',
  location: 'Puerto Montt, Chile',
  companySize: 240,
  description,
  ...lead,
});
const urgencyOf = (description: string) => classifyWithRules(diverLead(description), DIVING).urgency.level;

describe('urgency', () => {
  it.each([
    ['es', 'Tengo la auditoría de la autoridad marítima este viernes (no tiene que ver con buceo). Después les escribo por la limpieza de cascos, sin fecha todavía.', 'LOW'],
    ['pt', 'Tenho a auditoria da capitania nesta sexta (não tem nada a ver com mergulho). Depois escrevo sobre a limpeza dos cascos, sem data ainda.', 'LOW'],
    ['en', 'I have the port authority audit due Friday (nothing to do with diving). I will write about hull cleaning later, no date yet.', 'LOW'],
  ])('%s: urgency said to be about another matter is not ours: "%s" -> %s', (_lang, description, level) => {
    expect(urgencyOf(description)).toBe(level);
  });

  it.each([
    ['pt', 'Depois de uma falha no ano passado estamos avaliando contratar limpeza de cascos. Ainda estamos levantando opções.', 'MEDIUM'],
    ['es', 'Estamos evaluando contratar la limpieza de cascos de la flota para este año.', 'MEDIUM'],
    ['en', "We are considering hiring a diving contractor for next quarter's hull cleaning and comparing providers. Please send indicative rates.", 'MEDIUM'],
  ])('%s: weighing whether to hire, or a quarter ahead, is evaluating: "%s" -> %s', (_lang, description, level) => {
    expect(urgencyOf(description)).toBe(level);
  });

  it.each([
    ['pt', 'Favor enviar orçamento de inspeção dos pilotes. Recebimento das propostas até sexta da semana que vem.', 'HIGH'],
    ['es', 'Necesitamos la cotización de inspección de pilotes para el viernes de la próxima semana.', 'HIGH'],
    ['en', 'Please send a quote for the pile inspection by Friday next week.', 'HIGH'],
    ['es', 'Necesitamos la cotización de inspección de pilotes para este viernes.', 'CRITICAL'],
  ])('%s: a weekday of next week is near, not a deadline this week: "%s" -> %s', (_lang, description, level) => {
    expect(urgencyOf(description)).toBe(level);
  });

  it.each([
    ['es', 'El año pasado tuvimos un cabo enredado en la hélice de una embarcación de la flota y perdimos dos días esperando buzos. Hoy no hay nada pendiente.', 'LOW'],
    ['en', 'Last year one of the vessels of our fleet got a rope caught in the propeller and we lost two days waiting for divers. Nothing pending today.', 'LOW'],
    ['es', 'El año pasado cambiamos de proveedor. Ahora se nos enredó un cabo en la hélice y el barco está detenido, necesitamos un buzo hoy mismo.', 'CRITICAL'],
  ])('%s: an incident in a sentence that opens in the past is history, one in a later sentence is not: "%s" -> %s', (_lang, description, level) => {
    expect(urgencyOf(description)).toBe(level);
  });

  it('reads "¿nos pueden mandar valor?" as a price request', () => {
    expect(urgencyOf('Queremos inspeccionar los fondeos del centro, ¿nos pueden mandar valor?')).toBe('HIGH');
  });
});

describe('industries and needs in new words', () => {
  it.each([
    ['es', 'Puertos'],
    ['pt', 'Portos'],
    ['es', 'Mitilicultura'],
    ['en', 'Mussel farms'],
  ])('%s: "%s" is a target industry of a seller naming Ports and Mussel farming', (_lang, industry) => {
    expect(classifyWithRules(diverLead('Necesitamos cotizar la inspección de pilotes.', { industry }), DIVING).fit.reasons[0]).toMatch(/^\+ target industry/);
  });

  const PAVING: CompanyProfile = {
    companyName: 'Desert Lots',
    shortDescription: 'Parking lot maintenance in Arizona.',
    mainServices: ['Asphalt sealcoating for parking lots', 'Parking lot striping and re-striping', 'Asphalt repair and new paving'],
    targetAudience: 'Property managers, HOAs and shopping centers in Arizona with 50 employees or more.',
    targetIndustries: ['Property management', 'Shopping centers'],
    targetCountries: ['United States'],
  };
  const pavingLead = (description: string, industry = 'Property management'): LeadInput => ({
    fullName: 'Luis Ortega', email: 'lortega@mesaproperties.com', jobPosition: 'Facilities Manager', companyName: 'Mesa Properties', industry, location: 'Mesa, AZ', companySize: 80, description,
  });

  it.each([
    ['es', 'Necesitamos repavimentar y hacer el rayado del estacionamiento.', ['Parking lot striping and re-striping', 'Asphalt repair and new paving']],
    ['pt', 'Precisamos de pavimentação nova e selagem do pátio.', ['Asphalt sealcoating for parking lots', 'Asphalt repair and new paving']],
  ])('%s: paving, striping and sealing in Spanish and Portuguese meet services written in English: "%s"', (_lang, description, services) => {
    expect([...classifyWithRules(pavingLead(description), PAVING).matchedServices].sort()).toEqual([...services].sort());
  });

  it('reads a strip mall ("plaza comercial") as a shopping center', () => {
    expect(classifyWithRules(pavingLead('Cotización de sellado del estacionamiento.', 'Plaza comercial'), PAVING).fit.reasons[0]).toMatch(/^\+ target industry/);
  });
});
