// The kinds holdout13 showed (issue 14), per category and language, in other words than the set's: a white-label
// product the writer would buy (a buyer, not a reseller), internship asks, a pressing visit or stock count that puts the
// topic off, "emergency" naming a service rather than a hurry, same-day hours ("today at 3", "before noon"), a negation
// that ends with its clause, catalogue pitches and purchasing-contact asks, pharmacy spam, franchise recruiting,
// workwear and scanning in plain words, and occupational safety as a buyer area under its other names.
import { contactFromJobTitle, normalizeBuyerAreas, withBuyerAreas } from '../enrichment/contact-profile';
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const WORKWEAR: CompanyProfile = {
  companyName: 'Veste Bem Uniformes',
  shortDescription: 'Confecção de uniformes profissionais e EPI para indústrias e hospitais no Brasil.',
  mainServices: ['Confecção de uniformes profissionais com logotipo bordado', 'Fornecimento de EPI: luvas, botinas e óculos'],
  targetAudience: 'Indústrias e hospitais com 80 funcionários ou mais.',
  targetIndustries: ['Manufacturing', 'Hospitals', 'Hospitality'],
  targetCountries: ['Brazil'],
  buyerAreas: ['segurança do trabalho', 'suprimentos'],
};
const ARCHIVE: CompanyProfile = {
  companyName: 'Archivo Vivo',
  shortDescription: 'Digitalización y custodia de archivos para empresas en el Perú.',
  mainServices: ['Digitalización masiva de expedientes y archivos: escaneo, indexación y OCR', 'Custodia de archivo físico en almacén propio'],
  targetAudience: 'Bancos, aseguradoras y contratistas del Estado con 50 empleados o más.',
  targetIndustries: ['Banking', 'Insurance', 'Government contractors'],
  targetCountries: ['Peru'],
};
const PESTS: CompanyProfile = {
  companyName: 'PlagaCero',
  shortDescription: 'Control de plagas para plantas, hoteles y cadenas de tiendas en México.',
  mainServices: ['Manejo integrado de plagas con visitas programadas y bitácoras', 'Control de roedores y fumigación en bodegas y cocinas', 'Atención de emergencias 24/7'],
  targetAudience: 'Plantas de alimentos, hoteles y cadenas con 50 empleados o más.',
  targetIndustries: ['Food processing', 'Hospitality', 'Retail', 'Logistics'],
  targetCountries: ['Mexico'],
};
const BRAZIL: Partial<LeadInput> = { email: 'compras@metalurgicasul.com.br', companyName: 'Metalúrgica Sul', industry: 'Metalurgia', location: 'Caxias do Sul, RS, Brasil' };
const PERU: Partial<LeadInput> = { email: 'gerencia@obrasandinas.com.pe', companyName: 'Obras Andinas', industry: 'Contratista del Estado', location: 'Lima, Perú' };
const MEXICO: Partial<LeadInput> = { email: 'operaciones@hotelcostazul.com.mx', companyName: 'Hotel Costa Azul', industry: 'Hoteles', location: 'Mazatlán, México' };
const lead = (description: string, at: Partial<LeadInput>, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Renata Vidal',
  jobPosition: 'Gerente General',
  companySize: 240,
  description,
  ...at,
  ...extra,
});

it.each([
  ['es', 'Dudamos entre construir nuestro propio sistema o adquirir una plataforma de marca blanca; lo decidimos en marzo.'],
  ['en', 'We might buy a white-label archive portal rather than build one. What would that cost?'],
])('%s: a white-label product the writer would buy is a buyer weighing options, not a reseller', (_lang, description) => {
  const result = classifyWithRules(lead(description, PERU), ARCHIVE);
  expect(result.intent.kind).toBe('BUYER');
  expect(result.stage).not.toBe('DISQUALIFIED');
});

it('es: asking to resell under their own brand is still a partner', () => {
  const result = classifyWithRules(lead('Queremos revender su servicio a nuestros clientes con marca blanca. ¿Cómo es el programa?', PERU), ARCHIVE);
  expect(result.intent.kind).toBe('PARTNER_OR_RESELLER');
  expect(result.stage).toBe('DISQUALIFIED');
});

it.each([
  ['es', '¿Aceptan pasantes en el área de archivo? Curso cuarto año de bibliotecología.', ARCHIVE, PERU],
  ['pt', 'Vocês aceitam estagiários na confecção? Estou no quinto semestre de moda.', WORKWEAR, BRAZIL],
  ['en', 'Do you take interns over the summer? I can start in January.', PESTS, MEXICO],
])('%s: an internship ask is not a buyer, DISQUALIFIED', (_lang, description, seller, at) => {
  const result = classifyWithRules(lead(description, at, { jobPosition: undefined, companyName: undefined, companySize: undefined }), seller);
  expect(['JOB_SEEKER', 'STUDENT']).toContain(result.intent.kind);
  expect(result.stage).toBe('DISQUALIFIED');
});

