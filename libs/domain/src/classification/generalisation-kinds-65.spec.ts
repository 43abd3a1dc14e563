// Round 65, from holdout99's first run (0.893 stage with rounds 63-64, lists unseen): asks put in the future ("podemos
// conversar mais perto da data", "les pediremos propuesta") are no ask now; "ya no da el ancho" is "no longer", not
// "now"; an "interior demo" is a demolition, not a demo; a comparison being drawn up ("estou montando um comparativo",
// "armando el cuadro comparativo") weighs options; "información y precios" and "¿nos pueden marcar?" ask for prices and a
// call; "can someone come and take a look?" asks for a visit; a private person's own pick-up truck is a private matter.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const POWER_QUALITY: CompanyProfile = {
  companyName: 'Fator Potência Nordeste',
  shortDescription: 'Qualidade de energia e correção do fator de potência: medição, bancos de capacitores, filtros de harmônicos e monitoramento da fatura para indústrias e comércio.',
  mainServices: ['Medição e relatório de qualidade de energia', 'Bancos de capacitores e filtros de harmônicos', 'Monitoramento de energia por setor e auditoria da fatura'],
  targetAudience: 'Indústrias, hospitais, hotéis, shopping centers e supermercados no Nordeste com 50 funcionários ou mais.',
  targetIndustries: ['Indústria', 'Hospitais', 'Hotéis', 'Shopping centers', 'Supermercados'],
  targetCountries: ['Brazil'],
  buyerAreas: ['manutenção', 'produção', 'engenharia', 'facilities'],
};
const power = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Sérgio Batista', email: 'sergio@ceramicapotiguar.com.br', jobPosition: 'Gerente de Produção', companyName: 'Cerâmica Potiguar', industry: 'Indústria cerâmica', location: 'Natal, RN, Brasil', companySize: 270, description, ...fields }, POWER_QUALITY);

