// Round 69, from holdout104's first run (0.958 stage, its misses read only now): a hiring or buying word inside what
// "avaliando se" / "evaluando si" / "deciding whether" weighs is weighed, not asked (MEDIUM, not HIGH); "ainda
// pensando", "still thinking" evaluate; "me gustaría que nos visitaran" asks for a visit as much as "visítennos" does.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const HOTEL_RECREATION: CompanyProfile = {
  companyName: 'Recreação Nordeste',
  shortDescription: 'Equipes de recreação terceirizadas e programação de lazer para hotéis e resorts no Brasil.',
  mainServices: ['Equipes de recreação terceirizadas para hotéis e resorts', 'Programação diária de lazer para hóspedes', 'Shows e noites temáticas'],
  targetAudience: 'Hotéis, resorts e pousadas no Brasil com 50 funcionários ou mais.',
  targetIndustries: ['Hotelaria', 'Resorts', 'Turismo'],
  targetCountries: ['Brazil'],
  buyerAreas: ['lazer', 'hospedagem'],
};

it('pt: "estamos avaliando se vale a pena terceirizar ou contratar mais gente" weighs hiring: MEDIUM, MQL', () => {
  const result = classifyWithRules({
    fullName: 'Marcelo Tourinho', email: 'marcelo@pousadacoqueiral.com.br', jobPosition: 'Gerente Geral', companyName: 'Pousada Coqueiral', industry: 'Hotelaria', location: 'Porto Seguro, Brasil', companySize: 85,
    description: 'A recreação hoje é feita por dois funcionários nossos e não dá conta no fim de semana. Estamos avaliando se vale a pena terceirizar ou contratar mais gente.',
  }, HOTEL_RECREATION);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.urgency.signals.join(' ')).not.toContain('near-term');
  expect(result.stage).toBe('MQL');
});

it('pt: "tamos vendo isso pra temporada, ainda pensando" is evaluating: MEDIUM, MQL', () => {
  const result = classifyWithRules({
    fullName: 'Tânia Magalhães', email: 'tania@ecoresortboipeba.com.br', jobPosition: 'Gerente de Lazer', companyName: 'Eco Resort Boipeba', industry: 'Resorts', location: 'Cairu, Brasil', companySize: 70,
    description: 'O hóspede passa o dia na espreguiçadeira olhando o celular. Queria alguém pra animar o pessoal com gincana e brincadeira na praia. Tamos vendo isso pra temporada, ainda pensando.',
  }, HOTEL_RECREATION);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

const CLEANING: CompanyProfile = {
  companyName: 'Limpieza Integral',
  shortDescription: 'Limpieza de oficinas y plantas con personal propio y supervisión.',
  mainServices: ['Limpieza diaria de oficinas con personal propio', 'Limpieza industrial de plantas y bodegas', 'Limpieza de vidrios en altura'],
  targetAudience: 'Empresas en México con 50 empleados o más.',
  targetIndustries: ['Manufactura', 'Servicios financieros', 'Oficinas corporativas'],
  targetCountries: ['Mexico'],
  buyerAreas: ['servicios generales', 'administración'],
};

it('es: "estamos evaluando si contratar una empresa o contratar más personal" weighs it: MEDIUM, not HIGH', () => {
  const result = classifyWithRules({
    fullName: 'Laura Ibarra', email: 'libarra@grupoanahuac.com.mx', jobPosition: 'Gerente de Servicios Generales', companyName: 'Grupo Anáhuac', industry: 'Manufactura', location: 'Monterrey, México', companySize: 220,
    description: 'La limpieza de la planta la hacen tres personas nuestras y ya no alcanza. Estamos decidiendo si conviene tercerizar o contratar más personal.',
  }, CLEANING);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('en: "we are still deciding whether to hire a cleaning company" weighs it: MEDIUM, MQL', () => {
  const result = classifyWithRules({
    fullName: 'Mark Delgado', email: 'mdelgado@nortepack.com.mx', jobPosition: 'Plant Manager', companyName: 'Norte Pack', industry: 'Manufactura', location: 'Saltillo, Mexico', companySize: 140,
    description: 'Our own crew cannot keep the plant clean anymore. We are deciding whether to hire a cleaning company or two more people.',
  }, CLEANING);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es: "no es urgente, pero me gustaría que nos visitaran" asks for a visit: HIGH, SQL', () => {
  const result = classifyWithRules({
    fullName: 'Nelson Gutiérrez', email: 'ngutierrez@plantasnorte.com.mx', jobPosition: 'Gerente de Servicios Generales', companyName: 'Plantas del Norte', industry: 'Manufactura', location: 'Apodaca, México', companySize: 180,
    description: 'No es urgente, pero me gustaría que nos visitaran para revisar la limpieza de las dos naves de producción.',
  }, CLEANING);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('pt: "gostaria que vocês viessem aqui ver a recreação" asks for a visit: HIGH, SQL', () => {
  const result = classifyWithRules({
    fullName: 'Renata Lins', email: 'renata@resortmaragogi.com.br', jobPosition: 'Diretora de Hospedagem', companyName: 'Resort Maragogi', industry: 'Resorts', location: 'Maragogi, Brasil', companySize: 160,
    description: 'Nossa equipe de recreação própria está desfalcada. Gostaria que vocês viessem aqui ver como funciona e montar uma equipe para nós.',
  }, HOTEL_RECREATION);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});
