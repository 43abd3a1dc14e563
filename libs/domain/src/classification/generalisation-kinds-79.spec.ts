// Round 79, from holdout122's and holdout123's first runs (0.940 and 0.911 stage with rounds 77-78 unseen): "previsto no
// orçamento" plans a budget, it asks no quote; "dá pra vocês me ligarem?" asks a call; "flanges com histórico de
// vazamento" is history, not an incident now; "no damos abasto… Necesitamos apoyo hoy mismo" presses for ours; "revisión
// de fraude" to a fraud-disputes seller and "fichas técnicas" to a seller of technical sheets name the service (no
// incident, no reading material); "Jefe de Ventas" runs "vendas"; "les escribo rápido", "estamos a tope… esto va para
// después" put our topic off; "valoración interna", "mirando a ver si", "explorando alternativas" evaluate; "la
// decoración de fin de año" is no horizon.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const BUTCHERY: CompanyProfile = {
  companyName: 'Corte Certo Consultoria',
  shortDescription: 'Consultoria para açougues de supermercado: fichas técnicas, rendimento de desossa, treinamento de açougueiros e boas práticas.',
  mainServices: ['Fichas técnicas de cortes e porcionados com rendimento de desossa', 'Treinamento de açougueiros na loja', 'Implantação e reforma de açougues de autosserviço', 'Boas práticas, moagem e rotina de câmara fria'],
  targetAudience: 'Supermercados, atacarejos e distribuidoras de carnes no Nordeste com 50 funcionários ou mais.',
  targetIndustries: ['Supermercados', 'Atacarejo', 'Distribuidora de carnes'],
  targetCountries: ['Brazil'],
  buyerAreas: ['perecíveis', 'operações', 'lojas', 'vendas'],
};

const lead = (description: string, extra: Record<string, unknown> = {}) => ({
  fullName: 'Kátia Fontenele',
  email: 'katia@supernorte.com.br',
  jobPosition: 'Gerente de Operações',
  companyName: 'Supermercados Norte',
  industry: 'Supermercados',
  location: 'Natal, Brasil',
  companySize: 600,
  description,
  ...extra,
});

