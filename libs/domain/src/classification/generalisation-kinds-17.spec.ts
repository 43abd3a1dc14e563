// The kinds holdout19 and holdout21 showed (issue 14), per category and language, in other words than the sets': a quote
// asked with a clitic ("cotizarlo"), next year's budget as no timeline, a price per head, a proposal deferred until
// they understand more, SDK, freight and distributor pitches, a busy move or a union negotiation with the topic put off,
// urgency inside an imagined case, fire protection, employee shuttles, irrigation and fertiliser in plain words, and a
// wedding as a private matter.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const FIRE: CompanyProfile = {
  companyName: 'Fuego Cero',
  shortDescription: 'Protección contra incendios en el Perú.',
  mainServices: ['Venta, recarga y mantenimiento de extintores', 'Sistemas de rociadores, gabinetes y alarmas contra incendio'],
  targetAudience: 'Empresas con 50 empleados o más.',
  targetIndustries: ['Retail', 'Logistics', 'Manufacturing', 'Professional services'],
  targetCountries: ['Peru'],
};
const SHUTTLE: CompanyProfile = {
  companyName: 'Rota Certa',
  shortDescription: 'Fretamento de ônibus para transporte de funcionários no Brasil.',
  mainServices: ['Fretamento contínuo para transporte de funcionários por turno', 'Fretamento eventual para convenções'],
  targetAudience: 'Indústrias com 100 funcionários ou mais.',
  targetIndustries: ['Manufacturing', 'Logistics'],
  targetCountries: ['Brazil'],
};
const FARM: CompanyProfile = {
  companyName: 'Insumos del Valle',
  shortDescription: 'Fertilizantes, protección de cultivos y riego para el agro chileno.',
  mainServices: ['Fertilizantes granulados y solubles con programas de fertilización', 'Equipos de riego por goteo y controladores'],
  targetAudience: 'Productores y packings con 30 empleados o más.',
  targetIndustries: ['Agriculture', 'Agribusiness'],
  targetCountries: ['Chile'],
};
const lead = (description: string, at: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Rosa Huamán',
  email: 'rhuaman@almacenesandinos.pe',
  jobPosition: 'Gerente General',
  companyName: 'Almacenes Andinos',
  industry: 'Retail',
  location: 'Lima, Perú',
  companySize: 200,
  description,
  ...at,
});
const BRAZIL: Partial<LeadInput> = { location: 'Blumenau, SC, Brasil', industry: 'Indústria têxtil', email: 'rh@texsul.com.br', companyName: 'TexSul', jobPosition: 'Diretora de RH', companySize: 450 };
const CHILE: Partial<LeadInput> = { location: 'Curicó, Chile', industry: 'Agroexportación', email: 'campo@frutasdelmaule.cl', companyName: 'Frutas del Maule', companySize: 150 };

it.each([
  ['es', 'Vimos su servicio en LinkedIn; nos interesa cotizarlo para arrancar en julio.', FIRE, {}, 'HIGH'],
  ['es', 'Nada urgente. Estamos armando el presupuesto del año que entra; por ahora me basta con información general.', FIRE, {}, 'LOW'],
  ['en', 'What is the rough price per employee? We are about 450 people on three shifts.', SHUTTLE, BRAZIL, 'HIGH'],
  ['es', 'Estamos comparando tres proveedores para el próximo trimestre; antes de pedir propuesta formal quiero entender cómo trabajan.', FIRE, {}, 'MEDIUM'],
])('%s: how soon (%s)', (_lang, description, seller, at, level) => {
  expect(classifyWithRules(lead(description, at), seller).urgency.level).toBe(level);
});

it.each([
  ['en', 'Could we show you how to cut your infrastructure costs by 30%? Free sandbox available.', FIRE, {}],
  ['en', "We'd like to offer our services for your farm deliveries, with special rates for distributors.", FARM, CHILE],
  ['en', 'Would love to get on your approved vendor list; can I send our line card?', FIRE, {}],
])('%s: a pitch is VENDOR_PITCH, DISQUALIFIED', (_lang, description, seller, at) => {
  const result = classifyWithRules(lead(description, at), seller);
  expect(result.intent.kind).toBe('VENDOR_PITCH');
  expect(result.stage).toBe('DISQUALIFIED');
});

it.each([
  ['pt', 'Esta semana estamos no meio da mudança e está uma loucura. Mais pra frente, sem data, quero olhar os sprinklers. Agora não tenho cabeça para isso.', FIRE, { location: 'Callao, Peru' }],
  ['pt', 'Estou atolada com o dissídio coletivo que fecha até sexta; agora não consigo olhar nada. Em algum momento quero rever o transporte.', SHUTTLE, BRAZIL],
])('%s: busy with another matter and the topic put off: LOW', (_lang, description, seller, at) => {
  expect(classifyWithRules(lead(description, at), seller).urgency.level).toBe('LOW');
});

it('es: urgency inside an imagined case is imagined', () => {
  expect(classifyWithRules(lead('Si se nos llega a dañar la bomba en plena temporada, ¿podrían hacernos un servicio urgente? De momento andamos bien, es para saber.', CHILE), FARM).urgency.level).not.toBe('CRITICAL');
});

it.each([
  ['es', 'La administración del edificio nos exige extintores propios y conectar los detectores de humo a su central.', FIRE, {}, /extintores|rociadores/],
  ['pt', 'Vamos implantar o terceiro turno e precisamos de fretamento para levar 120 pessoas de Gaspar.', SHUTTLE, BRAZIL, /^Fretamento contínuo/],
  ['en', 'We need new irrigation controllers and a fertiliser programme for the orchards.', FARM, CHILE, /Fertilizantes|riego/],
])('%s: a need in plain words is the seller\'s service', (_lang, description, seller, at, service) => {
  expect(classifyWithRules(lead(description, at), seller).matchedServices.join(' | ')).toMatch(service);
});

it('en: a wedding is a private matter', () => {
  const result = classifyWithRules(lead("I'm planning a wedding and want custom labels for 150 bottles as favors.", { jobPosition: undefined, companyName: undefined, industry: undefined, companySize: undefined, email: 'bride2027@gmail.com', location: 'Austin, TX, USA' }), FARM);
  expect(result.intent.kind).toBe('PERSONAL');
});
