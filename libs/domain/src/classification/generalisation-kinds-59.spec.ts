// Round 59, from holdout87's and holdout88's first runs (0.935 and 0.940 stage, lists unseen): words that named a
// non-buyer too broadly read buyers out ("la hoja de vida de cada equipo" is an equipment record, not a CV; "el
// credenciamento de nossos degoladores" is their accreditation; "les puedo mandar el volumen" offers data to a seller);
// a visit wanted ("queria que alguém viesse aqui", "que un asesor nos visite"); "se cotiza aparte" asks how a price is
// built; an insurance's "robo total y parcial" and a hospital's "urgencias" are no incident; "en vez de comprar" weighs
// options; a brochure's evaluating ends at its sentence; "gerencia de producto" is the product area; a customs seizure of
// counterfeits is a trademark firm's need; a customs broker channelling clients for "una parte de la comisión" is a
// partner.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const RENTAL: CompanyProfile = {
  companyName: 'Equipos Médicos en Renta',
  shortDescription: 'Arriendo de ventiladores, monitores, bombas de infusión y camas hospitalarias con mantenimiento incluido en Colombia.',
  mainServices: ['Arriendo de monitores de signos vitales y bombas de infusión', 'Arriendo de ventiladores para expansión de UCI', 'Mantenimiento preventivo y calibración de los equipos arrendados'],
  targetAudience: 'Hospitales, clínicas, IPS de atención domiciliaria y aseguradoras en Colombia con 50 empleados o más.',
  targetIndustries: ['Hospitals', 'Clinics', 'Home care', 'Health insurance'],
  targetCountries: ['Colombia'],
  buyerAreas: ['compras', 'ingeniería biomédica'],
};
const hospital = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Diana Cárdenas', email: 'dcardenas@hospitalsanrafael.com.co', jobPosition: 'Jefe de Compras', companyName: 'Hospital San Rafael', industry: 'Hospital', location: 'Bogotá, Colombia', companySize: 450, description, ...fields }, RENTAL);

it('es: "hoja de vida de cada equipo" is an equipment record: a quote request is a buyer\'s (SQL)', () => {
  const result = hospital('Solicito cotización de arrendamiento de 20 bombas de infusión con mantenimiento preventivo, calibración y hoja de vida de cada equipo para habilitación.');
  expect(result.intent.kind).toBe('BUYER');
  expect(result.stage).toBe('SQL');
});

it('es: a nurse sending "mi hoja de vida" is still a job seeker', () => {
  const result = hospital('Buenas tardes, soy enfermera con 5 años en UCI y les envío mi hoja de vida por si tienen vacantes.', {
    fullName: 'Laura Pérez', email: 'lauraperez91@gmail.com', jobPosition: 'Enfermera', companyName: undefined, industry: undefined, companySize: undefined,
  });
  expect(result.stage).toBe('DISQUALIFIED');
});

it('es: "queremos que un asesor nos visite" asks for a visit (HIGH)', () => {
  expect(hospital('Queremos que un asesor nos visite para revisar un esquema de alquiler de monitores y bombas de infusión para la red.').urgency.level).toBe('HIGH');
});

it('es: "se nos llena urgencias" is the emergency room; "en vez de comprar" weighs options (MEDIUM)', () => {
  const result = hospital('Cada temporada de lluvias se nos llena urgencias y no alcanzan los ventiladores. Estamos mirando si nos sirve arrendar ventiladores esos meses en vez de comprar más.');
  expect(result.urgency.level).toBe('MEDIUM');
});

const HALAL: CompanyProfile = {
  companyName: 'Halal Brasil Certificações',
  shortDescription: 'Certificação halal, supervisão de abate halal e documentação de exportação para frigoríficos e indústrias no Brasil.',
  mainServices: ['Auditoria e certificação halal de frigoríficos e fábricas', 'Supervisão de abate halal com degoladores muçulmanos', 'Documentação halal para exportação'],
  targetAudience: 'Frigoríficos de aves e bovinos, indústrias de alimentos e exportadores no Brasil com 100 funcionários ou mais.',
  targetIndustries: ['Meatpacking', 'Poultry processing', 'Food manufacturing'],
  targetCountries: ['Brazil'],
  buyerAreas: ['qualidade', 'exportação'],
};
const plant = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Marcos Pereira', email: 'mpereira@frigorificocentral.com.br', jobPosition: 'Gerente Industrial', companyName: 'Frigorífico Central', industry: 'Frigorífico de bovinos', location: 'Goiânia, GO, Brasil', companySize: 700, description, ...fields }, HALAL);

it('pt: "o credenciamento de dois dos nossos degoladores" is their accreditation, not a partner asking to be accredited', () => {
  const result = plant('O abate halal está parado desde ontem porque o importador não aceitou o credenciamento de dois dos nossos degoladores. Preciso de degoladores e supervisão com urgência.');
  expect(result.intent.kind).toBe('BUYER');
  expect(result.urgency.level).toBe('CRITICAL');
});

it('pt: "queria que alguém viesse aqui conhecer o abatedouro" asks for a visit (HIGH)', () => {
  expect(plant('Compradores árabes querem abate halal com certificado em cada carga. Queria que alguém viesse aqui conhecer o abatedouro.', { jobPosition: 'Dono' }).urgency.level).toBe('HIGH');
});

