// The kinds holdout9 showed (issue 14), per category and language: buyer areas named as a team does ("prevención de
// pérdidas", "contas médicas", "fitosanidad", "calidad de vida"), crops as agriculture, needs in everyday words (a hot
// meal, a backpack sprayer, a panic button), a horizon that dates something other than the decision, a party named
// after the year's end, a strike as another pressing matter, and pitches that ask whether "it makes sense to talk".
// The wording differs from eval/generalisation on purpose.
import { contactFromJobTitle, normalizeBuyerAreas, withBuyerAreas } from '../enrichment/contact-profile';
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const CANTEENS: CompanyProfile = {
  companyName: 'ComedorSur',
  shortDescription: 'Alimentación para trabajadores y eventos corporativos en Chile.',
  mainServices: ['Concesión de casinos de alimentación para plantas y faenas', 'Cafeterías y coffee corners en oficinas', 'Producción de eventos corporativos: fiestas de fin de año y aniversarios'],
  targetAudience: 'Empresas de 80 a 10.000 trabajadores en Chile.',
  targetIndustries: ['Mining', 'Agroindustry', 'Manufacturing', 'Energy', 'Retail'],
  targetCountries: ['Chile'],
  buyerAreas: ['servicios generales', 'bienestar'],
};
const SPRAYING: CompanyProfile = {
  companyName: 'AgroDron',
  shortDescription: 'Aspersión con drones y monitoreo de cultivos en Colombia.',
  mainServices: ['Aspersión con drones de fungicidas y herbicidas', 'Monitoreo de cultivos con cámaras multiespectrales'],
  targetAudience: 'Fincas y agroindustrias de más de 50 trabajadores.',
  targetIndustries: ['Agriculture', 'Palm oil', 'Coffee'],
  targetCountries: ['Colombia'],
  buyerAreas: ['sanidad vegetal', 'operaciones de campo'],
};

const lead = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Camila Rojas',
  email: 'crojas@frutasdelvalle.cl',
  jobPosition: 'Gerente General',
  companyName: 'Frutas del Valle',
  industry: 'Agroindustria frutícola',
  location: 'Rancagua, Chile',
  companySize: 300,
  description,
  ...extra,
});

describe('buyer areas named the way a team names itself', () => {
  it.each([
    ['Jefa de Protección de Activos', ['seguridad patrimonial']],
    ['Loss Prevention Manager', ['prevención de pérdidas']],
    ['Coordenadora de Contas Médicas', ['faturamento']],
    ['Supervisora de Relacionamento com o Paciente', ['atendimento ao paciente']],
    ['Jefe de Fitosanidad', ['sanidad vegetal']],
    ['Jefa de Calidad de Vida', ['bienestar']],
    ['Jefe de Recursos Humanos', ['gestión de personas']],
  ])('%s decides for a seller whose buyer areas are %j', (title, areas) => {
    expect(withBuyerAreas(contactFromJobTitle(title), title, normalizeBuyerAreas(areas)).roleType).toBe('BUSINESS_DECISION_MAKER');
  });
});

describe('needs and industries in everyday words', () => {
  it.each([
    ['es', 'En temporada tengo 300 temporeros que almuerzan en el suelo. Quiero darles comida caliente en un comedor. ¿Me dan un precio?'],
    ['en', 'Our 300 seasonal pickers eat on the ground; we want hot meals in a proper canteen. Can you quote?'],
  ])('%s: a canteen asked for plainly matches the seller, SQL', (_lang, description) => {
    const result = classifyWithRules(lead(description), CANTEENS);
    expect(result.matchedServices.length).toBeGreaterThan(0);
    expect(result.stage).toBe('SQL');
  });

  it.each([
    ['es', 'Palma de aceite', 'Tenemos 400 hectáreas y queremos fumigar con drone contra la pudrición del cogollo este mes. ¿Nos cotizan?'],
    ['pt', 'Soja', 'Temos 900 hectares e queremos pulverização com drone na próxima safra. Podem mandar um orçamento este mês?'],
  ])('%s: a crop ("%s") is agriculture and spraying by drone is the service', (_lang, industry, description) => {
    const result = classifyWithRules(lead(description, { industry, location: 'Villavicencio, Colombia', jobPosition: 'Gerente General' }), SPRAYING);
    expect(result.fit.reasons.join(' ')).toMatch(/\+ target industry/);
    expect(result.matchedServices.length).toBeGreaterThan(0);
  });
});

