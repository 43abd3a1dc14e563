// Round 104, from the first runs of holdout164 and holdout165 (sugar-mill shutdowns, graduate tracking, needle control,
// DPF cleaning; hotel TV, bagging machines, IV compounding, vineyard trellis): talking it over internally and looking
// at how others do it are evaluating; a free-trade zone is no country ("Zona Franca" is not França) and "NZ" is New
// Zealand; a buyer area named in English takes the Spanish title ("Jefe de Viñedo" runs the vineyard); a seller's
// hyphenated word ("Exchange-filter programme") is known by its parts; the seller's own service named with job words
// ("tercerizar la bolsa de trabajo") is no job hunt; and a trial offered to the reader is a vendor's pitch.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const EMISSIONS: CompanyProfile = {
  companyName: 'Northline Exhaust Care Inc.',
  shortDescription: 'Aftertreatment care for trucking fleets in Canada and the United States.',
  mainServices: [
    'Exchange-filter programme: cleaned cores swapped at the fleet yard so the tractor leaves the same shift.',
    'Mobile aftertreatment service at the customer yard: forced regenerations, sensor diagnostics and derate troubleshooting.',
  ],
  targetAudience: 'Trucking fleets with 60 employees or more.',
  targetIndustries: ['Trucking', 'Transporte de carga'],
  targetCountries: ['Canada', 'United States'],
  buyerAreas: ['fleet', 'maintenance'],
};

const GARMENT_QA: CompanyProfile = {
  companyName: 'Puntal Control de Agujas, S.A. de C.V.',
  shortDescription: 'Control de agujas quebradas para maquilas textiles.',
  mainServices: ['Programa de control de agujas quebradas con procedimiento escrito y capacitación de supervisoras', 'Calibración de detectores de agujas'],
  targetAudience: 'Maquilas textiles de 100 empleados o más.',
  targetIndustries: ['Confección', 'Textil', 'Apparel manufacturing'],
  targetCountries: ['El Salvador', 'Honduras', 'Guatemala'],
  buyerAreas: ['calidad', 'producción'],
};

const CAREERS_OFFICE: CompanyProfile = {
  companyName: 'Rumbo Egresados S.A.C.',
  shortDescription: 'Oficina de empleabilidad tercerizada para universidades privadas.',
  mainServices: ['Gestión tercerizada de la oficina de empleabilidad: bolsa de trabajo con empresas verificadas y ferias laborales', 'Estudios de seguimiento de egresados'],
  targetAudience: 'Universidades privadas con 80 empleados o más.',
  targetIndustries: ['Educación superior'],
  targetCountries: ['Perú'],
  buyerAreas: ['empleabilidad', 'egresados'],
};

const TRELLIS: CompanyProfile = {
  companyName: 'Strainpost Vineyard Services Ltd',
  shortDescription: 'Vineyard trellis building and repair.',
  mainServices: ['New vineyard block development: posts, wires and end assemblies', 'Trellis repair and re-tensioning after harvest'],
  targetAudience: 'Wineries and vineyard companies with 20 employees or more.',
  targetIndustries: ['Wine', 'Winery', 'Vineyard', 'Viñedos'],
  targetCountries: ['New Zealand'],
  buyerAreas: ['vineyard', 'viticulture'],
};

describe('evaluating, said in other words', () => {
  it('en: "we\'re talking internally about who could run it for us" is evaluating: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'ops@prairiehaul-test.ca', jobPosition: 'Fleet Manager', companyName: 'Prairie Haul', industry: 'Trucking', location: 'Regina, Canada', companySize: 300, description: 'Our aftertreatment derates keep pulling tractors off the road. We are talking internally about who could run the mobile service for us.' },
      EMISSIONS,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('en: "we\'re looking at how other plants handle it" is evaluating: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'prod@ceibatex-test.com', jobPosition: 'Production Manager', companyName: 'Ceiba Textiles', industry: 'Apparel manufacturing', location: 'San Pedro Sula, Honduras', companySize: 900, description: 'Our sewers break needles and we cannot always find the pieces. We are looking at how other plants handle needle control.' },
      GARMENT_QA,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });
});

