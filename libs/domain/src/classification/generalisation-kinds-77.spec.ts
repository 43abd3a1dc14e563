// Round 77, from holdout118's and holdout119's first runs (0.923 and 0.958 stage, nothing changed for them): a half or
// quarter "of next year" is next year ("segundo semestre del año que viene"); a budget still to be approved decides
// nothing ("once the new budget is approved"); "just reading up" is information only; "can your team visit" asks a
// visit; a today said after "everything is in compliance" is nowadays; "ahorita" closing a clause is now; "y a fin de mes
// nadie sabe" is every month, no deadline; an offer "a nuestros clientes" is the lead's own; vendors in other words
// ("gostaríamos de oferecer licenças", "happy to bring a demo unit by"); "dosímetros", "pré-viagem" name the service;
// "across", "new" name none.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const RADIATION: CompanyProfile = {
  companyName: 'Radioprotección del Pacífico',
  shortDescription: 'Protección radiológica para hospitales y clínicas: dosimetría personal, control de calidad de equipos de rayos X, blindajes y licencias.',
  mainServices: [
    'Dosimetría personal para el personal ocupacionalmente expuesto, con lectura mensual y reporte de dosis',
    'Control de calidad de equipos de rayos X, tomógrafos y mamógrafos',
    'Diseño de blindajes para salas de imagen',
    'Licenciamiento y oficial de protección radiológica externo',
  ],
  targetAudience: 'Hospitales, clínicas y centros de imagen en Perú y Ecuador con 40 empleados o más.',
  targetIndustries: ['Hospitales', 'Clínicas', 'Centros de imagen', 'Salud'],
  targetCountries: ['Peru', 'Ecuador'],
  buyerAreas: ['imagenología', 'radiología', 'seguridad', 'operaciones'],
};

const lead = (description: string, extra: Record<string, unknown> = {}) => ({
  fullName: 'Lucía Paredes',
  email: 'lparedes@clinicadelsur.pe',
  jobPosition: 'Gerente General',
  companyName: 'Clínica del Sur',
  industry: 'Clínicas',
  location: 'Arequipa, Perú',
  companySize: 160,
  description,
  ...extra,
});

