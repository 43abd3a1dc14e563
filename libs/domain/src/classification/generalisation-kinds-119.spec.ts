// Round 119, from holdout194-197's first runs (piano tuning, tower clocks, interactive displays, marquees, event security,
// energy audits, electric fencing, microscope service, industrial photography, used cooking oil, airport assistance,
// restroom partitions, refrigerant reclaim, speed radars, bike parking, auditorium seating). Each case is worded apart
// from the set's lead it comes from.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const lead = (over: Partial<LeadInput>): LeadInput => ({ fullName: 'Lead Prueba', email: 'contacto@empresa-prueba.com', companySize: 300, ...over });

const REFRIGERANT: CompanyProfile = {
  companyName: 'Peach State Reclaim',
  shortDescription: 'Refrigerant recovery cylinders and reclaim.',
  mainServices: ['Recovery cylinder exchange', 'EPA-certified reclamation of used refrigerants', 'Leak-rate and refrigerant tracking records'],
  targetAudience: 'HVAC contractors, supermarkets and hospitals in the US Southeast with 50 or more staff.',
  targetIndustries: ['HVAC contracting', 'Grocery retail', 'Hospital'],
  targetCountries: ['United States'],
  buyerAreas: ['facilities', 'refrigeration service', 'purchasing'],
};

const BIKE_PARKING: CompanyProfile = {
  companyName: 'Bicipark Chile SpA',
  shortDescription: 'Estacionamientos de bicicletas.',
  mainServices: ['Suministro e instalación de bicicleteros y cobertizos', 'Bicicleterías seguras con control de acceso', 'Cumplimiento normativo de estacionamientos de bicicletas'],
  targetAudience: 'Inmobiliarias, malls y empleadores de Chile con 20 o más empleados.',
  targetIndustries: ['Inmobiliaria', 'Centros comerciales', 'Universidades'],
  targetCountries: ['Chile'],
  buyerAreas: ['desarrollo de proyectos', 'administración de edificios'],
};

const SEATING: CompanyProfile = {
  companyName: 'Butacas del Sur SAC',
  shortDescription: 'Butacas para auditorios.',
  mainServices: ['Suministro e instalación de butacas fijas para auditorios', 'Reparación y retapizado de butacas', 'Diseño de distribución con rutas de evacuación'],
  targetAudience: 'Universidades, teatros y municipalidades del Perú con 30 o más empleados.',
  targetIndustries: ['Universidad', 'Teatros', 'Municipalidades'],
  targetCountries: ['Perú'],
  buyerAreas: ['infraestructura', 'mantenimiento'],
};

const USED_OIL: CompanyProfile = {
  companyName: 'Aceites Levante Recogida',
  shortDescription: 'Used cooking oil collection for kitchens.',
  mainServices: ['Used cooking oil collection: scheduled or on-call pick-up', 'Containers and bins', 'Delivery to biodiesel refiners with payment per litre'],
  targetAudience: 'Restaurant chains, hotels and caterers in Spain with 30 or more staff.',
  targetIndustries: ['Restauración', 'Hoteles', 'Catering'],
  targetCountries: ['España'],
  buyerAreas: ['operaciones', 'compras'],
};

const ENERGY: CompanyProfile = {
  companyName: 'Eficiencia Tica',
  shortDescription: 'Auditorías energéticas.',
  mainServices: ['Energy audits of buildings and industrial plants', 'ISO 50001 implementation', 'Energy-saving recommendations for chillers, compressed air and lighting'],
  targetAudience: 'Hotels, free-zone manufacturers and hospitals in Costa Rica with 20 or more staff.',
  targetIndustries: ['Hospitales y clínicas', 'Manufactura en zona franca', 'Hoteles'],
  targetCountries: ['Costa Rica'],
  buyerAreas: ['operaciones', 'compras', 'mantenimiento'],
};

