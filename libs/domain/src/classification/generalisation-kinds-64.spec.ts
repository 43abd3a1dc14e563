// Round 64, from holdout97's first run (0.917 stage, lists unseen): words that look like urgency or its absence and are
// not ("media mañana" is half a morning, not tomorrow; vegetables "ya listos" are ready-made; "un solo material" is one
// material, not "only material"; "continuar a comprar" is what they do now, not an order); more ways of weighing
// options ("juntando la información de los proveedores", "estamos revisando cómo mejorar"); "nothing needed before
// then" puts it off; "que alguien nos visite" asks for a visit; a home garage is a private matter; "RR.HH." is human
// resources, and a "Warehouse Manager" is in the "almacén" buyer area.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const CUT_VEGETABLES: CompanyProfile = {
  companyName: 'Huerta Lista',
  shortDescription: 'Hortalizas lavadas y cortadas y fruta procesada con entrega diaria refrigerada para hoteles, restaurantes, casinos y clínicas en Colombia.',
  mainServices: ['Hortalizas lavadas, peladas y cortadas listas para cocinar', 'Fruta procesada para desayunos y postres', 'Entrega diaria refrigerada con programación semanal'],
  targetAudience: 'Hoteles, cadenas de restaurantes, casinos de empresa, clínicas y catering en Colombia con 30 empleados o más.',
  targetIndustries: ['Hotelería', 'Restaurantes', 'Catering', 'Clínicas'],
  targetCountries: ['Colombia'],
};

