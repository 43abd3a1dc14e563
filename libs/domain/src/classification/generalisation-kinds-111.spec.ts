// Round 111, from the first runs of holdout174 (cork-stopper lab, olive-mill by-products, mining-camp water, generator
// fuel) and holdout175 (cane harvesters, grain dryers, rope access, work camps): "rolhas", "balsas", "desaladoras" and
// "mantención" meet the seller's English words (glossary); "as rolhas deste ano já foram aprovadas", "las balsas
// aguantan este año" report a calm present, not a horizon; "si falla el suministro" imagines a failure; "altiro" is
// now; "estamos viendo quién podría venir" weighs who could come; "averiguar plazos y precios" asks prices; "necesito
// respuesta antes" dates the need; a "Camp Supervisor" runs "camp services"; "in-house today" is nowadays.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const CORK_LAB: CompanyProfile = {
  companyName: 'Rolha Certa Laboratório Lda.',
  shortDescription: 'Cork-stopper quality laboratory for wineries.',
  mainServices: ['TCA and cork-taint screening of stopper lots, with lot certificates', 'Dimensional and extraction-force testing of stoppers', 'Audits of stopper suppliers'],
  targetAudience: 'Wineries and bottlers in Portugal and Spain with 25 employees or more.',
  targetIndustries: ['Wine production', 'Vinhos', 'Bodegas'],
  targetCountries: ['Portugal', 'Spain'],
  buyerAreas: ['quality', 'oenology', 'bottling'],
};

const OLIVE_MILL_WASTE: CompanyProfile = {
  companyName: 'Alperujos del Sur S.L.',
  shortDescription: 'Olive-mill by-product management.',
  mainServices: ['Alperujo collection and haulage during the campaign', 'Evaporation-pond desludging, liner repair and registration of ponds with the river-basin authority', 'Mill wastewater treatment'],
  targetAudience: 'Olive-oil mills and cooperatives in Spain with 10 employees or more.',
  targetIndustries: ['Almazaras', 'Aceite de oliva', 'Cooperativas oleícolas'],
  targetCountries: ['Spain'],
  buyerAreas: ['production', 'environment', 'maintenance'],
};

const REMOTE_WATER: CompanyProfile = {
  companyName: 'Agua Faena Norte SpA',
  shortDescription: 'Potable water for mining camps and remote sites.',
  mainServices: ['Operation and maintenance of small desalination and potable-water plants', 'Drinking-water laboratory testing', 'Emergency drinking-water supply by tank truck'],
  targetAudience: 'Mining companies, contractors and remote industrial sites in Chile with 100 employees or more.',
  targetIndustries: ['Minería', 'Contratistas mineros', 'Servicios a la minería', 'Acuicultura'],
  targetCountries: ['Chile'],
  buyerAreas: ['operations', 'maintenance', 'procurement'],
};

const CANE_HARVESTERS: CompanyProfile = {
  companyName: 'Cosecha Norte S.A.C.',
  shortDescription: 'Reconstrucción de cosechadoras de caña y capacitación de operadores.',
  mainServices: ['Reconstrucción de cortadores base, picadores y elevadores de cosechadoras de caña', 'Capacitación de operadores y mecánicos de cosechadoras en campo'],
  targetAudience: 'Ingenios azucareros del Perú con 50 empleados o más.',
  targetIndustries: ['Agroindustria azucarera', 'Ingenios azucareros'],
  targetCountries: ['Perú'],
  buyerAreas: ['campo', 'cosecha', 'mantenimiento'],
};

const ROPE_ACCESS: CompanyProfile = {
  companyName: 'Acceso Vertical del Sur S.A.',
  shortDescription: 'Trabajos en altura por acceso con cuerdas para plantas industriales.',
  mainServices: ['Inspección de silos, tanques y chimeneas por acceso con cuerdas', 'Certificación de puntos de anclaje y líneas de vida'],
  targetAudience: 'Plantas petroquímicas, puertos y terminales en Argentina con 100 empleados o más.',
  targetIndustries: ['Química', 'Petroquímica', 'Terminal portuaria'],
  targetCountries: ['Argentina'],
  buyerAreas: ['mantenimiento', 'operaciones', 'higiene y seguridad'],
};

const WORK_CAMPS: CompanyProfile = {
  companyName: 'Northern Lodge Services Inc.',
  shortDescription: 'Housekeeping and facility services at remote work camps.',
  mainServices: ['Housekeeping and room turnover of camp accommodations', 'Camp laundry', 'Janitorial and facility maintenance of camp buildings'],
  targetAudience: 'Oil-sands operators, pipeline contractors and mining companies in Canada with 200 employees or more.',
  targetIndustries: ['Mining', 'Oil sands', 'Pipeline construction'],
  targetCountries: ['Canada'],
  buyerAreas: ['camp services', 'operations', 'procurement'],
};

