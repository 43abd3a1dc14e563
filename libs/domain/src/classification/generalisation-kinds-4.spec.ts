// The kinds holdout8 showed (issue 14), per category and language: a topic put off behind another pressing matter
// that they still plan to evaluate (MEDIUM) against one only put off (LOW), "por lo pronto" that is no "pronto", a date
// inside an imagined case, a mail-app sign-off that is no private matter, a partner who wants the seller's clients, a
// peer who calls the seller "colleagues", a vendor who offers to quote the seller, and prices asked in the conditional.
// The wording differs from eval/generalisation on purpose.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const PAYROLL: CompanyProfile = {
  companyName: 'NóminaFácil',
  shortDescription: 'Maquila de nómina y administración de personal para empresas en México.',
  mainServices: ['Maquila de nómina: cálculo, timbrado y dispersión', 'Altas, bajas y cuotas ante el IMSS', 'Auditoría de nómina'],
  targetAudience: 'Empresas de 50 a 5,000 empleados en México.',
  targetIndustries: ['Manufacturing', 'Logistics', 'Retail', 'Services'],
  targetCountries: ['Mexico'],
  buyerAreas: ['recursos humanos', 'finanzas'],
};

const buyer = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Verónica Lara',
  email: 'vlara@empaquesdelbajio.com.mx',
  jobPosition: 'Directora de Recursos Humanos',
  companyName: 'Empaques del Bajío',
  industry: 'Manufactura',
  location: 'León, México',
  companySize: 480,
  description,
  ...extra,
});
const classify = (l: LeadInput) => classifyWithRules(l, PAYROLL);

describe('another pressing matter first: put off, or planned', () => {
  it.each([
    ['es', 'Esta semana tenemos el inventario anual y no tengo ni un minuto. Aun así queremos evaluar sacar la nómina a un externo el próximo trimestre; por ahora mándenme información.'],
    ['en', 'We have a trade show all this week, so I am swamped. We do want to evaluate outsourcing payroll next quarter; for now, please send some material.'],
    ['pt', 'Esta semana estamos no meio do inventário geral, então não tenho agenda. Mas queremos avaliar terceirizar a folha no próximo trimestre; por enquanto me mandem material.'],
  ])('%s: still evaluated later, so MEDIUM and MQL', (_lang, description) => {
    const result = classify(buyer(description));
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it.each([
    ['es', 'Ando corriendo con la recertificación ISO esta semana. Lo de la nómina puede esperar.'],
    ['en', 'Our stocktake is this week and payroll can wait; reach out again in a few months.'],
  ])('%s: only put off, so LOW', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('LOW');
  });

  it('es: "por lo pronto" is "for now", not "pronto"', () => {
    expect(classify(buyer('En algún momento de este año queremos evaluar la maquila de nómina. Por lo pronto mándenme información.')).urgency.level).toBe('MEDIUM');
  });
});

describe('dates and incidents inside an imagined case are not urgency', () => {
  it.each([
    ['es', 'Si el IMSS nos auditara mañana no sé si saldríamos bien. No hay ninguna revisión abierta; estamos evaluando una auditoría de nómina para los próximos meses.'],
    ['pt', 'Se o sistema de folha cair no dia do pagamento, perdemos a confiança da equipe. Hoje não temos problema, mas estamos avaliando alternativas para este ano.'],
  ])('%s: MEDIUM', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('MEDIUM');
  });

  it('pt: the past told as under control with a horizon is a report, LOW', () => {
    expect(classify(buyer('No ano passado pagamos multa por erro no cálculo da folha. Este ano está tudo sob controle, não tivemos problema. Mandem um material só para conhecermos.')).urgency.level).toBe('LOW');
  });
});

describe('prices asked in the conditional are a request (HIGH)', () => {
  it.each([
    ['es', 'Cada quincena me paso dos noches haciendo los recibos. Quiero que alguien se encargue de todo eso, ¿cuánto me cobrarían?'],
    ['en', 'Running payroll takes me two nights every fortnight. How much would you charge to take it over?'],
    ['pt', 'Fazer a folha todo mês me toma dois dias. Quanto vocês cobrariam para assumir isso?'],
  ])('%s: HIGH', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('HIGH');
  });
});

describe('who is writing', () => {
  it.each([
    ['pt', 'Prezados, solicitamos proposta comercial para a maquila da folha das nossas duas fábricas.\n\nAtenciosamente,\nMarcos\nEnviado do meu iPhone'],
    ['en', 'Please send us a proposal for payroll outsourcing for our two plants.\n\nRegards,\nMark\nSent from my iPhone'],
  ])('%s: a mail-app sign-off is no private matter', (_lang, description) => {
    const result = classify(buyer(description));
    expect(result.intent.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });

  it.each([
    ['pt', 'Somos um escritório contábil em Monterrey. Gostaríamos de ser indicados para os clientes de vocês que precisam de contabilidade, podemos fazer uma parceria?', 'PARTNER_OR_RESELLER'],
    ['es', 'Somos integradores de software de RH en Guatemala y queremos representar su plataforma en el país, con exclusividad si es posible.', 'PARTNER_OR_RESELLER'],
    ['en', 'We run an HR consultancy and would like to offer your payroll service to our clients on commission.', 'PARTNER_OR_RESELLER'],
    ['es', 'Hola colegas, nosotros también hacemos maquila de nómina en Puebla. ¿Con qué timbradora trabajan y a qué precio les llega?', 'COMPETITOR'],
    ['en', 'Hi! We run a payroll outsourcing firm in Colombia and are preparing to enter Mexico. Would love to swap notes.', 'COMPETITOR'],
    ['es', 'Ofrecemos servicio de limpieza de oficinas con personal REPSE. Nos gustaría cotizarles la limpieza de sus oficinas.', 'VENDOR_PITCH'],
    ['pt', 'Temos um app de ponto eletrônico já usado por empresas de RH no Brasil. Posso apresentar para vocês numa call de 20 minutos?', 'VENDOR_PITCH'],
    ['pt', 'bom dia tem vaga pra auxiliar de departamento pessoal? tenho 6 anos de experiencia', 'JOB_SEEKER'],
    ['pt', 'LISTA COM 50 MIL CONTATOS DE RH POR APENAS R$ 97!!! Clique no link e baixe agora, oferta válida só hoje', 'SPAM'],
    ['es', 'Buenas noches, la empresa donde trabajo no me ha pagado el aguinaldo, ¿me pueden ayudar a reclamarlo?', 'PERSONAL'],
  ])('%s: DISQUALIFIED (%s)', (_lang, description, kind) => {
    const result = classify(buyer(description, { jobPosition: 'Gerente Comercial', companySize: 40 }));
    expect([result.stage, result.intent.kind]).toEqual(['DISQUALIFIED', kind]);
  });

  it('en: a buyer who "also needs" something is not a peer', () => {
    expect(classify(buyer('We are planning our year-end party and we also need a proper payroll provider for 480 people. Could we talk next week?')).intent.kind).toBe('BUYER');
  });
});