const CARGO: CompanyProfile = {
  companyName: 'Seguros de Carga MX',
  shortDescription: 'Corredor de seguros de carga: pólizas abiertas, responsabilidad del transportista y reclamaciones por robo en tránsito.',
  mainServices: ['Pólizas abiertas de seguro de carga para importaciones y exportaciones', 'Seguro de responsabilidad civil del transportista', 'Atención de siniestros por robo en tránsito'],
  targetAudience: 'Fabricantes, importadores, distribuidores, operadores logísticos y transportistas en México con 30 empleados o más.',
  targetIndustries: ['Manufacturing', 'Distribution', 'Logistics', 'Trucking'],
  targetCountries: ['Mexico'],
  buyerAreas: ['logística', 'comercio exterior'],
};
const shipper = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Raúl Medina', email: 'rmedina@plasticosdelnorte.com.mx', jobPosition: 'Director de Comercio Exterior', companyName: 'Plásticos del Norte', industry: 'Manufactura (plásticos)', location: 'Monterrey, NL, México', companySize: 350, description, ...fields }, CARGO);

it('es: "les puedo mandar el volumen" offers the seller data for a quote: a buyer, SQL', () => {
  const result = shipper('Importamos resina unos 25 embarques al mes. Quisiera una cotización de póliza abierta que cubra importaciones y exportaciones, les puedo mandar el volumen por ruta.');
  expect(result.intent.kind).toBe('BUYER');
  expect(result.stage).toBe('SQL');
});

it('es: a policy "con robo total y parcial" is coverage, not a theft now: wanting to understand it is LOW', () => {
  const result = shipper('Manejamos medicamento de alto valor y queremos entender qué cubre una póliza de transporte con robo total y parcial.');
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('es: a customs broker channelling its clients for "una parte de la comisión" is a partner', () => {
  const result = shipper('Somos agencia aduanal con más de 200 clientes importadores. Nos interesa un esquema donde se los canalicemos y ustedes nos compartan una parte de la comisión.', {
    companyName: 'Agencia Aduanal del Golfo', industry: 'Agencia aduanal', jobPosition: 'Socio Director', email: 'socio@aduanalgolfo.com.mx',
  });
  expect(result.stage).toBe('DISQUALIFIED');
});

const TRADEMARKS: CompanyProfile = {
  companyName: 'Marcas Andinas',
  shortDescription: 'Registro de marcas y patentes ante el INDECOPI y acciones contra la falsificación en la Comunidad Andina.',
  mainServices: ['Búsqueda y registro de marcas ante el INDECOPI', 'Oposiciones, renovaciones y control de vencimientos de marcas', 'Acciones contra la falsificación: medidas en frontera con Aduanas, denuncias e incautaciones'],
  targetAudience: 'Fabricantes de consumo masivo, retailers, marcas de alimentos y bebidas, farmacéuticas y franquicias en Perú y Bolivia con 30 empleados o más.',
  targetIndustries: ['Consumer goods', 'Retail', 'Food and beverage', 'Pharmaceuticals', 'Franchises'],
  targetCountries: ['Peru', 'Bolivia'],
  buyerAreas: ['legal', 'marca'],
};

it('en: customs holding counterfeit drinks "bearing our mark" is the trademark firm\'s need (border measures)', () => {
  const result = classifyWithRules({
    fullName: 'Dana Brooks', email: 'dbrooks@voltdrinks.com', jobPosition: 'VP Legal', companyName: 'Volt Drinks', industry: 'Beverages', location: 'Lima, Peru', companySize: 2400,
    description: 'Customs at Callao is holding a container of counterfeit energy drinks bearing our mark. We need Peruvian counsel to file the border-measure request ASAP.',
  }, TRADEMARKS);
  expect(result.fit.reasons.join(' ')).toContain('need matches');
  expect(result.stage).toBe('SQL');
});

it('es: "…de todo el portafolio. Estamos evaluando opciones." evaluates: the portfolio is no brochure (MEDIUM)', () => {
  const result = classifyWithRules({
    fullName: 'Rocío Salas', email: 'rsalas@tiendasandinas.com.pe', jobPosition: 'Gerente Legal', companyName: 'Tiendas Andinas', industry: 'Retail', location: 'Lima, Perú', companySize: 850,
    description: 'Queremos que alguien lleve el control de vencimientos de marcas de todo el portafolio. Estamos evaluando opciones.',
  }, TRADEMARKS);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es: a "Gerente de Producto" is in the buyer area "gerencia de producto" (a decision maker)', () => {
  const PHARMA_SALES: CompanyProfile = { ...TRADEMARKS, companyName: 'Visitadores MX', buyerAreas: ['gerencia de producto', 'comercial'], targetCountries: ['Peru'] };
  const result = classifyWithRules({
    fullName: 'Sergio Luna', email: 'sluna@laboratoriosandes.com.pe', jobPosition: 'Gerente de Producto', companyName: 'Laboratorios Andes', industry: 'Farmacéutica', location: 'Lima, Perú', companySize: 700,
    description: 'Queremos registrar la marca de un antihipertensivo nuevo ante el INDECOPI. Les solicito propuesta.',
  }, PHARMA_SALES);
  expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
});