it.each([
  ['es', 'En el primer semestre del próximo año vamos a comprar un mamógrafo. Quería ir viendo qué hay que preparar en la sala.'],
  ['pt', 'No segundo semestre do ano que vem vamos comprar um tomógrafo. Queria ir entendendo o que precisa preparar na sala.'],
  ['en', "We will buy a CT scanner in the second half of next year. I'd like to start learning what the room needs."],
])('%s: a half "of next year" is next year, whatever they will buy then: LOW, NURTURE', (_lang, description) => {
  const result = classifyWithRules(lead(description), RADIATION);
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it.each([
  ['en', 'We will move all six clinics to one dosimetry provider next quarter, once the budget is approved. I would like to understand how your monthly readings work.'],
  ['es', 'Vamos a unificar la dosimetría de las seis sedes el próximo trimestre, cuando se apruebe el presupuesto. Quisiera entender cómo funcionan sus lecturas mensuales.'],
  ['pt', 'Vamos unificar a dosimetria das seis unidades no próximo trimestre, quando o orçamento for aprovado. Queria entender como funcionam as leituras mensais.'],
])('%s: a budget still to be approved decides nothing; the quarter plans: MEDIUM, MQL', (_lang, description) => {
  const result = classifyWithRules(lead(description), RADIATION);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('en: "just reading up" beside a benchmark is information only: LOW, NURTURE', () => {
  const result = classifyWithRules(lead("I'm putting together a benchmark of dosimetry programmes in the region for a board report. Just reading up for now; any examples you can share would help.", { jobPosition: 'Quality Analyst' }), RADIATION);
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it.each([
  ['can your team', 'Can your team visit our imaging wing to check the lead shielding of room 2?'],
  ['could your crew', 'Our mammography unit is due for its yearly quality check. Could your crew visit us to run the tests?'],
])('en: "%s … visit" asks for a visit: HIGH, SQL', (_label, description) => {
  const result = classifyWithRules(lead(description, { jobPosition: 'Operations Director', location: 'Quito, Ecuador', email: 'ops@clinicaquito.ec' }), RADIATION);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it.each([
  ['en', "Two years ago we had a radiation leak in room 3. It was remediated and formally closed with the authority, and everything is in compliance today. I'm interested in learning about your training, for the future."],
  ['pt', 'Há dois anos tivemos um vazamento de radiação na sala 3. Foi remediado e encerrado com a autoridade, e tudo está em conformidade hoje. Tenho interesse em conhecer o treinamento de vocês, para o futuro.'],
])('%s: a today after "everything is in compliance" is nowadays, not a deadline: LOW, NURTURE', (_lang, description) => {
  const result = classifyWithRules(lead(description), RADIATION);
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('es: "ahorita" closing a clause is now; "ahorita no tenemos proyecto" is not', () => {
  const now = classifyWithRules(lead('Se nos vencieron los dosímetros del personal de rayos X y el ministerio viene a inspeccionar. Necesitamos que alguien nos atienda ahorita, por favor.'), RADIATION);
  expect(now.urgency.level).toBe('CRITICAL');
  expect(now.stage).toBe('SQL');
  const state = classifyWithRules(lead('Ahorita no tenemos proyecto de ampliación, solo quería conocer sus servicios de blindaje para más adelante.'), RADIATION);
  expect(state.urgency.level).toBe('LOW');
});

it('es: "y a fin de mes nadie sabe" is every month, not a deadline: evaluating is MEDIUM, MQL', () => {
  const result = classifyWithRules(lead('Cada sede lleva sus dosímetros en una planilla y a fin de mes nadie sabe qué dosis tuvo cada técnico. Estamos evaluando tercerizar la dosimetría.'), RADIATION);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it.each([
  ['es', 'Hace dos meses que nadie nos cambia los dosímetros del personal de rayos X. ¿Nos pueden cotizar el servicio?'],
  ['en', 'Our X-ray staff have had no dosimeters swapped for two months. Can you quote the service?'],
])('%s: dosímetros / dosimeters ask for the dosimetry service', (_lang, description) => {
  const result = classifyWithRules(lead(description), RADIATION);
  expect(result.matchedServices[0]).toMatch(/^Dosimetría personal/);
  expect(result.stage).toBe('SQL');
});

const FLEET_CHECKS: CompanyProfile = {
  companyName: 'Revisión Móvil de Flotas',
  shortDescription: 'Inspecciones de seguridad y mantenimiento preventivo de camiones en la base del cliente.',
  mainServices: ['Inspecciones de seguridad pre-viaje y periódicas en el predio del cliente', 'Mantenimiento preventivo móvil', 'Programas de frenos y neumáticos'],
  targetAudience: 'Empresas de transporte de carga y pasajeros en Uruguay con 30 empleados o más.',
  targetIndustries: ['Transporte', 'Logística', 'Transporte de carga'],
  targetCountries: ['Uruguay'],
};

it.each([
  ['pt', 'Queremos terceirizar as checagens pré-viagem dos nossos caminhões.'],
  ['en', 'We want to outsource the pre-trip checks of our trucks.'],
])('%s: "pré-viagem" / "pre-trip" name the pre-trip inspections', (_lang, description) => {
  const result = classifyWithRules(
    { fullName: 'Ana Souza', email: 'ana@transrivera.com.uy', jobPosition: 'Gerente de Operaciones', companyName: 'TransRivera', industry: 'Transporte de carga', location: 'Rivera, Uruguay', companySize: 90, description },
    FLEET_CHECKS,
  );
  expect(result.matchedServices[0]).toMatch(/^Inspecciones de seguridad pre-viaje/);
});

const HEADSHOTS: CompanyProfile = {
  companyName: 'Studio North Headshots',
  shortDescription: 'Corporate headshot photography on site for professional firms.',
  mainServices: ['On-site headshot days across all your offices', 'New-hire headshot program', 'Leadership and team photography'],
  targetAudience: 'Law, accounting and consulting firms and corporate offices in the United States with 25 employees or more.',
  targetIndustries: ['Legal services', 'Accounting', 'Consulting', 'Financial services'],
  targetCountries: ['United States'],
};

it('en: "across" and "new" name no service: a food shoot for a new menu is not a headshot day', () => {
  const result = classifyWithRules(
    {
      fullName: 'Dana Wells', email: 'dana@harborgrill.com', jobPosition: 'Marketing Director', companyName: 'Harbor Grill Group', industry: 'Restaurants', location: 'Dallas, TX, USA', companySize: 300,
      description: 'We need a food photographer to shoot our new menu across 6 restaurants. Can you quote?',
    },
    HEADSHOTS,
  );
  expect(result.matchedServices).toEqual([]);
  expect(result.stage).not.toBe('SQL');
});

const BUS_SEATS: CompanyProfile = {
  companyName: 'Tapicería Rodante',
  shortDescription: 'Tapicería y pisos de autobuses en el plantel del cliente.',
  mainServices: ['Retapizado de asientos de autobuses en el plantel', 'Fundas antivandálicas', 'Pisos antideslizantes para autobuses'],
  targetAudience: 'Empresas de autobuses y transporte de personal en Costa Rica con 30 empleados o más.',
  targetIndustries: ['Transporte de pasajeros', 'Autobuses', 'Transporte de personal'],
  targetCountries: ['Costa Rica'],
};

it.each([
  ['es', 'Queremos ofrecerles a nuestros pasajeros frecuentes asientos más cómodos: ¿retapizan 20 autobuses con espuma nueva? Envíen cotización.'],
  ['en', 'We would like to offer to our customers a better ride: can you reupholster the seats of our 20 buses? Please send a quote.'],
])('%s: an offer to their own customers is the buyer\'s, not a vendor pitch', (_lang, description) => {
  const result = classifyWithRules(
    { fullName: 'Luis Mora', email: 'lmora@busesdelvalle.cr', jobPosition: 'Gerente General', companyName: 'Buses del Valle', industry: 'Autobuses', location: 'San José, Costa Rica', companySize: 120, description },
    BUS_SEATS,
  );
  expect(result.intent?.kind).toBe('BUYER');
  expect(result.stage).toBe('SQL');
});

it.each([
  ['pt', 'Trabalhamos com espumas de alta densidade. Gostaríamos de oferecer licenças de uso do nosso catálogo digital para a equipe de vocês.'],
  ['en', 'We build out service vans with racks and work benches. Happy to bring a demo unit by your yard next week.'],
])('%s: a vendor in other words is DISQUALIFIED', (_lang, description) => {
  const result = classifyWithRules(
    { fullName: 'Greg Lima', email: 'greg@vanbuilders.com', jobPosition: 'Account Manager', companyName: 'Van Builders', industry: 'Vehicle upfitting', location: 'San José, Costa Rica', companySize: 40, description },
    BUS_SEATS,
  );
  expect(result.intent?.kind).toBe('VENDOR_PITCH');
  expect(result.stage).toBe('DISQUALIFIED');
});
