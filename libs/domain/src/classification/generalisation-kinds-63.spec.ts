// Round 63, from holdout95's and holdout96's first runs (0.940 and 0.958 stage, lists unseen): more ways to say one is
// weighing options ("we're weighing options", "estamos a fazer o levantamento de soluções", "revisando a lista de
// fornecedores homologados", "tô vendo alguém que…", "armando el plan y el presupuesto", where "presupuesto" is the
// budget being planned, not a quote asked for); a visit asked as "mandar um comercial visitar a fábrica"; and titles
// that name a buyer area in other words: a "Gerente Industrial" runs production, a "Chefe de Engarrafamento" a production
// line, a "Coordinadora de Bienestar" the "bienestar laboral" a profile names.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const VISION: CompanyProfile = {
  companyName: 'Visão Industrial',
  shortDescription: 'Plataforma de visão artificial por subscrição para linhas de produção: deteção de defeitos, verificação de rótulos e datas, medição por câmara.',
  mainServices: ['Deteção de defeitos por visão artificial em linha', 'Verificação de rótulos, lotes e datas com rejeição automática', 'Medição e contagem por câmara com dados de qualidade'],
  targetAudience: 'Fabricantes em Portugal e no Brasil com 30 trabalhadores ou mais.',
  targetIndustries: ['Indústria alimentar', 'Bebidas', 'Embalagem', 'Farmacêutica', 'Automóvel'],
  targetCountries: ['Portugal', 'Brazil'],
  buyerAreas: ['qualidade', 'produção', 'melhoria contínua'],
};
const vision = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Rui Matos', email: 'rui.matos@vidreiradolis.pt', jobPosition: 'Diretor de Operações', companyName: 'Vidreira do Lis', industry: 'Embalagem de vidro', location: 'Leiria, Portugal', companySize: 400, description, ...fields }, VISION);

