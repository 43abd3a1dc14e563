// Round 53, from holdout77's and holdout78's first runs (0.935 and 0.929 stage, lists unseen): twelve months ahead
// ("opens in roughly twelve months") is next year's business, nothing now; a buyer area with its acronym in brackets
// ("seguridad e higiene (EHS)") takes an "EHS Manager", and SSOMA, property managers ("Gerente de Propiedades") join
// their families; "que alguien venga a ver", "¿qué día pueden venir?" ask for a visit; "estamos evaluando contratar"
// evaluates; an outage "ya lo estamos viendo con ellos" is in someone else's hands; an entrance named "emergencia" or an
// insurance line named "avería de maquinaria" is no urgency; "do you do houses?" is a private person's.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const SOLVENTS: CompanyProfile = {
  companyName: 'Recupera Solventes',
  shortDescription: 'Recuperación de solventes por destilación en sitio y reciclaje por maquila para la industria en México.',
  mainServices: ['Equipos de destilación de solventes en sitio, en venta o renta', 'Reciclaje de solventes usados por maquila con recolección', 'Manejo de residuos peligrosos con manifiestos SEMARNAT'],
  targetAudience: 'Imprentas, fabricantes de pinturas, farmacéuticas y autopartes en México con 50 empleados o más.',
  targetIndustries: ['Manufacturing', 'Printing', 'Chemicals', 'Pharmaceuticals'],
  targetCountries: ['Mexico'],
  buyerAreas: ['seguridad e higiene (EHS)', 'producción', 'compras'],
};
const plant = (description: string, fields: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Karla Ibarra', email: 'kibarra@recubrimientosdelbajio.mx', jobPosition: 'Gerente de Producción', companyName: 'Recubrimientos del Bajío', industry: 'Pinturas y recubrimientos',
  location: 'León, Guanajuato, México', companySize: 210, description, ...fields,
});
const read = (description: string, fields: Partial<LeadInput> = {}) => classifyWithRules(plant(description, fields), SOLVENTS);

it('en: "opens in roughly twelve months… nothing to decide before then" is no plan now (LOW)', () => {
  const result = read("We're building a second paint line that opens in roughly twelve months. Nothing to decide before then, but keep us on your list for solvent recovery.");
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('en: an "EHS Manager" is in the buyer area "seguridad e higiene (EHS)"', () => {
  const result = read('Our solvent still went down on Monday and spent xylene is piling up. We need an emergency pickup with manifests this week.', { jobPosition: 'EHS Manager' });
  expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  expect(result.stage).toBe('SQL');
});

it.each([
  ['El solvente con el que lavamos los rodillos sale negro y lo juntamos en tambos. Queremos que alguien venga a ver la planta.'],
  ['Queremos reciclar el solvente de lavado de la línea dos. ¿Qué día pueden venir?'],
])('es: a visit asked in other words is HIGH: "%s"', (description) => {
  const result = read(description);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('es: "estamos evaluando contratar a un proveedor" evaluates (MEDIUM), it does not hire now', () => {
  expect(read('Estamos evaluando contratar a un proveedor que lleve el reciclaje de nuestros solventes.').urgency.level).toBe('MEDIUM');
});

it('es: an outage "ya lo estamos viendo con ellos" is another provider\'s; a plan for ours is MEDIUM', () => {
  const result = read('Perdón lo breve: tenemos urgente una caída del sistema de nómina (es externo, ya lo estamos viendo con ellos). Para el segundo semestre estamos pensando en un equipo de destilación y estamos viendo opciones.');
  expect(result.urgency.level).toBe('MEDIUM');
});

it('en: "do you do houses?" is a private person\'s question', () => {
  const result = read('Our upstairs bedrooms smell of paint thinner since the renovation. Do you do houses? Someone this week if possible.', { jobPosition: null, companyName: null, industry: null, companySize: null, email: 'kim.parsons@gmail.com', location: 'Monterrey, México' });
  expect(result.intent?.kind).toBe('PERSONAL');
  expect(result.stage).toBe('DISQUALIFIED');
});

const MATS: CompanyProfile = {
  companyName: 'Tapetes Limpios',
  shortDescription: 'Alquiler y lavado de tapetes de ingreso con recambio semanal.',
  mainServices: ['Alquiler de tapetes con logo y recambio semanal', 'Tapetes antifatiga', 'Tapetes sanitizantes para plantas de alimentos'],
  targetAudience: 'Cadenas de retail, clínicas, bancos y plantas de alimentos en Perú con 50 empleados o más.',
  targetIndustries: ['Retail', 'Healthcare', 'Finance', 'Food processing'],
  targetCountries: ['Peru'],
  buyerAreas: ['administración', 'operaciones'],
};

it('es: an entrance named "emergencia" is no emergency: a quote for its mats is HIGH, not CRITICAL', () => {
  const result = classifyWithRules(
    { fullName: 'Rosa Quispe', email: 'rquispe@clinicasanborja.pe', jobPosition: 'Gerente de Administración', companyName: 'Clínica San Borja', industry: 'Clínica', location: 'Lima, Perú', companySize: 320, description: 'Quisiéramos una cotización de tapetes con logo para 6 ingresos (principal, emergencia, consultorios externos) con recambio semanal.' },
    MATS,
  );
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

it('es: "Gerente de Propiedades" is in the property-management family', () => {
  const GARAGES: CompanyProfile = { ...MATS, buyerAreas: ['property management'] };
  const result = classifyWithRules({ fullName: 'Luis Peña', email: 'lpena@torresdellago.com', jobPosition: 'Gerente de Propiedades', companyName: 'Torres del Lago', industry: 'Retail', location: 'Lima, Perú', companySize: 95, description: 'Quisiera una cotización de tapetes para los tres ingresos del edificio.' }, GARAGES);
  expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
});
