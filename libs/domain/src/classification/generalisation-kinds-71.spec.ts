// Round 71, from holdout108's and holdout109's first runs (0.952 and 0.905 stage with rounds 69-70 unseen): asks said in
// the conditional ("me gustaría que un técnico pase a verlo", "que me llamaran para conocer precios"); evaluating in
// other words ("estamos viendo qué se puede hacer", "averiguar opciones", "estamos viendo dos o tres laboratorios");
// "how your pricing works" asks how, not how much; "after the last storm" is past; a buyer's "approved vendor list" and
// "cómo manejan ustedes…" are no vendor's or competitor's; "I could bring you accounts on commission" is a partner.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const INDOOR_AIR: CompanyProfile = {
  companyName: 'Aire Interior PR',
  shortDescription: 'Calidad de aire interior y remediación de moho para edificios comerciales en Puerto Rico.',
  mainServices: ['Evaluación de calidad de aire interior y moho', 'Remediación de moho con prueba de liberación', 'Secado de estructuras tras filtraciones e inundaciones'],
  targetAudience: 'Hoteles, bancos, escuelas, comercios y plantas en Puerto Rico y República Dominicana con 50 empleados o más.',
  targetIndustries: ['Hotelería', 'Banca', 'Educación', 'Manufactura', 'Comercio'],
  targetCountries: ['Puerto Rico', 'Dominican Republic'],
};