it('pt: a quarter ahead and "podemos conversar mais perto da data" asks for no call now: MEDIUM, MQL', () => {
  const result = power('Para o próximo trimestre queremos instalar medição de energia por setor para saber quem consome o quê. Podemos conversar mais perto da data.');
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('pt: "estou montando um comparativo de soluções" weighs options: MEDIUM', () => {
  const result = power('Estou montando um comparativo de soluções de monitoramento de energia para apresentar à diretoria. Vocês têm material técnico?', { jobPosition: 'Analista de Eficiência Energética' });
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

const IMMEX: CompanyProfile = {
  companyName: 'Control IMMEX',
  shortDescription: 'Software de control de inventarios IMMEX (Anexo 24) para maquiladoras: certificación de IVA e IEPS, conciliación con el SAT y el agente aduanal.',
  mainServices: ['Control de inventarios Anexo 24 y descargos', 'Módulo de certificación de IVA e IEPS', 'Conciliación con el SAT y el agente aduanal'],
  targetAudience: 'Maquiladoras y empresas IMMEX en México con 100 empleados o más.',
  targetIndustries: ['Maquiladoras', 'Manufactura', 'Automotriz', 'Electrónica', 'Dispositivos médicos'],
  targetCountries: ['Mexico'],
  buyerAreas: ['comercio exterior', 'aduanas', 'finanzas'],
};
const immex = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Rodrigo Villaseñor', email: 'rvillasenor@medisonora.mx', jobPosition: 'Director de Finanzas', companyName: 'Medisonora', industry: 'Dispositivos médicos', location: 'Tijuana, B.C., México', companySize: 1100, description, ...fields }, IMMEX);

it('es-MX: "el despacho que nos ayuda ya no da el ancho" is "no longer", not urgency: a demo asked is HIGH, P2', () => {
  const result = immex('Nos toca renovar la certificación de IVA e IEPS y el despacho que nos ayuda ya no da el ancho. Quisiera ver una demo de su sistema.');
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

it('es-MX: "información y precios" and "¿nos pueden marcar?" ask for prices and a call: HIGH', () => {
  expect(immex('Mi jefe me pidió información y precios del sistema. Hoy hacemos los descargos a mano en Excel.', { jobPosition: 'Analista de Comercio Exterior' }).urgency.level).toBe('HIGH');
  expect(immex('El SAT dice que tenemos material que entró hace año y medio y no sabemos cuánto queda. ¿Nos pueden marcar?', { jobPosition: 'Gerente de Planta' }).urgency.level).toBe('HIGH');
});

const OIL_LAB: CompanyProfile = {
  companyName: 'Análisis de Aceite del Sur',
  shortDescription: 'Laboratorio de análisis de aceite usado de equipo pesado, refrigerante, grasa y diésel, con programas de muestreo en sitio en Perú y Bolivia.',
  mainServices: ['Análisis de aceite usado de equipo pesado', 'Programas de muestreo en sitio', 'Plataforma web de tendencias y alertas'],
  targetAudience: 'Minas, contratistas, cementeras, centrales eléctricas y empresas de transporte en Perú y Bolivia con 30 trabajadores o más.',
  targetIndustries: ['Minería', 'Construcción', 'Cemento', 'Energía', 'Transporte'],
  targetCountries: ['Peru', 'Bolivia'],
};

it('es: "armando el cuadro comparativo de laboratorios" weighs options: MEDIUM', () => {
  const result = classifyWithRules({
    fullName: 'Yessenia Condori', email: 'ycondori@minerahuaracco.com.pe', jobPosition: 'Analista de Mantenimiento', companyName: 'Minera Huaracco', industry: 'Minería', location: 'Moquegua, Perú', companySize: 1500,
    description: 'Estoy armando el cuadro comparativo de laboratorios de análisis de aceite para mi jefa. ¿Me pueden enviar su lista de ensayos?',
  }, OIL_LAB);
  expect(result.urgency.level).toBe('MEDIUM');
});

it('es: a private person with "una camioneta 4x4" to test "antes de venderla" is not a buyer', () => {
  const result = classifyWithRules({
    fullName: 'Renzo Gutiérrez', email: 'renzo.gtz@hotmail.com', location: 'Arequipa, Perú',
    description: 'Hola tengo una camioneta 4x4 del 2016 y quiero analizar el aceite del motor antes de venderla, ¿cuánto cobran por una muestra?',
  }, OIL_LAB);
  expect(result.stage).toBe('DISQUALIFIED');
});

const DEMOLITION: CompanyProfile = {
  companyName: 'Demoliciones del Istmo',
  shortDescription: 'Selective and structural demolition, interior strip-out, diamond cutting and certified debris disposal in Panama and Costa Rica.',
  mainServices: ['Selective and structural demolition', 'Interior strip-out of offices, shops and restaurants', 'Diamond cutting and coring of concrete', 'Certified debris disposal'],
  targetAudience: 'Builders, developers, hotels, retailers and industry in Panama and Costa Rica with 40 employees or more.',
  targetIndustries: ['Construction', 'Real estate', 'Hospitality', 'Retail', 'Industry'],
  targetCountries: ['Panama', 'Costa Rica'],
};
const demolition = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Sophie Laurent', email: 'sophie@bistrogroup.com', jobPosition: 'Owner', companyName: 'Bistro Group', industry: 'Hospitality', location: 'Panama City, Panama', companySize: 60, description, ...fields }, DEMOLITION);

it('en: "when you do interior demo" is a demolition, not a demo request: a question alone is LOW', () => {
  const result = demolition('Do you also handle old vinyl tiles and ceiling boards that may contain asbestos when you do interior demo?', { jobPosition: 'Property Manager', industry: 'Real estate' });
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('en: "can someone come and take a look?" asks for a visit: HIGH, SQL', () => {
  const result = demolition('We need to rip out the old kitchen and bar of a 400 m2 restaurant and take it back to bare concrete before the new tenant gets the keys. Can someone come and take a look?');
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});