it('pt-PT: "estamos a fazer o levantamento de soluções" weighs options: MEDIUM, MQL', () => {
  const result = vision('Estamos a fazer o levantamento de soluções de inspeção de defeitos em frascos para o plano do próximo ciclo. O que faz a vossa plataforma de diferente?');
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('pt: a survey of the state of things is no weighing of suppliers ("fazendo um levantamento interno sobre o estado")', () => {
  const result = vision('Estou fazendo um levantamento interno sobre o estado das nossas linhas e gostaria de material técnico sobre como vocês inspecionam rótulos.');
  expect(result.urgency.level).toBe('LOW');
});

it('pt: a "Gerente Industrial" and a "Chefe de Engarrafamento" run production, a buyer area: decision makers', () => {
  for (const jobPosition of ['Gerente Industrial', 'Chefe de Engarrafamento']) {
    const result = vision('As garrafas às vezes saem com o rótulo torto ou sem a data e só damos por isso no armazém. Podem mandar preço?', { jobPosition, industry: 'Bebidas' });
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(result.stage).toBe('SQL');
  }
});

const PHARMA_VALIDATION: CompanyProfile = {
  companyName: 'Island Validation',
  shortDescription: 'Validation and compliance for drug and device plants: equipment and process validation, computer-system validation and data integrity, FDA inspection readiness.',
  mainServices: ['Equipment and process validation (IQ/OQ/PQ)', 'Computer-system validation and data integrity: audit trails, user access, Part 11', 'FDA inspection readiness and mock audits'],
  targetAudience: 'Pharmaceutical, medical-device and biotech plants in Puerto Rico and the Dominican Republic with 100 employees or more.',
  targetIndustries: ['Pharmaceutical', 'Medical devices', 'Biotechnology'],
  targetCountries: ['Puerto Rico', 'Dominican Republic'],
};

it("en: \"we're weighing options\" is evaluating: MEDIUM, MQL", () => {
  const result = classifyWithRules({
    fullName: 'Maria Ortiz', email: 'mortiz@caribepharma.com', jobPosition: 'Director, Quality', companyName: 'Caribe Pharma', industry: 'Pharmaceutical', location: 'Ponce, Puerto Rico', companySize: 300,
    description: "Analysts share one login on two lab instruments and nobody can tell who reprocessed a result. Corporate wants it cleaned up and we're weighing options.",
  }, PHARMA_VALIDATION);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

const HAZMAT: CompanyProfile = {
  companyName: 'Rodoquímica',
  shortDescription: 'Transporte rodoviário de produtos perigosos, armazenagem de químicos em armazém licenciado e atendimento a emergências no Sul do Brasil e no Mercosul.',
  mainServices: ['Transporte rodoviário de produtos perigosos a granel e fracionados', 'Armazenagem e cross-docking de químicos em armazém licenciado', 'Atendimento a emergências químicas e documentação de transporte'],
  targetAudience: 'Indústrias químicas, de tintas, agroquímicos e curtumes com 30 funcionários ou mais no Sul do Brasil.',
  targetIndustries: ['Química', 'Tintas', 'Agroquímicos', 'Curtumes'],
  targetCountries: ['Brazil'],
  buyerAreas: ['logística', 'supply chain', 'SSMA'],
};
const hazmat = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Leandro Boff', email: 'leandro@resinassul.com.br', jobPosition: 'Coordenador de Logística', companyName: 'Resinas Sul', industry: 'Química', location: 'Caxias do Sul, Brasil', companySize: 140, description, ...fields }, HAZMAT);

it('pt: "podem mandar um comercial visitar a fábrica?" asks for a visit: HIGH, SQL', () => {
  const result = hazmat('Bom dia! Vocês podem mandar um comercial visitar a fábrica? Queremos ver se dá pra tirar as resinas inflamáveis do nosso pátio.');
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('pt: "revisando a lista de fornecedores homologados" and "tô vendo alguém que…" weigh options: MEDIUM', () => {
  expect(hazmat('Em 2023 tivemos um vazamento numa carreta terceirizada; desde então nada. Agora estamos revisando a lista de fornecedores homologados de transporte.').urgency.level).toBe('MEDIUM');
  expect(hazmat('A fiscalização vive pegando no pé por causa da papelada no caminhão. Tô vendo alguém que leve nossa carga do jeito certo.', { jobPosition: 'Dono' }).urgency.level).toBe('MEDIUM');
});

const WORKPLACE_VACCINES: CompanyProfile = {
  companyName: 'Inmuniza Empresarial',
  shortDescription: 'Vacunación del personal en el lugar de trabajo (influenza, tétanos, hepatitis, neumococo) y expediente digital de vacunas en México.',
  mainServices: ['Campañas de vacunación en sitio para empresas', 'Titulación de anticuerpos con laboratorio aliado', 'Expediente digital de vacunación del personal'],
  targetAudience: 'Plantas, maquiladoras, centros de distribución y corporativos en México con 50 empleados o más.',
  targetIndustries: ['Manufactura', 'Maquiladoras', 'Logística', 'Corporativos'],
  targetCountries: ['Mexico'],
  buyerAreas: ['recursos humanos', 'salud ocupacional', 'bienestar laboral'],
};

it('es: a "Coordinadora de Bienestar" is in the "bienestar laboral" buyer area: a visit to present a proposal is SQL', () => {
  const result = classifyWithRules({
    fullName: 'Daniela Zúñiga', email: 'dzuniga@corporativoalvear.com.mx', jobPosition: 'Coordinadora de Bienestar', companyName: 'Corporativo Alvear', location: 'Ciudad de México, México', companySize: 380,
    description: 'En las próximas semanas hacemos la feria de salud y nos interesa incluir vacunación de influenza para el personal. ¿Pueden venir a presentarnos su propuesta?',
  }, WORKPLACE_VACCINES);
  expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  expect(result.stage).toBe('SQL');
});

const SHRIMP_LAB: CompanyProfile = {
  companyName: 'AquaDiagnóstica',
  shortDescription: 'Diagnóstico de enfermedades del camarón (PCR, histopatología), monitoreo de agua y suelo de piscinas y preparación para certificaciones ASC y BAP en Ecuador.',
  mainServices: ['Diagnóstico PCR e histopatología de camarón', 'Monitoreo de calidad de agua y suelo de piscinas', 'Preparación para auditorías de certificación ASC y BAP'],
  targetAudience: 'Camaroneras, laboratorios de larvas, empacadoras y fábricas de balanceado en Ecuador y Perú con 20 trabajadores o más.',
  targetIndustries: ['Acuicultura', 'Camaroneras', 'Empacadoras de camarón'],
  targetCountries: ['Ecuador', 'Peru'],
};

it('es: "estamos armando el plan y el presupuesto" plans a budget, it asks no quote: this year is MEDIUM, MQL', () => {
  const result = classifyWithRules({
    fullName: 'Rafael Game', email: 'rgame@acuicolapuna.com.ec', jobPosition: 'Gerente General', companyName: 'Acuícola Puná', industry: 'Acuicultura', location: 'Puná, Ecuador', companySize: 120,
    description: 'Este año queremos certificar la finca con ASC. Estamos armando el plan y el presupuesto; nos interesaría entender qué incluye su preparación para auditoría.',
  }, SHRIMP_LAB);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});