describe('what a horizon dates', () => {
  it.each([
    ['es', 'No corre apuro, nos cambiamos de oficina recién en el segundo semestre. Aun así necesito una propuesta formal de cafetería para el presupuesto del traslado.'],
    ['pt', 'Não temos pressa nenhuma, o contrato atual vai até o fim do ano. Mesmo assim preciso de uma proposta formal de refeitório para levar à diretoria.'],
    ['es', 'Estamos organizando la fiesta de fin de año para 900 colaboradores. Necesitamos cotización de producción completa.'],
  ])('%s: a horizon dating something else leaves a request HIGH', (_lang, description) => {
    expect(classifyWithRules(lead(description, { industry: 'Retail' }), CANTEENS).urgency.level).toBe('HIGH');
  });

  it.each([
    ['es', 'Queremos una propuesta de casino; lo vamos a decidir el próximo trimestre.'],
    ['en', 'Please send a canteen proposal; we will decide sometime this year.'],
  ])('%s: a horizon dating the decision keeps it MEDIUM', (_lang, description) => {
    expect(classifyWithRules(lead(description), CANTEENS).urgency.level).toBe('MEDIUM');
  });

  it.each([
    ['es', 'Ahorita tenemos huelga en la planta y no hemos podido despachar en toda la semana. Lo del casino lo vemos el próximo año; mándenme información.'],
    ['en', 'Two seasons ago a contractor\'s meals made half the crew sick and we were fined. We changed providers; no issues since. A newsletter now and then is fine.'],
  ])('%s: a strike, or an incident seasons ago, is not urgency for us (LOW)', (_lang, description) => {
    expect(classifyWithRules(lead(description), CANTEENS).urgency.level).toBe('LOW');
  });
});

describe('who is writing', () => {
  it.each([
    ['pt', 'Hospedamos sistemas em data center próprio com preço 30% menor. Faz sentido conversarmos sobre a infraestrutura de vocês?', 'VENDOR_PITCH'],
    ['en', 'Spray logs across a drone fleet get messy fast. FlightLog automates it for operators like you. Worth a 20-minute demo?', 'VENDOR_PITCH'],
    ['es', 'Confeccionamos uniformes de cocina con el logo bordado. Tenemos precio especial por volumen, ¿les puedo enviar muestras?', 'VENDOR_PITCH'],
    ['en', 'We are a caterer in Peru looking for a local partner for mutual referrals on a revenue-share basis.', 'PARTNER_OR_RESELLER'],
    ['pt', 'Trabalho num sistema de refeitórios aqui em SP e estou montando um comparativo do mercado. Pode me mandar a tabela?', 'COMPETITOR'],
    ['es', 'hola buenas, estoy buscando pega de ayudante de cocina, tengo curso y experiencia en casino de minera, disponibilidad inmediata', 'JOB_SEEKER'],
  ])('%s: DISQUALIFIED (%s)', (_lang, description, kind) => {
    const result = classifyWithRules(lead(description, { jobPosition: 'Ejecutiva Comercial', companySize: 30 }), CANTEENS);
    expect([result.stage, result.intent.kind]).toEqual(['DISQUALIFIED', kind]);
  });

  it.each([['es', 'Consulta'], ['en', 'Question'], ['pt', 'Dúvida']])('%s: "%s" alone says nothing: REVIEW', (_lang, description) => {
    expect(classifyWithRules(lead(description), CANTEENS).stage).toBe('REVIEW');
  });
});