it('es: "no hay emergencia, pero me gustaría que un técnico pase a verlo" asks for a visit: HIGH, SQL', () => {
  const result = classifyWithRules({
    fullName: 'Rosa Colón', email: 'rcolon@cooperativasanblas.com', jobPosition: 'Gerente General', companyName: 'Cooperativa San Blas', industry: 'Banca', location: 'Mayagüez, Puerto Rico', companySize: 140,
    description: 'No hay emergencia, pero el olor a humedad en el archivo del sótano no se va. Me gustaría que un técnico pase a verlo cuando tengan espacio.',
  }, INDOOR_AIR);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('es: "estamos viendo qué se puede hacer" is evaluating: MEDIUM, MQL', () => {
  const result = classifyWithRules({
    fullName: 'Luis Rivera', email: 'lrivera@harinasdelcaribe.com', jobPosition: 'Dueño', companyName: 'Harinas del Caribe', industry: 'Manufactura', location: 'Bayamón, Puerto Rico', companySize: 150,
    description: 'En el almacén todo se pone pegajoso y le sale un polvito verde a las paletas cuando llueve. Estamos viendo qué se puede hacer con el moho.',
  }, INDOOR_AIR);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('en: "after the last tropical storm … water intrusion" is past; the proposal asked is HIGH, not CRITICAL', () => {
  const result = classifyWithRules({
    fullName: 'Karen Ortiz', email: 'kortiz@bancoislaverde.com', jobPosition: 'VP of Facilities', companyName: 'Banco Isla Verde', industry: 'Banca', location: 'San Juan, Puerto Rico', companySize: 1400,
    description: 'After the last tropical storm two of our branches had water intrusion and staff complain about a musty smell. Please send a proposal for a mold assessment at both sites.',
  }, INDOOR_AIR);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

const PATHOLOGY: CompanyProfile = {
  companyName: 'Patolab',
  shortDescription: 'Laboratorio de patología de referencia: biopsias, citología y patología transoperatoria para hospitales y clínicas.',
  mainServices: ['Histopatología de biopsias y piezas quirúrgicas', 'Citología cervical (Papanicolaou) en base líquida', 'Inmunohistoquímica', 'Recolección de muestras en la clínica'],
  targetAudience: 'Hospitales, clínicas y laboratorios en Guatemala y El Salvador con 20 empleados o más.',
  targetIndustries: ['Hospitales', 'Clínicas', 'Laboratorios clínicos', 'Centros médicos'],
  targetCountries: ['Guatemala', 'El Salvador'],
  buyerAreas: ['dirección médica', 'laboratorio'],
};

it('es-SV: "no es nada urgente, pero me gustaría que me llamaran para conocer precios" asks: HIGH, SQL', () => {
  const result = classifyWithRules({
    fullName: 'Óscar Mejía', email: 'omejia@centromedicoescalon.com.sv', jobPosition: 'Director Médico', companyName: 'Centro Médico Escalón', industry: 'Centros médicos', location: 'San Salvador, El Salvador', companySize: 75,
    description: 'No es nada urgente, pero me gustaría que me llamaran para conocer precios del Papanicolaou en base líquida.',
  }, PATHOLOGY);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('es: "estamos viendo dos o tres laboratorios para decidir" is evaluating: MEDIUM, MQL', () => {
  const result = classifyWithRules({
    fullName: 'Carmen Pineda', email: 'cpineda@clinicalasamericas.com.gt', jobPosition: 'Directora', companyName: 'Clínica Las Américas', industry: 'Clínicas', location: 'Mixco, Guatemala', companySize: 32,
    description: 'Buscamos quien nos lea los Papanicolaou de las pacientes y que no se tarde un mes. Estamos viendo dos o tres laboratorios para decidir.',
  }, PATHOLOGY);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es: a buyer asking "cómo manejan ustedes la trazabilidad de las muestras" is a buyer, not a competitor', () => {
  const result = classifyWithRules({
    fullName: 'Lucía Aldana', email: 'laldana@sanatoriosanrafael.com.gt', jobPosition: 'Directora Médica', companyName: 'Sanatorio San Rafael', industry: 'Hospitales', location: 'Antigua Guatemala, Guatemala', companySize: 35,
    description: 'Hace un tiempo se nos extraviaron muestras con otro laboratorio. Nos gustaría conocer cómo manejan ustedes la trazabilidad de las biopsias.',
  }, PATHOLOGY);
  expect(result.intent.kind).toBe('BUYER');
  expect(result.stage).not.toBe('DISQUALIFIED');
});

const BUS_AIR: CompanyProfile = {
  companyName: 'Sonoran Coach Climate',
  shortDescription: 'Bus and coach air-conditioning maintenance, repair and retrofits for fleets.',
  mainServices: ['Bus A/C preventive maintenance and repair', 'Summer-readiness programs for bus fleets', 'A/C retrofits for older buses'],
  targetAudience: 'Transit agencies, school districts, charter and shuttle fleets in the US with 25 or more employees.',
  targetIndustries: ['Public transit', 'Student transportation', 'Motorcoach', 'Shuttle services'],
  targetCountries: ['United States'],
  buyerAreas: ['maintenance', 'fleet', 'transportation'],
};

it('en: "comparing a couple of options … how your per-bus pricing works" weighs, it asks no quote: MEDIUM, MQL', () => {
  const result = classifyWithRules({
    fullName: 'Dana Whitfield', email: 'dwhitfield@mesaschools.org', jobPosition: 'Transportation Supervisor', companyName: 'Mesa Unified Schools', industry: 'Student transportation', location: 'Mesa, AZ, USA', companySize: 400,
    description: 'Comparing a couple of options for A/C service on our 22 buses. Would like to understand how your per-bus pricing works vs. time and materials.',
  }, BUS_AIR);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('en: "gathering info for long-range fleet planning, no specific project" is LOW: NURTURE', () => {
  const result = classifyWithRules({
    fullName: 'Tom Becker', email: 'tbecker@desertstarcoach.com', jobPosition: 'COO', companyName: 'Desert Star Coach', industry: 'Motorcoach', location: 'Tucson, AZ, USA', companySize: 140,
    description: 'Gathering info on bus A/C for long-range fleet planning. No specific project right now.',
  }, BUS_AIR);
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('en: "I could bring you A/C service accounts on a 7% commission" is a partner: DISQUALIFIED', () => {
  const result = classifyWithRules({
    fullName: 'Ray Lopez', email: 'ray.lopez.sales@outlook.com', jobPosition: 'Independent Sales Rep', companyName: 'Lopez Transit Sales', industry: "Manufacturers' representative", location: 'Albuquerque, NM, United States', companySize: 1,
    description: 'I cover transit agencies and school districts in New Mexico and Nevada and could bring you A/C service accounts on a 7% commission. Interested?',
  }, BUS_AIR);
  expect(result.intent.kind).toBe('PARTNER_OR_RESELLER');
  expect(result.stage).toBe('DISQUALIFIED');
});