it.each([
  ['pt', 'Para 2028 está previsto no orçamento montar um açougue de autosserviço nas lojas novas. Por enquanto quero só guardar o contato de vocês.'],
  ['es', 'Para 2028 está previsto en el presupuesto montar una carnicería de autoservicio en las tiendas nuevas. Por ahora solo quiero guardar el contacto.'],
])('%s: a budget planned for a later year asks no quote: LOW, NURTURE', (_lang, description) => {
  const result = classifyWithRules(lead(description), BUTCHERY);
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('pt: "dá pra vocês me ligarem?" asks for a call: HIGH, SQL', () => {
  const result = classifyWithRules(lead('O pessoal do balcão corta a picanha de qualquer jeito e a câmara vive cheia de gelo. Dá pra vocês me ligarem?'), BUTCHERY);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it.each([
  ['pt', 'Gostaríamos de uma visita para revisar a rotina da câmara fria. Temos duas câmaras com histórico de vazamento de gás.'],
  ['en', 'We would like a visit to review the cold-room routine. Two of our cold rooms have a history of refrigerant leaks.'],
])('%s: a history of leaks is no incident now; the visit asked is HIGH, P2', (_lang, description) => {
  const result = classifyWithRules(lead(description), BUTCHERY);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

it('pt: "fichas técnicas" to a seller of technical sheets is the work asked, not reading material: CRITICAL, P1', () => {
  const result = classifyWithRules(lead('Perdemos um cliente na auditoria passada. Preciso refazer as fichas técnicas dos porcionados de imediato.'), BUTCHERY);
  expect(result.urgency.level).toBe('CRITICAL');
  expect(result.priority).toBe('P1');
});

it('es: "Jefe de Ventas" runs the "vendas" buyer area: a decision maker, SQL', () => {
  const result = classifyWithRules(lead('Necesito cotización para entrenar a los carniceros de 6 tiendas.', { jobPosition: 'Jefe de Ventas' }), BUTCHERY);
  expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  expect(result.stage).toBe('SQL');
});

const BAGGAGE: CompanyProfile = {
  companyName: 'Maletas Express',
  shortDescription: 'Entrega de equipaje demorado y atención a pasajeros en irregularidades para aerolíneas.',
  mainServices: ['Entrega de equipaje demorado a domicilio', 'Atención a pasajeros en vuelos cancelados o desviados', 'Oficina de objetos perdidos'],
  targetAudience: 'Aerolíneas y agentes de servicios en tierra en Guatemala y El Salvador con 30 empleados o más.',
  targetIndustries: ['Aerolíneas', 'Servicios aeroportuarios'],
  targetCountries: ['Guatemala', 'El Salvador'],
  buyerAreas: ['estación', 'operaciones', 'experiencia del cliente'],
};

it('es: "no damos abasto… Necesitamos apoyo hoy mismo" presses for our service: CRITICAL, P1', () => {
  const result = classifyWithRules(
    {
      fullName: 'Byron Cifuentes', email: 'byron@aeroquetzal.com.gt', jobPosition: 'Gerente de Operaciones', companyName: 'AeroQuetzal', industry: 'Aerolíneas', location: 'Ciudad de Guatemala', companySize: 180,
      description: 'Tenemos 90 maletas demoradas desde ayer y no damos abasto para entregarlas. Necesitamos apoyo hoy mismo.',
    },
    BAGGAGE,
  );
  expect(result.urgency.level).toBe('CRITICAL');
  expect(result.priority).toBe('P1');
});

const CHARGEBACKS: CompanyProfile = {
  companyName: 'Kontrakarga',
  shortDescription: 'Gestión de contracargos y disputas para tiendas online: alertas, revisión de fraude y representación.',
  mainServices: ['Gestión integral de contracargos y disputas', 'Revisión de pedidos de riesgo y fraude amigable', 'Informes de causas de disputas'],
  targetAudience: 'Tiendas online, marketplaces y agencias de viaje online en España con 25 empleados o más.',
  targetIndustries: ['Comercio electrónico', 'Tienda online', 'E-commerce'],
  targetCountries: ['Spain', 'Portugal'],
  buyerAreas: ['finanzas', 'operaciones', 'e-commerce'],
};

const shop = (description: string, extra: Record<string, unknown> = {}) => ({
  fullName: 'Elena Navarro', email: 'elena@tiendaluna.es', jobPosition: 'Directora Financiera', companyName: 'Tienda Luna Online', industry: 'Tienda online', location: 'Málaga, España', companySize: 80, description, ...extra,
});

it('es: "revisión de fraude" to a fraud-disputes seller names the service, no incident: HIGH, P2', () => {
  const result = classifyWithRules(shop('Solicitamos propuesta para la gestión de contracargos y la revisión de fraude de nuestros pedidos.'), CHARGEBACKS);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

it.each([
  ['les escribo rápido', 'Estamos con una urgencia por una inundación en el almacén, así que les escribo rápido: sobre los contracargos solo queremos saber si trabajan con Shopify.'],
  ['estamos a tope… va para después', 'Estamos a tope con una urgencia de stock para las rebajas, así que esto va para después: nos interesa entender cómo gestionáis las disputas de PayPal.'],
])('es: "%s" is another matter\'s hurry; ours waits: NURTURE', (_label, description) => {
  const result = classifyWithRules(shop(description), CHARGEBACKS);
  expect(result.urgency.level).not.toBe('CRITICAL');
  expect(result.stage).toBe('NURTURE');
});

it.each([
  ['valoración interna', 'Estoy revisando cómo os conectáis con la pasarela para mandar las pruebas de entrega. Es para una valoración interna.'],
  ['mirando a ver si', 'Cada semana el banco nos devuelve compras que la gente dice que no hizo. Estamos mirando a ver si alguien nos lleva estas reclamaciones.'],
  ['explorando alternativas', 'Estamos explorando alternativas para las disputas de tarjeta; hoy las llevamos a mano.'],
])('es: "%s" is evaluating: MEDIUM', (_label, description) => {
  const result = classifyWithRules(shop(description), CHARGEBACKS);
  expect(result.urgency.level).toBe('MEDIUM');
});

const DECOR: CompanyProfile = {
  companyName: 'Destellos',
  shortDescription: 'Decoración navideña y de temporada para centros comerciales y torres de oficinas.',
  mainServices: ['Diseño y montaje de decoración navideña', 'Arriendo y bodegaje de decoración de temporada', 'Mantención de la decoración durante la temporada'],
  targetAudience: 'Centros comerciales, outlets y torres de oficinas en Chile con 40 empleados o más.',
  targetIndustries: ['Centros comerciales', 'Administración de edificios', 'Torres de oficinas'],
  targetCountries: ['Chile'],
};

it('es: "la decoración de fin de año" is the service, not a year-end horizon: LOW when they only ask', () => {
  const result = classifyWithRules(
    {
      fullName: 'Mauricio Saavedra', email: 'msaavedra@torrepuerto.cl', jobPosition: 'Jefe de Operaciones', companyName: 'Torre Puerto', industry: 'Administración de edificios', location: 'Valparaíso, Chile', companySize: 50,
      description: 'Para la decoración de fin de año solo queremos saber si trabajan en Valparaíso.',
    },
    DECOR,
  );
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});