describe('where the lead is', () => {
  it('es: "Zona Franca San Bartolo, Ilopango" is a free-trade zone, not France: the .sv address places it in El Salvador', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'calidad@confeccionesbartolo.com.sv', jobPosition: 'Jefa de Calidad', companyName: 'Confecciones Bartolo', industry: 'Confección', location: 'Zona Franca San Bartolo, Ilopango', companySize: 450, description: 'Necesitamos el programa de control de agujas quebradas por escrito y capacitar a las supervisoras. ¿Nos mandan una cotización?' },
      GARMENT_QA,
    );
    expect(result.fit.reasons.join(' ')).not.toContain('outside the target countries');
    expect(result.stage).toBe('SQL');
  });

  it('en: "Kaiwaka, Northland, NZ" is in New Zealand', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'vines@kaiwakaestate-test.co', jobPosition: 'Owner', companyName: 'Kaiwaka Estate', industry: 'Vineyard', location: 'Kaiwaka, Northland, NZ', companySize: 30, description: 'A storm took out the end posts on four rows and the wires are down. We need trellis repair this week.' },
      TRELLIS,
    );
    expect(result.fit.reasons.join(' ')).toContain('target country');
    expect(result.stage).toBe('SQL');
  });
});

describe('the seller\'s words, read across languages and hyphens', () => {
  it('es: a "Jefe de Viñedo" runs the "vineyard" buyer area: a decision maker, SQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'vinedo@wairaucrest-test.co.nz', jobPosition: 'Jefe de Viñedo', companyName: 'Wairau Crest', industry: 'Viñedos', location: 'Blenheim, Nueva Zelanda', companySize: 80, description: 'Después de la cosecha quedaron 300 postes quebrados. Necesitamos cotización para reparar el trellis antes de la poda.' },
      TRELLIS,
    );
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(result.stage).toBe('SQL');
  });

  it('es: "cambio de filtros" meets the seller\'s "Exchange-filter programme" through its parts', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'flota@riobravofreight-test.com', jobPosition: 'Director de Flota', companyName: 'Río Bravo Freight', industry: 'Transporte de carga', location: 'Laredo, Texas, USA', companySize: 200, description: 'Ocupamos un programa de cambio de filtros para 40 tractos en nuestra terminal. ¿Nos mandan cotización?' },
      EMISSIONS,
    );
    expect(result.fit.reasons.join(' ')).toMatch(/need matches \d service/);
    expect(result.fit.grade).toBe('A');
  });
});

describe('who writes', () => {
  it('es: "queremos tercerizar la bolsa de trabajo" to a careers-office seller is a buyer, not a job seeker', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'empleabilidad@uprivadasur-test.edu.pe', jobPosition: 'Coordinadora de Empleabilidad', companyName: 'Universidad Privada del Sur', industry: 'Educación superior', location: 'Arequipa, Perú', companySize: 400, description: 'Queremos tercerizar la bolsa de trabajo y la feria laboral de octubre. ¿Podemos tener una reunión la próxima semana?' },
      CAREERS_OFFICE,
    );
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });

  it('es: "busco trabajo, ¿tienen vacantes?" to the same seller is still a job seeker: DISQUALIFIED', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'lead.test.cv@gmail.com', jobPosition: 'Egresado', companyName: null, industry: null, location: 'Arequipa, Perú', description: 'Hola, soy egresado de ingeniería industrial y busco trabajo. ¿Tienen vacantes?' },
      CAREERS_OFFICE,
    );
    expect(result.intent?.kind).toBe('JOB_SEEKER');
    expect(result.stage).toBe('DISQUALIFIED');
  });

  it('en: "We sell bulk SMS… Want a trial?" offers the reader a trial: a vendor, DISQUALIFIED', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'sales@bulktextpro-test.com', jobPosition: 'Sales Manager', companyName: 'BulkText Pro', industry: 'Telecommunications', location: 'Dublin, Ireland', companySize: 25, description: 'We sell bulk SMS for fleet alerts at EUR 0.02 per message. Want a trial?' },
      EMISSIONS,
    );
    expect(result.intent?.kind).toBe('VENDOR_PITCH');
    expect(result.stage).toBe('DISQUALIFIED');
  });
});
