// The kinds holdout30 and holdout31 showed (issue 14), per category and language, in other words than the sets': one
// person with a working title but no company ("Independiente", "Conductor"), Portuguese first-person verbs, vendors
// asking who buys for the seller or offering their wholesale price, referral commissions, an incident told as the
// reason for a plan ("a raíz de eso") and settled ("ya quedó solucionado"), a company that is a distributor buying for
// itself, an "oferta" asked for, and "trabalhamos com" (we deal with) as no trade of ours.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const FLEET: CompanyProfile = {
  companyName: 'Renta Flota Andina',
  shortDescription: 'Renting de vehículos para empresas en Colombia.',
  mainServices: ['Renting operativo de camionetas y automóviles con mantenimiento incluido', 'Seguro todo riesgo y vehículo de reemplazo'],
  targetAudience: 'Empresas con 50 empleados o más.',
  targetIndustries: ['Logistics', 'Mining', 'Pharmaceuticals'],
  targetCountries: ['Colombia'],
};
const CLOCKS: CompanyProfile = {
  companyName: 'Marca Ponto',
  shortDescription: 'Relógios de ponto e software de jornada no Brasil.',
  mainServices: ['Relógios de ponto eletrônico com biometria', 'Software de tratamento de ponto e escalas'],
  targetAudience: 'Empresas com 50 funcionários ou mais.',
  targetIndustries: ['Manufacturing', 'Retail', 'Construction'],
  targetCountries: ['Brazil'],
};
const lead = (description: string, at: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Mauricio Beltrán',
  email: 'mbeltran@farmadistribuciones.com.co',
  jobPosition: 'Jefe de Logística',
  companyName: 'Farma Distribuciones',
  industry: 'Distribución farmacéutica',
  location: 'Medellín, Colombia',
  companySize: 450,
  description,
  ...at,
});
const BRAZIL: Partial<LeadInput> = { location: 'Joinville, SC, Brasil', industry: 'Indústria metalúrgica', email: 'rh@metaljoinville.com.br', companyName: 'Metal Joinville', companySize: 600 };
const ONE_PERSON = (jobPosition: string, email: string): Partial<LeadInput> => ({ jobPosition, email, companyName: undefined, industry: undefined, companySize: undefined });

it.each([
  ['es', 'Trabajo manejando para apps y quiero que me alquilen un carro a mi nombre, pago cada semana.', FLEET, ONE_PERSON('Conductor', 'elmono.driver@hotmail.com')],
  ['pt', 'Trabalho de repositor e o relógio do mercado não marca minhas horas extras. Como eu vejo meu espelho de ponto?', CLOCKS, { ...ONE_PERSON('Repositor', 'thiago.rep@gmail.com'), location: 'Recife, Brasil' }],
  ['pt', 'Estou de férias no litoral e o carro alugado quebrou. Vocês mandam outro hoje?', FLEET, ONE_PERSON('', 'carla.ferias@gmail.com')],
  ['es', 'Soy persona natural, no tengo empresa, y necesito un carro para un viaje familiar.', FLEET, ONE_PERSON('Independiente', 'lucho.viajes@gmail.com')],
])('%s: one person, no company, a consumer address: a private matter', (_lang, description, seller, at) => {
  const result = classifyWithRules(lead(description, at), seller);
  expect(result.intent?.kind).toBe('PERSONAL');
  expect(result.stage).toBe('DISQUALIFIED');
});

it('es: a sole trader ("Monotributista") asking for the service is a small buyer, not a private person', () => {
  const result = classifyWithRules(lead('Soy monotributista y quiero saber cuánto cuesta el renting de una camioneta.', { ...ONE_PERSON('Monotributista', 'vero.fletes@gmail.com'), location: 'Córdoba, Argentina' }), FLEET);
  expect(result.intent?.kind).not.toBe('PERSONAL');
});

it.each([
  ['es', 'Distribuimos repuestos y llantas con stock inmediato. ¿Quién es el encargado de compras para enviarle nuestra oferta?', FLEET, {}, 'VENDOR_PITCH'],
  ['pt', 'Fabricamos capas e tapetes automotivos e gostaríamos de oferecer nossos produtos para a frota de vocês com preço de atacado.', FLEET, BRAZIL, 'VENDOR_PITCH'],
  ['en', 'We help time-clock brands double your sales with paid ads. Got 15 minutes for a demo this week?', CLOCKS, BRAZIL, 'VENDOR_PITCH'],
  ['es', 'Asesoro pymes en Antioquia; si les derivo clientes para renting, ¿cuánto pagan de comisión?', FLEET, {}, 'PARTNER_OR_RESELLER'],
  ['pt', 'Somos revenda de equipamentos e queremos fazer uma parceria para revender seus relógios no Paraná.', CLOCKS, BRAZIL, 'PARTNER_OR_RESELLER'],
])('%s: not a buyer (%s)', (_lang, description, seller, at, kind) => {
  const result = classifyWithRules(lead(description, at), seller);
  expect(result.intent?.kind).toBe(kind);
  expect(result.stage).toBe('DISQUALIFIED');
});

it('es: a buyer who mentions its own purchasing manager is still a buyer', () => {
  expect(classifyWithRules(lead('Necesitamos dos camionetas de reemplazo urgente; el encargado de compras vuelve el lunes.'), FLEET).intent?.kind).toBe('BUYER');
});

it.each([
  ['es', 'En junio se nos volcó una camioneta; el caso ya quedó solucionado con la aseguradora. A raíz de eso queremos evaluar renting con seguro para el próximo trimestre.', FLEET, {}],
  ['pt', 'No ano passado o relógio queimou e perdemos a folha de um mês; já foi resolvido. Por causa disso queremos avaliar um software de ponto neste ano.', CLOCKS, BRAZIL],
])('%s: an incident settled and told as the reason for a plan is history: MEDIUM', (_lang, description, seller, at) => {
  expect(classifyWithRules(lead(description, at), seller).urgency.level).toBe('MEDIUM');
});

it.each([
  ['es', 'Somos distribuidores de alimentos con 6 bodegas y queremos agendar una reunión para ver el renting de 30 camionetas.', FLEET, {}],
  ['pt', 'Trabalhamos com 20 transportadoras e queremos uma proposta de software de ponto para os nossos 800 motoristas.', CLOCKS, BRAZIL],
  ['es', 'Tenemos 40 camionetas propias y necesitamos una oferta para pasarnos a renting.', FLEET, {}],
])('%s: a company that distributes or deals with carriers, asking for itself, is a buyer asking now', (_lang, description, seller, at) => {
  const result = classifyWithRules(lead(description, at), seller);
  expect(result.intent?.kind).toBe('BUYER');
  expect(result.urgency.level).toBe('HIGH');
});