describe('round 111', () => {
  it('pt: "nada urgente, as rolhas deste ano já foram aprovadas, mas gostava de ter um orçamento" is a quote asked: HIGH, SQL P2', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Teste', email: 'qualidade@quintadoribeiro-teste.pt', jobPosition: 'Gerente de Qualidade', companyName: 'Quinta do Ribeiro', industry: 'Vinhos', location: 'Régua, Portugal', companySize: 45, description: 'Não é nada urgente, as rolhas deste ano já foram aprovadas, mas gostava de ter um orçamento para analisarem o cheiro a rolha de 5 lotes por ano.' },
      CORK_LAB,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
    expect(result.priority).toBe('P2');
  });

  it('es: "tres balsas que no están dadas de alta en la Confederación" names the pond service: SQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'operaciones@olivaresdelsur-prueba.es', jobPosition: 'Director de Operaciones', companyName: 'Olivares del Sur', industry: 'Aceite de oliva', location: 'Baeza, España', description: 'Tenemos tres balsas y ninguna está dada de alta en la Confederación, nos lo avisó el técnico. ¿Podemos hablar por teléfono?' },
      OLIVE_MILL_WASTE,
    );
    expect(result.fit.reasons.some((r) => r.startsWith('+ need matches'))).toBe(true);
    expect(result.stage).toBe('SQL');
  });

  it('es: "un plan de contingencia si falla el suministro" imagines a failure: HIGH, P2, not CRITICAL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'abastecimiento@constructoranorte-prueba.cl', jobPosition: 'Jefa de Abastecimiento', companyName: 'Constructora Norte', industry: 'Contratistas mineros', location: 'Antofagasta, Chile', companySize: 500, description: 'Este mes licitamos el agua potable de la faena. El mandante pide resolución sanitaria y un plan de contingencia si falla el suministro. Favor enviar cotización.' },
      REMOTE_WATER,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.priority).toBe('P2');
  });

  it('es: "desaladoras… que alguien se haga cargo de la mantención" names the plant service: SQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'mantencion@salmonesaustral-prueba.cl', jobPosition: 'Jefe de Mantenimiento', companyName: 'Salmones Austral', industry: 'Acuicultura', location: 'Puerto Aysén, Chile', companySize: 450, description: 'Tenemos pontones con desaladoras chicas en centros alejados. Buscamos una empresa que se haga cargo de la mantención. Favor cotizar.' },
      REMOTE_WATER,
    );
    expect(result.fit.reasons.some((r) => r.startsWith('+ need matches'))).toBe(true);
    expect(result.stage).toBe('SQL');
  });

  it('es: "hay que verlo altiro, estamos racionando" from a technician is urgent in their words: CRITICAL, MQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'electrico@serviciosmineros-prueba.cl', jobPosition: 'Técnico Eléctrico', companyName: 'Servicios Mineros del Loa', industry: 'Servicios a la minería', location: 'Calama, Chile', companySize: 230, description: 'Soy el que ve la osmosis del campamento, el agua sale salada. Hay que verlo altiro porque estamos racionando.' },
      REMOTE_WATER,
    );
    expect(result.urgency.level).toBe('CRITICAL');
    expect(result.stage).toBe('MQL');
  });

  it('es: "estamos viendo quién podría venir a enseñarles" weighs who could come: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'campo@agroindustrialvalle-prueba.pe', jobPosition: 'Gerente de Campo', companyName: 'Agroindustrial del Valle', industry: 'Agroindustria azucarera', location: 'Chiclayo, Perú', companySize: 700, description: 'Los operadores de las cosechadoras dejan mucha caña en el surco, nadie les enseñó a calibrarlas. Estamos viendo quién podría venir a enseñarles en el campo.' },
      CANE_HARVESTERS,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('es: "mi jefe me pidió averiguar plazos y precios" asks prices: HIGH, MQL for a technician', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'hys@quimicadelplata-prueba.com.ar', jobPosition: 'Técnico en Higiene y Seguridad', companyName: 'Química del Plata', industry: 'Química', location: 'Zárate, Argentina', companySize: 500, description: 'Consulto por certificación de puntos de anclaje en techos. Mi jefe me pidió averiguar plazos y precios.' },
      ROPE_ACCESS,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('MQL');
  });

  it('es: "el viernes arrancan, necesito respuesta antes" dates the need: CRITICAL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'operaciones@terminalparana-prueba.com.ar', jobPosition: 'Supervisor de Operaciones', companyName: 'Terminal Paraná', industry: 'Terminal portuaria', location: 'Rosario, Argentina', companySize: 380, description: 'Quiero saber si los puntos de anclaje del techo aguantan. Nunca nadie los certificó y el viernes arrancan a limpiar los techos, necesito respuesta antes.' },
      ROPE_ACCESS,
    );
    expect(result.urgency.level).toBe('CRITICAL');
    expect(result.priority).toBe('P1');
  });

  it('en: a "Camp Supervisor" runs camp services: a decision maker, SQL P1 for housekeepers needed by tomorrow', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'camp@muskegmining-test.ca', jobPosition: 'Camp Supervisor', companyName: 'Muskeg Mining', industry: 'Mining', location: 'Fort McMurray, Canada', companySize: 650, description: 'Two housekeepers quit and we are 40 rooms behind on turnover. Need temp housekeepers by tomorrow, can you help?' },
      WORK_CAMPS,
    );
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(result.stage).toBe('SQL');
    expect(result.priority).toBe('P1');
  });
  it('en: "everything is in-house today" tells how it is done now, no deadline: evaluating this year is MEDIUM, MQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'sites@borealdiamonds-test.ca', jobPosition: 'VP, Site Services', companyName: 'Boreal Diamonds', industry: 'Mining', location: 'Yellowknife, Canada', companySize: 780, description: "We're reviewing how we run accommodations at the mine. Everything is in-house today and it's getting hard to staff. We're evaluating whether to contract out housekeeping this year and want to understand how you work." },
      WORK_CAMPS,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });
});