it('es: "se nos va media mañana pelando" is half a morning, not a deadline, and "ya listo" is ready-made: a visit asked is HIGH', () => {
  const result = classifyWithRules({
    fullName: 'Gloria Parra', email: 'gparra@asaderoloscompadres.com.co', jobPosition: 'Gerente General', companyName: 'Asadero Los Compadres', industry: 'Restaurantes', location: 'Villavicencio, Colombia', companySize: 70,
    description: 'En la cocina se nos va media mañana pelando y picando papa y cebolla. ¿Ustedes nos pueden mandar eso ya listo? ¿Nos pueden visitar?',
  }, CUT_VEGETABLES);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

const PACKAGING_LAW: CompanyProfile = {
  companyName: 'Circular Norte',
  shortDescription: 'Cumplimiento de la Ley REP de envases en Chile: inventario y declaración anual, sistemas de gestión, ecodiseño y etiquetado de reciclabilidad.',
  mainServices: ['Inventario de envases y declaración anual', 'Adhesión y negociación con sistemas de gestión', 'Ecodiseño de envases y etiquetado de reciclabilidad'],
  targetAudience: 'Productores e importadores de alimentos, bebidas, consumo masivo y cosmética en Chile con 50 trabajadores o más.',
  targetIndustries: ['Alimentos', 'Bebidas', 'Consumo masivo', 'Cosmética'],
  targetCountries: ['Chile'],
  buyerAreas: ['sustentabilidad', 'supply chain', 'operaciones'],
};
const packaging = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Tomás Lagos', email: 'tomas@raizandina.cl', jobPosition: 'Gerente General', companyName: 'Raíz Andina', industry: 'Cosmética natural', location: 'Puerto Varas, Chile', companySize: 70, description, ...fields }, PACKAGING_LAW);

it('es: "pasar los frascos a un solo material" is no "solo material" (information only): evaluating stays MEDIUM', () => {
  const result = packaging('Estamos evaluando pasar nuestros frascos a un solo material para bajar lo que pagamos al sistema de gestión. Estamos comparando opciones con un par de consultoras.');
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es: "por ahora estamos juntando la información de los proveedores" gathers options for next quarter: MEDIUM', () => {
  const result = packaging('Queremos dejar el inventario de envases listo para el próximo trimestre. Por ahora estamos juntando la información de los proveedores.');
  expect(result.urgency.level).toBe('MEDIUM');
});

it('en: planning for next year with "nothing needed before then, just gathering references" is LOW', () => {
  const result = packaging("We are planning the packaging redesign for next year's launches and would like recyclability labelling in the brief. Nothing needed before then, just gathering references.", { jobPosition: 'Sustainability Director' });
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

const SCRUBBER_RENTAL: CompanyProfile = {
  companyName: 'Brillamaq',
  shortDescription: 'Alquiler y mantenimiento de fregadoras y barredoras industriales en España y Portugal.',
  mainServices: ['Alquiler de fregadoras y barredoras a largo y corto plazo', 'Renting con mantenimiento, averías y baterías incluidos', 'Reparación y mantenimiento de fregadoras'],
  targetAudience: 'Logística, industria, hospitales, retail y facility services en España y Portugal con 20 trabajadores o más.',
  targetIndustries: ['Logística', 'Industria', 'Hospitales', 'Retail', 'Distribución'],
  targetCountries: ['Spain', 'Portugal'],
  buyerAreas: ['mantenimiento', 'servicios generales', 'operaciones', 'logística', 'almacén'],
};

it('pt-PT: "avaliar se compensa o renting ou continuar a comprar" weighs options, it orders nothing: MEDIUM, MQL', () => {
  const result = classifyWithRules({
    fullName: 'Helena Rocha', email: 'hrocha@distribuicaotejo.pt', jobPosition: 'Diretora de Logística', companyName: 'Distribuição Tejo', industry: 'Distribuição', location: 'Setúbal, Portugal', companySize: 220,
    description: 'Estamos a avaliar se compensa mais o renting ou continuar a comprar as máquinas. Estamos a comparar propostas de três empresas.',
  }, SCRUBBER_RENTAL);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es: "estamos revisando cómo mejorar la limpieza… sin prisa" after an accident closed since is evaluating: MEDIUM', () => {
  const result = classifyWithRules({
    fullName: 'Pilar Gracia', email: 'pgracia@frigorificosribera.es', jobPosition: 'Directora de Operaciones', companyName: 'Frigoríficos Ribera', industry: 'Logística', location: 'Zaragoza, España', companySize: 310,
    description: 'En 2023 un operario resbaló en la zona de picking; cambiamos procedimientos y desde entonces cero incidentes. Estamos revisando cómo mejorar la limpieza de suelos de forma continua, sin prisa.',
  }, SCRUBBER_RENTAL);
  expect(result.urgency.level).toBe('MEDIUM');
});

it('en: a "Warehouse Manager" is in the "almacén" buyer area: a quote asked is SQL', () => {
  const result = classifyWithRules({
    fullName: 'Oriol Puig', email: 'opuig@atlasiberia.com', jobPosition: 'Warehouse Manager', companyName: 'Atlas Iberia Logistics', industry: 'Logistics', location: 'Barcelona, Spain', companySize: 240,
    description: 'Please send a quote for long-term rental of 2 ride-on scrubbers for our El Prat warehouse.',
  }, SCRUBBER_RENTAL);
  expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  expect(result.stage).toBe('SQL');
});

it('es: a private person cleaning "el garaje de casa" is not a buyer', () => {
  const result = classifyWithRules({
    fullName: 'Lucía Bermejo', email: 'luciabermejo_77@hotmail.com', location: 'Alcalá de Henares, España',
    description: 'Hola, quiero alquilar una fregadora un fin de semana para limpiar el garaje de casa después de una obra. ¿Cuánto cuesta?',
  }, SCRUBBER_RENTAL);
  expect(result.stage).toBe('DISQUALIFIED');
});

const PHISHING_TRAINING: CompanyProfile = {
  companyName: 'Alerta Humana',
  shortDescription: 'Concientización en ciberseguridad para el personal: simulaciones de phishing, microcursos y registros para SBS e ISO 27001 en Perú.',
  mainServices: ['Simulaciones de phishing, SMS y llamadas', 'Microcursos de seguridad de la información', 'Registros de capacitación para SBS, Ley 29733 e ISO 27001'],
  targetAudience: 'Bancos, cajas, cooperativas, aseguradoras, retail y minería en Perú con 100 trabajadores o más.',
  targetIndustries: ['Banca', 'Cooperativas', 'Seguros', 'Retail', 'Minería'],
  targetCountries: ['Peru'],
  buyerAreas: ['seguridad de la información', 'recursos humanos', 'riesgos'],
};

it('es: a "Gerente de RR.HH." is in human resources; "que alguien nos visite" asks for a visit', () => {
  const hr = classifyWithRules({
    fullName: 'Milagros Chávez', email: 'mchavez@tiendasmistura.pe', jobPosition: 'Gerente de RR.HH.', companyName: 'Tiendas Mistura', industry: 'Retail', location: 'Lima, Perú', companySize: 2300,
    description: 'Queremos incluir un módulo de seguridad de la información en la inducción de nuevos colaboradores. Por favor enviar cotización.',
  }, PHISHING_TRAINING);
  expect(hr.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  expect(hr.stage).toBe('SQL');
  const visit = classifyWithRules({
    fullName: 'Teodoro Ccahuana', email: 'tccahuana@coopsanmartin.pe', jobPosition: 'Presidente Ejecutivo', companyName: 'Cooperativa San Martín', industry: 'Cooperativa de ahorro y crédito', location: 'Cusco, Perú', companySize: 260,
    description: 'Queremos que nuestra gente aprenda a no caer en el phishing. Que alguien nos visite para explicarnos.',
  }, PHISHING_TRAINING);
  expect(visit.urgency.level).toBe('HIGH');
  expect(visit.stage).toBe('SQL');
});
