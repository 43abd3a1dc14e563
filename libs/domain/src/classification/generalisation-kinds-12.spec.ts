// The kinds holdout16 showed (issue 14), per category and language, in other words than the set's: a Portuguese "no"
// ("no mês que vem" is "in the", not a negation), events, stage and sound, wastewater and office moves in plain words,
// marketing and communications as buyer areas, an agency that is itself the buyer, a busy writer at a regulator's
// visit, a put-off with a dated plan (MEDIUM) against one with none (LOW), growth pitches and calendar asks, list and
// domain-renewal spam, referral partnerships, neighbours as a private matter, "72 horas para" as a deadline, and an
// insurance cover named after a disaster, which is no incident.
import { contactFromJobTitle, normalizeBuyerAreas, withBuyerAreas } from '../enrichment/contact-profile';
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const EVENTS: CompanyProfile = {
  companyName: 'Escena Viva',
  shortDescription: 'Producción de eventos corporativos en Colombia.',
  mainServices: ['Producción de convenciones y reuniones corporativas', 'Lanzamientos de producto y marca', 'Producción audiovisual: sonido, iluminación, pantallas LED y transmisión en vivo'],
  targetAudience: 'Empresas con 50 empleados o más.',
  targetIndustries: ['Banking', 'Technology', 'Consumer goods', 'Pharmaceuticals'],
  targetCountries: ['Colombia'],
  buyerAreas: ['mercadeo', 'comunicaciones'],
};
const WATER: CompanyProfile = {
  companyName: 'Agua Clara Industrial',
  shortDescription: 'Tratamiento de aguas residuales industriales en Chile.',
  mainServices: ['Diseño y construcción de plantas de tratamiento de RILes', 'Tratamiento de aguas residuales y reúso de agua de proceso', 'Operación de plantas de tratamiento'],
  targetAudience: 'Industrias con 50 empleados o más.',
  targetIndustries: ['Food processing', 'Beverages', 'Mining', 'Agribusiness'],
  targetCountries: ['Chile'],
};
const MOVERS: CompanyProfile = {
  companyName: 'Traslados Corporativos',
  shortDescription: 'Mudanzas de oficinas y reubicación de empleados en México.',
  mainServices: ['Mudanzas de oficinas y corporativos en fin de semana', 'Reubicación de empleados nacional e internacional', 'Almacenaje de mobiliario y archivo'],
  targetAudience: 'Empresas con 50 empleados o más.',
  targetIndustries: ['Technology', 'Manufacturing', 'Pharmaceuticals', 'Banking'],
  targetCountries: ['Mexico'],
};
const lead = (description: string, at: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Valeria Gómez',
  email: 'vgomez@bancodelvalle.com.co',
  jobPosition: 'Directora Administrativa',
  companyName: 'Banco del Valle',
  industry: 'Banca',
  location: 'Cali, Colombia',
  companySize: 900,
  description,
  ...at,
});
const CHILE: Partial<LeadInput> = { industry: 'Alimentos', location: 'Osorno, Chile', email: 'planta@lacteosdelsur.cl', companyName: 'Lácteos del Sur', jobPosition: 'Gerente General' };
const MEXICO: Partial<LeadInput> = { industry: 'Tecnología', location: 'Monterrey, México', email: 'ops@nubeira.mx', companyName: 'Nubeira', jobPosition: 'Director de Operaciones', companySize: 200 };

it('es: a Spanish "no" before an ask still negates it', () => {
  expect(classifyWithRules(lead('No tenemos presupuesto ni proyecto; no cotización por ahora, solo conocerlos.'), EVENTS).urgency.level).toBe('LOW');
});

it.each([
  ['Queremos o evento de lançamento no mês que vem. Podemos marcar uma call nos próximos dias?'],
  ['No próximo mês queremos fazer a convenção anual; mandem uma proposta.'],
  ['Incluam a transmissão ao vivo no orçamento da convenção, por favor.'],
])('pt: "no" before a date or an ask is "in the", not a negation: HIGH (%s)', (description) => {
  expect(classifyWithRules(lead(description), EVENTS).urgency.level).toBe('HIGH');
});

it.each([
  ['es', 'Queremos una fiesta de fin de año para 150 personas con escenario y sonido. ¿Nos cotizan?', EVENTS, {}],
  ['en', 'Our dairy sends whey and washing water straight to the sewer and the water company keeps fining us.', WATER, CHILE],
  ['es', 'Nos cambiamos de oficina en tres semanas: 80 escritorios, sillas y el rack. ¿Me pasan precio?', MOVERS, MEXICO],
])('%s: a need in plain words is the seller\'s service', (_lang, description, seller, at) => {
  expect(classifyWithRules(lead(description, at), seller).matchedServices.length).toBeGreaterThan(0);
});