const CLOCKS: CompanyProfile = {
  companyName: 'Relógios da Torre Lda.',
  shortDescription: 'Tower clocks and bells.',
  mainServices: ['Restoration and maintenance of mechanical tower clocks', 'Automation and GPS synchronisation of clocks and bells', 'Heritage surveys for listed buildings'],
  targetAudience: 'Municipalities, parishes and universities in Portugal and Galicia with 15 or more staff.',
  targetIndustries: ['Municípios', 'Parroquias', 'Universidades'],
  targetCountries: ['Portugal', 'España'],
  buyerAreas: ['heritage', 'works and maintenance'],
};

const MARQUEES: CompanyProfile = {
  companyName: 'Southern Marquee Hire',
  shortDescription: 'Marquee and temporary-structure hire.',
  mainServices: ['Clearspan marquee and temporary structure hire', 'Flooring, lighting and heating for structures', 'Install and pack-down crews'],
  targetAudience: 'Event companies, councils, A&P shows and wineries in New Zealand with 30 or more staff.',
  targetIndustries: ['Events', 'A&P shows', 'Winery', 'Festivals'],
  targetCountries: ['New Zealand'],
  buyerAreas: ['events', 'operations'],
};

describe('round 119: who runs the buyer area', () => {
  it('en: a "Refrigeration Supervisor" runs the area "refrigeration service": SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Refrigeration Supervisor', companyName: 'Magnolia Grocers', industry: 'Grocery retail', location: 'Augusta, GA, USA', description: 'We want a standing swap of empty recovery tanks for full ones at our service shop. Can you give me a call?' }), REFRIGERANT);
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(result.stage).toBe('SQL');
  });

  it('es: a "Jefa de Proyectos" runs "desarrollo de proyectos": SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefa de Proyectos', companyName: 'Inmobiliaria Los Andes', industry: 'Inmobiliaria', location: 'Providencia, Chile', description: 'Nos faltan 40 estacionamientos de bicicletas para la recepción final del edificio. Necesitamos cotizar la instalación.' }), BIKE_PARKING);
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(result.stage).toBe('SQL');
  });
});