it.each([
  ['pt', 'A visita da acreditação é na quinta e está uma correria por aqui. Uniformes, só no ano que vem. Mandem o catálogo.', WORKWEAR, BRAZIL],
  ['en', 'Our physical inventory closes this week and the whole team is on it. Changing pest control companies is something we will look at next year.', PESTS, MEXICO],
])('%s: urgency about another matter with the topic put off is LOW', (_lang, description, seller, at) => {
  expect(classifyWithRules(lead(description, at), seller).urgency.level).toBe('LOW');
});

it.each([
  ['es', 'Queremos cotizar visitas mensuales con servicio de emergencia incluido para 12 sucursales; la propuesta antes de fin de mes.'],
  ['en', 'Please quote monthly visits plus emergency services for our three hotels by the end of this month.'],
])('%s: "emergency" naming a service in a quote request is HIGH, not CRITICAL', (_lang, description) => {
  expect(classifyWithRules(lead(description, MEXICO), PESTS).urgency.level).toBe('HIGH');
});

it.each([
  ['es', 'Hoy a las 6 pasa la verificación sanitaria y encontramos cucarachas en la cocina. Necesito a alguien antes del mediodía.'],
  ['en', 'The health inspector comes this afternoon and we saw mice in the pantry. Can a technician be here before noon?'],
])('%s: a same-day hour is a deadline, CRITICAL', (_lang, description) => {
  expect(classifyWithRules(lead(description, MEXICO), PESTS).urgency.level).toBe('CRITICAL');
});

it.each([
  ['es', 'Para no perder nada, ¿cuánto nos saldría escanear unas 30 cajas de expedientes?'],
  ['en', 'We want to digitise the paper archive so we lose nothing, how much would it cost for 40 boxes?'],
])('%s: a negation ends with its clause; the price ask after it stands (HIGH), and scanning is the seller\'s service', (_lang, description) => {
  const result = classifyWithRules(lead(description, PERU), ARCHIVE);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.matchedServices[0]).toMatch(/^Digitalización/);
});

it.each([
  ['pt', 'Preciso de 40 jalecos e 20 dólmãs com o logo bordado para a equipe da cozinha.'],
  ['es', 'Necesitamos cotizar ropa de trabajo con logo para 200 operarios de la planta.'],
])('%s: workwear in other words is the seller\'s uniform service', (_lang, description) => {
  expect(classifyWithRules(lead(description, BRAZIL), WORKWEAR).matchedServices[0]).toMatch(/^Confecção de uniformes/);
});

it.each([
  ['en', 'Dear buyer, we are a factory of safety boots with CA certificate. Can I send catalogue and price list?', WORKWEAR, BRAZIL],
  ['es', 'Distribuimos químicos y cebos con crédito a 30 días. ¿Con quién puedo ver lo de sus compras?', PESTS, MEXICO],
  ['pt', 'Quem cuida das compras de vocês? Temos condições especiais em luvas nitrílicas.', WORKWEAR, BRAZIL],
  ['en', 'We are authorized distributors of high-speed scanners; shall we book a demo for your team this month?', ARCHIVE, PERU],
])('%s: a supplier pitching to the seller is VENDOR_PITCH, DISQUALIFIED', (_lang, description, seller, at) => {
  const result = classifyWithRules(lead(description, at), seller);
  expect(result.intent.kind).toBe('VENDOR_PITCH');
  expect(result.stage).toBe('DISQUALIFIED');
});

it.each([
  ['pt', 'Remédios sem receita com até 80% OFF!!! Acesse agora e receba em casa.'],
  ['es', 'Medicamentos sin receta, envío discreto a todo el país. Entra ahora!!!'],
])('%s: pharmacy spam is SPAM, DISQUALIFIED', (_lang, description) => {
  const result = classifyWithRules(lead(description, MEXICO, { companyName: undefined, jobPosition: undefined, companySize: undefined, email: 'ofertas@gmail.com' }), PESTS);
  expect(result.intent.kind).toBe('SPAM');
  expect(result.stage).toBe('DISQUALIFIED');
});

it.each([
  ['pt', 'Somos uma rede de franquias de dedetização e procuramos novos franqueados no México. Podemos conversar?'],
  ['es', 'Buscamos franquiciados en Jalisco para nuestra marca de control de plagas.'],
  ['en', "We're looking for franchisees in Mexico for our pest control brand."],
])('%s: recruiting franchisees is a partner, DISQUALIFIED', (_lang, description) => {
  const result = classifyWithRules(lead(description, MEXICO), PESTS);
  expect(result.intent.kind).toBe('PARTNER_OR_RESELLER');
  expect(result.stage).toBe('DISQUALIFIED');
});

it.each([['Jefe de Seguridad y Salud en el Trabajo'], ['Health and Safety Manager'], ['Gerente de Saúde e Segurança']])(
  '%s decides for a seller whose buyer area is segurança do trabalho',
  (title) => {
    expect(withBuyerAreas(contactFromJobTitle(title), title, normalizeBuyerAreas(['segurança do trabalho'])).roleType).toBe('BUSINESS_DECISION_MAKER');
  },
);
