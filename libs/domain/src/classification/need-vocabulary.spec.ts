// A lead that asks for exactly what a seller sells, in another of the three languages or in the trade's other usual
// words, matches the service (service-glossary.json: single words; service-concepts.json: phrases). Each case is a
// seller whose services are written in one language and a short lead written in another; the last ones must not match.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const seller = (mainServices: string[]): CompanyProfile => ({
  companyName: 'Proveedor Regional',
  shortDescription: mainServices.map((s) => s.split(':')[0]).join(', '),
  mainServices,
  targetAudience: 'Companies with 50 employees or more.',
  targetIndustries: ['Manufacturing', 'Logistics', 'Services'],
  buyerAreas: ['operations', 'purchasing', 'human resources'],
});
const lead = (description: string): LeadInput => ({
  fullName: 'Laura Méndez', email: 'lmendez@grupoandino.com', jobPosition: 'Operations Manager', companyName: 'Grupo Andino', industry: 'Manufacturing',
  location: 'Bogotá, Colombia', companySize: 600, description,
});
const read = (services: string[], description: string) => classifyWithRules(lead(description), seller(services));

it.each([
  ['en -> es', ['Verificación de antecedentes preempleo: judiciales, disciplinarios y Policía', 'Visitas domiciliarias'], 'We are evaluating background-check vendors for our new hires.', 'Verificación de antecedentes preempleo'],
  ['en -> es', ['Verificación de identidad y KYC de colaboradores', 'Visitas domiciliarias'], 'We need ID checks for each new hire, about 10 a month.', 'Verificación de identidad y KYC de colaboradores'],
  ['pt -> es', ['Puertas seccionales industriales', 'Equipos de andén de carga: rampas niveladoras, abrigos y sellos'], 'Precisamos de 12 niveladoras de doca para o novo CD.', 'Equipos de andén de carga'],
  ['en -> es', ['Puertas seccionales industriales', 'Equipos de andén de carga: rampas niveladoras, abrigos y sellos'], 'Two of our dock levelers need replacing this quarter.', 'Equipos de andén de carga'],
  ['en -> pt', ['Ginástica laboral presencial na empresa', 'Rede de academias como benefício'], 'I am looking for a proposal for workplace exercise at our Brazilian site.', 'Ginástica laboral presencial na empresa'],
  ['en -> pt', ['Saúde mental: terapia online com psicólogos e plantão de acolhimento 24 horas', 'Rede de academias como benefício'], 'We want a 24h counselling line for our staff.', 'Saúde mental'],
  ['es -> pt', ['Recrutamento em massa para inauguração de lojas', 'Executive search para varejo'], 'Les pido una cotización para un proceso de selección masiva de 200 personas.', 'Recrutamento em massa para inauguração de lojas'],
  ['en -> es', ['Organización de convenciones, congresos y reuniones corporativas', 'Gestión de viajes corporativos'], "We'd like a quote for a 3-day regional sales convention for 120 people.", 'Organización de convenciones, congresos y reuniones corporativas'],
  ['en -> es', ['Control de olores en baños y vestuarios', 'Difusión de aromas'], 'The locker rooms smell bad no matter what our cleaners do.', 'Control de olores en baños y vestuarios'],
  ['es -> en', ['Scent branding: custom signature fragrances for lobbies', 'Odor control for restrooms'], 'Queremos un aroma propio para la recepción y los pasillos del hotel.', 'Scent branding'],
  ['en -> es', ['Protección catódica de tuberías y tanques', 'Recubrimientos anticorrosivos'], 'Is cathodic protection an option for our seawater intake pipe?', 'Protección catódica de tuberías y tanques'],
  ['pt -> es', ['Inmigración corporativa: visas de trabajo y traslado de ejecutivos', 'Asesoría tributaria'], 'Queria entender o processo de visto de trabalho para três executivos.', 'Inmigración corporativa'],
  ['en -> es', ['Constitución de sociedades y sucursales de sociedad extranjera', 'Asesoría tributaria'], 'We need help with company formation in Colombia before we hire.', 'Constitución de sociedades y sucursales de sociedad extranjera'],
  ['en -> es', ['Auditoría externa de estados contables', 'Liquidación de sueldos'], 'The bank asks us for audited statements before approving the loan.', 'Auditoría externa de estados contables'],
  ['en -> es', ['Salas de reuniones y eventos corporativos', 'Tarifas corporativas'], 'Can you send me a quote for a meeting room next Thursday for 15 people?', 'Salas de reuniones y eventos corporativos'],
  ['es -> en', ['Infrared thermography surveys of electrical panels', 'Power quality studies'], 'Queremos revisar el tablero principal con cámara térmica.', 'Infrared thermography surveys of electrical panels'],
  ['en -> es', ['Atención de pasajeros: check-in y abordaje', 'Ramp handling'], 'Could you provide meet & assist at arrivals for 180 guests?', 'Atención de pasajeros'],
  ['en -> es', ['Centros de control de motores (CCM) con variadores', 'Bancos de capacitores'], 'A feeder breaker in the MCC tripped and will not reset.', 'Centros de control de motores (CCM) con variadores'],
  ['pt -> es', ['Estaciones de trabajo y escritorios bench', 'Sillas ergonómicas'], 'Estamos comparando preços para umas 200 estações de trabalho.', 'Estaciones de trabajo y escritorios bench'],
  ['es -> en', ['Custom web and mobile application development', 'Legacy modernisation'], 'Queremos desarrollar la app móvil de préstamos para nuestros clientes.', 'Custom web and mobile application development'],
  ['es -> pt', ['Manobras de atracação e desatracação com rebocadores', 'Reboque costeiro'], 'Necesitamos cotización de maniobras de atraque y desatraque por escala.', 'Manobras de atracação e desatracação com rebocadores'],
  ['pt -> es', ['Hidrogrúas para montaje de estructuras metálicas', 'Transporte de cargas sobredimensionadas'], 'Precisamos de um munck por um dia para subir as treliças.', 'Hidrogrúas para montaje de estructuras metálicas'],
  ['en -> pt', ['Goteiras e infiltrações: atendimento emergencial 24h', 'Troca de telhas metálicas'], 'Several of our branches have flat-roof leaks every summer.', 'Goteiras e infiltrações'],
  ['es -> pt', ['Planos odontológicos empresariais com cobertura do rol da ANS', 'Portal do RH'], 'Buscamos un seguro dental para nuestros 400 empleados.', 'Planos odontológicos empresariais com cobertura do rol da ANS'],
  ['pt -> es', ['Estadías prolongadas para cuadrillas de proyecto', 'Tarifas corporativas'], 'Estamos avaliando hotéis para hospedar equipes técnicas a partir do próximo trimestre.', 'Estadías prolongadas para cuadrillas de proyecto'],
  ['en -> es', ['Cosmética de baño personalizada con el logotipo del hotel', 'Dispensadores rellenables'], "We'd love a full amenities range with our own branding.", 'Cosmética de baño personalizada con el logotipo del hotel'],
  ['pt -> es', ['Remediación de moho en ductos de aire', 'Análisis de calidad de aire'], 'Cheiro forte de mofo saindo das grelhas do ar na praça de alimentação.', 'Remediación de moho en ductos de aire'],
  ['pt -> es', ['Control de contratistas en planta: validación documental y accesos', 'Formación en prevención'], 'Queremos uma plataforma de gestão de terceiros para as nossas fábricas.', 'Control de contratistas en planta'],
  ['en -> es', ['Videos institucionales y de marca empleadora', 'Animación 2D'], 'We need a local crew for a customer testimonial shoot next week.', 'Videos institucionales y de marca empleadora'],
  ['es -> en', ['Structural assessment of existing buildings with a signed report', 'Seismic retrofitting'], 'La torre tiene grietas desde hace años; quisiéramos saber cuánto costaría un estudio.', 'Structural assessment of existing buildings with a signed report'],
])('%s: %p matches "%s"', (_languages, services, description, service) => {
  const result = read(services, description);
  expect(result.matchedServices).toContain(service);
  expect(result.fit.reasons.some((r) => r.includes('need matches'))).toBe(true);
});

it.each([
  ['"background" alone is not a background check', ['Verificación de antecedentes preempleo: judiciales y Policía'], 'Some background on us: we are a fintech growing fast in Bogotá.'],
  ['"docs" are not docas', ['Equipos de andén de carga: rampas niveladoras, abrigos y sellos'], 'Please send me the docs and your company presentation.'],
  ['drip-irrigation "goteros" are not roof leaks ("goteiras")', ['Goteiras e infiltrações: atendimento emergencial 24h'], 'Necesitamos goteros nuevos para el riego del invernadero.'],
  ['a vendor-selection process is not mass recruitment', ['Recrutamento em massa para inauguração de lojas'], 'Estamos en un proceso de selección de proveedores de transporte.'],
  ['"visto que" (since) is not a visa', ['Inmigración corporativa: visas de trabajo y traslado de ejecutivos'], 'Visto que o prazo acabou, queremos revisar o contrato de limpeza.'],
  ['an injection "mold" is not "moho"', ['Remediación de moho en ductos de aire'], 'We need a new mold for our plastic bottle line.'],
])('no match: %s', (_why, services, description) => {
  expect(read(services, description).matchedServices).toEqual([]);
});