describe('round 119: dates and hurry in new words', () => {
  it('en: records needed "before Thursday", when the inspector comes, is a deadline this week: CRITICAL, SQL P1', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Facilities Director', companyName: 'Pine Hills Hospital', industry: 'Hospital', location: 'Albany, GA, USA', description: 'The EPA inspector wants leak repair records for our chillers. Our old contractor kept them and closed shop. We need help rebuilding them before Thursday.' }), REFRIGERANT);
    expect(result.urgency.level).toBe('CRITICAL');
    expect(result.priority).toBe('P1');
  });

  it('es: "necesitamos que vengan al toque" is urgency in their words: CRITICAL, SQL P1', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefe de Infraestructura', companyName: 'Universidad del Misti', industry: 'Universidad', location: 'Arequipa, Perú', description: 'El inspector observó butacas rotas que estorban la salida del auditorio y sin el certificado no hay ceremonia. Necesitamos que vengan al toque.' }), SEATING);
    expect(result.urgency.level).toBe('CRITICAL');
    expect(result.stage).toBe('SQL');
  });

  it('es: "esto ya no puede esperar" presses, it puts nothing off: CRITICAL, SQL P1', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Director de Compras', companyName: 'Catering Turia', industry: 'Catering', location: 'Valencia, España', description: 'Esto ya no puede esperar: la cocina central lleva dos semanas sin recogida de aceite y mañana viene sanidad. Llamadme.' }), USED_OIL);
    expect(result.urgency.level).toBe('CRITICAL');
    expect(result.priority).toBe('P1');
  });

  it('es: "ya nos aprobaron presupuesto" this year is an approved budget (HIGH): SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Directora de Operaciones', companyName: 'Componentes Cartago', industry: 'Manufactura en zona franca', location: 'Cartago, Costa Rica', description: 'La casa matriz nos pidió bajar el consumo eléctrico de la planta este año y ya nos aprobaron presupuesto para una auditoría energética.' }), ENERGY);
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
  });

  it('es: a plan for "el próximo cuatrimestre" is a horizon (MEDIUM): MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Directora de Infraestructura', companyName: 'Universidad de Tacna', industry: 'Universidad', location: 'Tacna, Perú', description: 'Estamos armando el plan de mantenimiento del próximo cuatrimestre y queremos incluir la reparación de las butacas del auditorio.' }), SEATING);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('en: tents "for next year\'s show", to hear about closer to the time, is next year (LOW): NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Chief Executive', companyName: 'Otago A&P Association', industry: 'A&P shows', location: 'Dunedin, New Zealand', description: "We're thinking about replacing the old canvas marquees for next year's show. Happy to hear from you closer to the time." }), MARQUEES);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('en: "Re the marquees…" after an urgent hearing of theirs turns to our topic, still being evaluated: MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Events Manager', companyName: 'Banks Peninsula Festival', industry: 'Festivals', location: 'Akaroa, New Zealand', description: 'Sorry for the short note, an urgent council hearing on Friday is eating my week. Re the marquees for the autumn festival, we are still evaluating layouts and will come back to you.' }), MARQUEES);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('es: "perdón lo corto", an urgent report of theirs today, ours "cuando tenga un rato": NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Gerente de Operaciones', companyName: 'Restaurantes Albufera', industry: 'Restauración', location: 'Valencia, España', description: 'Perdón lo corto, hoy tengo que entregar urgente el cierre al banco. Me hablaron bien de vuestra recogida de aceite; cuando tenga un rato os cuento.' }), USED_OIL);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('en: "how it works when you buy refrigerant back" asks how the seller buys, not to buy: NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Operations Director', companyName: 'Coastal Comfort HVAC', industry: 'HVAC contracting', location: 'Savannah, GA, USA', description: 'Interested in how it works when you buy refrigerant back from contractors, which types you take and so on. We do plenty of changeouts.' }), REFRIGERANT);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('pt: solutions to take "à reunião de executivo" is their meeting, not one asked for (MEDIUM): MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Presidente', companyName: 'Junta de Freguesia de Ronfe', industry: 'Municípios', location: 'Guimarães, Portugal', description: 'Estamos a avaliar automatizar o relógio da igreja. Gostava de perceber que soluções existem para levar à reunião de executivo.' }), CLOCKS);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('en: "toying with" an event under cover evaluates (MEDIUM): MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Marketing Manager', companyName: 'Gibbston Valley Wines', industry: 'Winery', location: 'Queenstown, New Zealand', description: "We're toying with a harvest lunch for 150 in the vines, under a marquee in case of rain. Nothing locked in yet." }), MARQUEES);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });
});

describe('round 119: the need and the writer in other words', () => {
  it('es: "el reloj del campanario" is a tower clock: matched', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Párroco', companyName: 'Parroquia de Santiago', industry: 'Parroquias', location: 'Ourense, España', description: 'El reloj del campanario está parado desde el lunes. ¿Pueden venir esta semana?' }), CLOCKS);
    expect(result.matchedServices.length).toBeGreaterThan(0);
  });

  it('es: "precio para la recogida" in 9 restaurants is used-oil collection, asked by an owner: SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Propietario', companyName: 'Arrocerías del Puerto', industry: 'Restauración', location: 'Valencia, España', description: 'Tenemos 9 arrocerías en Valencia, ¿me pasáis precio para la recogida en todas?' }), USED_OIL);
    expect(result.matchedServices.length).toBeGreaterThan(0);
    expect(result.stage).toBe('SQL');
  });

  it('es: a tender that asks to "adjuntar experiencia … y CV del auditor" is a buyer, no job seeker: SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefa de Compras', companyName: 'Clínica Santa Ana', industry: 'Hospitales y clínicas', location: 'Alajuela, Costa Rica', description: 'Solicitamos cotización para una auditoría energética de la clínica. Adjuntar experiencia en hospitales y CV del auditor líder.' }), ENERGY);
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });
});