it.each([['Marketing Manager'], ['Jefa de Mercadotecnia'], ['Gerente de Relaciones Públicas']])('%s decides for a seller whose buyer areas are mercadeo and comunicaciones', (title) => {
  expect(withBuyerAreas(contactFromJobTitle(title), title, normalizeBuyerAreas(['mercadeo', 'comunicaciones'])).roleType).toBe('BUSINESS_DECISION_MAKER');
});

it('pt: an agency planning its own team event is a buyer, not a vendor', () => {
  const result = classifyWithRules(lead('Somos uma agência de design e estamos pensando em levar o time para um offsite de três dias em Cartagena.', { industry: 'Design', location: 'Bogotá, Colombia' }), EVENTS);
  expect(result.intent.kind).toBe('BUYER');
});

it('es: busy with a regulator\'s visit this week, asking for the second half: MEDIUM', () => {
  const result = classifyWithRules(lead('Perdón lo breve, estamos en medio de una visita de la superintendencia y no doy abasto. Para la convención del segundo semestre quisiera ver opciones y rangos de precio.'), EVENTS);
  expect(result.urgency.level).toBe('MEDIUM');
});

it.each([
  ['es', 'Estamos con un paro de transportistas, así que no es para ahora: en el segundo semestre queremos ampliar la planta de RILes. Más adelante conversamos.', 'MEDIUM'],
  ['en', 'Production has been stopped all week by a strike, so every other project is frozen. Water treatment can wait; reach out again in a few months.', 'LOW'],
])('%s: a put-off with a dated plan is MEDIUM, with none LOW', (_lang, description, level) => {
  expect(classifyWithRules(lead(description, CHILE), WATER).urgency.level).toBe(level);
});

it.each([
  ['en', "Hey, I noticed you aren't ranking for 'office movers Monterrey'. We get movers 3x more leads. Worth a quick call?"],
  ['en', "Movers using RouteMax cut fuel costs by 18%. I'd love to show you a quick demo; what does your calendar look like?"],
])('%s: a growth pitch asking for a call is VENDOR_PITCH, DISQUALIFIED', (_lang, description) => {
  const result = classifyWithRules(lead(description, MEXICO), MOVERS);
  expect(result.intent.kind).toBe('VENDOR_PITCH');
  expect(result.stage).toBe('DISQUALIFIED');
});

it.each([
  ['en', 'Verified email lists of 500,000 Mexican companies, only today at USD 99. Reply YES for the sample.'],
  ['pt', 'AVISO FINAL: seu domínio expira amanhã. Efetue o pagamento pelo link abaixo para evitar a suspensão.'],
])('%s: list and renewal scams are SPAM, DISQUALIFIED', (_lang, description) => {
  const result = classifyWithRules(lead(description, { jobPosition: undefined, companyName: undefined, industry: undefined, companySize: undefined, email: 'promo@gmail.com' }), MOVERS);
  expect(result.intent.kind).toBe('SPAM');
  expect(result.stage).toBe('DISQUALIFIED');
});

it('pt: a school offering referrals for a commission on each project is a partner', () => {
  const result = classifyWithRules(lead('Temos uma escola de idiomas com clientes corporativos. Propomos uma parceria: indicamos os clientes e recebemos 10% de comissão sobre cada projeto.'), EVENTS);
  expect(result.intent.kind).toBe('PARTNER_OR_RESELLER');
});

it('es: a private person whose neighbours complain is PERSONAL, DISQUALIFIED', () => {
  const result = classifyWithRules(lead('En la parcela el pozo negro se rebalsó y los vecinos ya reclamaron, ¿vienen a limpiarlo?', { jobPosition: undefined, companyName: undefined, industry: undefined, companySize: undefined, email: 'rodrigo.f@gmail.com', location: 'Talca, Chile' }), WATER);
  expect(result.intent.kind).toBe('PERSONAL');
  expect(result.stage).toBe('DISQUALIFIED');
});

it('es: "nos dieron 72 horas para desalojar" is a deadline: CRITICAL', () => {
  expect(classifyWithRules(lead('El edificio quedó con daños en la estructura y nos dieron 72 horas para desalojar. Hay que sacar mobiliario y archivo.', MEXICO), MOVERS).urgency.level).toBe('CRITICAL');
});

it('es: an insurance cover named after a disaster is no incident', () => {
  const result = classifyWithRules(lead('Queremos cotizar la mudanza de la planta y el seguro de carga contra terremoto para el traslado del mes que viene.', MEXICO), MOVERS);
  expect(result.urgency.level).toBe('HIGH');
});
