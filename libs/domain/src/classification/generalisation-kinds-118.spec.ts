// Round 118, from holdout190-193's first runs (hyperbaric chambers, e-discovery, solvent and tyre recycling, payroll cards,
// escalators, remote gatehouses, graffiti removal, traffic studies, forensic accounting, drone shows, lactation rooms,
// solar cleaning, period-product dispensers). Each case is worded apart from the set's lead it comes from.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const lead = (over: Partial<LeadInput>): LeadInput => ({ fullName: 'Lead Prueba', email: 'contacto@empresa-prueba.com', companySize: 400, ...over });

const DISPENSERS: CompanyProfile = {
  companyName: 'Flowline Restroom Supply',
  shortDescription: 'Free-vend period-product dispensers for schools and workplaces.',
  mainServices: ['Dispenser installation in restrooms', 'Refill subscriptions for pads and tampons', 'Usage reporting per restroom'],
  targetAudience: 'School districts, colleges and employers in the Midwest with 30 or more staff.',
  targetIndustries: ['Higher education', 'School districts', 'Manufacturing'],
  targetCountries: ['United States'],
  buyerAreas: ['facilities', 'human resources', 'student services'],
};

const SOLVENTS: CompanyProfile = {
  companyName: 'Recicla Solventes Ltda.',
  shortDescription: 'Reciclagem de solventes industriais.',
  mainServices: ['Coleta e destilação de solventes usados', 'Estações de recuperação de solvente na fábrica', 'Devolução de thinner reciclado'],
  targetAudience: 'Indústrias de São Paulo e Minas Gerais com 40 funcionários ou mais.',
  targetIndustries: ['Móveis', 'Gráficas', 'Indústria química'],
  targetCountries: ['Brasil'],
  buyerAreas: ['produção', 'meio ambiente'],
};

const PAYROLL_CARDS: CompanyProfile = {
  companyName: 'Paga Fácil GT',
  shortDescription: 'Prepaid payroll cards for unbanked workers.',
  mainServices: ['Prepaid payroll cards for unbanked workers', 'Bulk payroll disbursement portal', 'ATM network agreements'],
  targetAudience: 'Agro-exporters, maquilas and security firms in Guatemala with 100 or more workers.',
  targetIndustries: ['Maquila', 'Seguridad privada', 'Agroexportación'],
  targetCountries: ['Guatemala'],
  buyerAreas: ['payroll', 'human resources', 'finance'],
};

const CHAMBERS: CompanyProfile = {
  companyName: 'Hiperbárica Sur SpA',
  shortDescription: 'Servicio de cámaras hiperbáricas.',
  mainServices: ['Maintenance contracts for hyperbaric chambers', 'Breathing-air and oxygen system certification: compressor purity testing and certificates', 'Operator training and pressure-vessel inspections'],
  targetAudience: 'Hospitals and commercial diving companies in Chile with 30 or more staff.',
  targetIndustries: ['Hospitals', 'Buceo comercial', 'Salmonicultura'],
  targetCountries: ['Chile'],
  buyerAreas: ['diving operations', 'maintenance'],
};

const GATEHOUSES: CompanyProfile = {
  companyName: 'Portaria Sul Remota',
  shortDescription: 'Portaria remota para parques empresariais e condomínios logísticos.',
  mainServices: ['Remote gatehouse monitoring 24 hours', 'Access-control hardware installation: facial-recognition readers and turnstiles', 'Vehicle gate automation'],
  targetAudience: 'Business parks and logistics condominiums in southern Brazil with 20 or more staff.',
  targetIndustries: ['Business parks', 'Parques empresariais', 'Condomínios logísticos'],
  targetCountries: ['Brasil'],
  buyerAreas: ['facilities', 'security'],
};

const ESCALATORS: CompanyProfile = {
  companyName: 'Escalando Servicios SAC',
  shortDescription: 'Escalator maintenance in Peru.',
  mainServices: ['Preventive maintenance contracts for escalators and moving walks', 'Handrail and step replacement', 'Safety-device inspection and certification'],
  targetAudience: 'Shopping malls and airports in Peru with 60 or more staff.',
  targetIndustries: ['Shopping malls', 'Centros comerciales', 'Aeropuertos'],
  targetCountries: ['Peru'],
  buyerAreas: ['maintenance', 'operations'],
};

const FORENSIC: CompanyProfile = {
  companyName: 'Liffey Forensic Accountants',
  shortDescription: 'Forensic accounting in Ireland.',
  mainServices: ['Fraud and misconduct investigations', 'Quantification of loss for insurance claims', 'Expert-witness reports'],
  targetAudience: 'Insurers, law firms and boards in Ireland with 40 or more staff.',
  targetIndustries: ['Insurance', 'Financial services', 'Law firms'],
  targetCountries: ['Ireland'],
  buyerAreas: ['risk', 'finance', 'legal'],
};

const TRAFFIC: CompanyProfile = {
  companyName: 'Movilidad Andina SAS',
  shortDescription: 'Traffic engineering consultancy.',
  mainServices: ['Traffic impact studies for building permits', 'Vehicle and pedestrian counts', 'Signal timing plans'],
  targetAudience: 'Developers, malls and municipalities in Colombia with 30 or more staff.',
  targetIndustries: ['Desarrollo inmobiliario', 'Construcción', 'Centros comerciales'],
  targetCountries: ['Colombia'],
  buyerAreas: ['proyectos', 'planeación'],
};

const GRAFFITI: CompanyProfile = {
  companyName: 'Muros Limpios MX',
  shortDescription: 'Graffiti removal and protective coatings.',
  mainServices: ['Graffiti removal from stone, metal and glass', 'Anti-graffiti coatings for façades', 'Maintenance contracts with response times'],
  targetAudience: 'Shopping centres, transit operators and municipalities in Mexico with 50 or more staff.',
  targetIndustries: ['Centros comerciales', 'Transporte público', 'Municipios'],
  targetCountries: ['México'],
  buyerAreas: ['mantenimiento', 'operaciones'],
};

describe('round 118: asks, plans and other matters in new words', () => {
  it.each([
    ['en', 'a walkthrough asked for', DISPENSERS, { jobPosition: 'Facilities Director', companyName: 'Maple Grove Schools', industry: 'School districts', location: 'Columbus, OH, USA', description: 'We want dispensers in all 30 restrooms at the high school. Could someone come do a walkthrough with our custodian lead?' }, 'HIGH', 'SQL'],
    ['en', 'a fee schedule asked for', FORENSIC, { jobPosition: 'Claims Director', companyName: 'Shannon Mutual', industry: 'Insurance', location: 'Limerick, Ireland', description: 'Please send over your fee schedule for quantification of loss on a warehouse fire claim.' }, 'HIGH', 'SQL'],
    ['pt', '"mandem alguém fazer uma visita"', SOLVENTS, { jobPosition: 'Diretor Industrial', companyName: 'Móveis Serrana', industry: 'Móveis', location: 'Ubá, MG, Brasil', description: 'Juntamos muito thinner sujo na cabine de pintura. Mandem alguém fazer uma visita aqui na fábrica.' }, 'HIGH', 'SQL'],
    ['pt', '"quanto vcs cobram"', SOLVENTS, { jobPosition: 'Gerente de Produção', companyName: 'Gráfica Paulista', industry: 'Gráficas', location: 'Campinas, SP, Brasil', description: 'temos uns 20 tambores de solvente usado por mês, quanto vcs cobram pela coleta?' }, 'HIGH', 'SQL'],
    ['pt', '"preciso de valores"', SOLVENTS, { jobPosition: 'Analista Ambiental', companyName: 'Química Jundiaí', industry: 'Indústria química', location: 'Jundiaí, SP, Brasil', description: 'Preciso de valores para destinar acetona usada, uns 8 tambores por mês.' }, 'HIGH', 'MQL'],
    ['en', 'a show "in 4 wks"', DISPENSERS, { jobPosition: 'Custodian', companyName: 'Lakeview College', industry: 'Higher education', location: 'Peoria, IL, USA', description: 'my boss wants the dispensers in before the inspection in 4 wks, what do you need from us for the install?' }, 'HIGH', 'MQL'],
  ])('%s: %s is near-term intent (HIGH)', (_lang, _what, profile, fields, level, stage) => {
    const result = classifyWithRules(lead(fields), profile);
    expect(result.urgency.level).toBe(level);
    expect(result.stage).toBe(stage);
  });

  it.each([
    ['en', '"weighing up a few firms"', FORENSIC, { jobPosition: 'Chief Executive', companyName: 'Barrow Foods', industry: 'Financial services', location: 'Kilkenny, Ireland', description: 'The audit committee wants an independent misconduct investigation into a supplier kickback allegation. We are weighing up a few firms.' }],
    ['es', '"lo estamos platicando"', PAYROLL_CARDS, { jobPosition: 'Gerente General', companyName: 'Constructora Cobán', industry: 'Maquila', location: 'Cobán, Guatemala', description: 'Queremos tarjetas de nómina para los trabajadores que no tienen cuenta. Lo estamos platicando con la junta.' }],
    ['pt', '"testando fornecedores"', SOLVENTS, { jobPosition: 'Diretora', companyName: 'Tintas Gaúchas', industry: 'Indústria química', location: 'Canoas, RS, Brasil', description: 'Estamos testando fornecedores de destilação de solvente, queremos entender como funciona a devolução do thinner.' }],
    ['es', 'proposals already in hand from two banks, compared', PAYROLL_CARDS, { jobPosition: 'Director Financiero', companyName: 'Seguridad Chapina', industry: 'Seguridad privada', location: 'Guatemala, Guatemala', description: 'Ya tenemos propuesta de dos bancos para la planilla y queremos comparar con una tarjeta prepago antes de decidir.' }],
  ])('%s: %s evaluates (MEDIUM): MQL', (_lang, _what, profile, fields) => {
    const result = classifyWithRules(lead(fields), profile);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('en: "how much detail" asks about the work, not its price: no timeline, NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'HR Director', companyName: 'Acme Plastics', industry: 'Manufacturing', location: 'Dayton, OH, USA', description: 'Can the usage reports go down to each restroom? How much detail do they show?' }), DISPENSERS);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('pt: rushed with another order "até sexta", ours "depois com calma": NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Supervisor de Produção', companyName: 'Rotogravura Sorocabana', industry: 'Gráficas', location: 'Sorocaba, SP, Brasil', description: 'to correndo aqui com uma entrega urgente que sai até sexta, mas temos interesse em reciclar o solvente da impressão. depois com calma a gente conversa' }), SOLVENTS);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('es: planning "para el año que viene", with price ranges asked, is next year (LOW): NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Directora de Recursos Humanos', companyName: 'Maquila Santa Lucía', industry: 'Maquila', location: 'Villa Nueva, Guatemala', description: 'Estamos planificando para el año que viene cambiar el pago de planilla a tarjetas. Por ahora solo queremos rangos de precio.' }), PAYROLL_CARDS);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('en: "fraud" named in next year\'s plan is no incident now: NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Chief Risk Officer', companyName: 'Atlantic Bank Group', industry: 'Financial services', location: 'Cork, Ireland', description: 'Next year we plan a group-wide fraud review and will need a firm for any investigations it throws up. Just flagging it early.' }), FORENSIC);
    expect(result.urgency.level).not.toBe('CRITICAL');
    expect(result.stage).toBe('NURTURE');
  });

  it('es: a budget line for next year and "para este año ya no hay nada" is LOW: NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Gerente de Recursos Humanos', companyName: 'Maquila del Norte', industry: 'Maquila', location: 'Escuintla, Guatemala', description: 'Voy a meter las tarjetas de nómina en el presupuesto del año que entra. Para este año ya no hay nada, solo quiero tenerlos ubicados.' }), PAYROLL_CARDS);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });
});

describe('round 118: who writes', () => {
  it('en: a "Student Services Director" runs an office, is no student: SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Student Services Director', companyName: 'Quad Cities College', industry: 'Higher education', location: 'Moline, IL, USA', description: 'We need dispensers in 12 restrooms before the fall term. Can you send a quote?' }), DISPENSERS);
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });

  it('es: "¿les interesaría participar?" in our tender invites the seller, it is no pitch: MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefe de Mantenimiento', companyName: 'Clínica del Pacífico', industry: 'Hospitals', location: 'Antofagasta, Chile', description: 'El próximo trimestre licitamos el mantenimiento de la cámara hiperbárica. ¿Les interesaría participar? Les mandamos las bases.' }), CHAMBERS);
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('MQL');
  });

  it('es: a "Jefe de Operaciones de Buceo" runs the buyer area "diving operations": SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefe de Operaciones de Buceo', companyName: 'Buzos del Sur', industry: 'Buceo comercial', location: 'Castro, Chile', description: 'Necesitamos certificar la pureza del aire de los compresores antes de fin de mes. ¿Cuánto cobran?' }), CHAMBERS);
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(result.stage).toBe('SQL');
  });

  it('es: a "Jefa de Planillas" runs payroll: SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefa de Planillas', companyName: 'Confecciones Mixco', industry: 'Maquila', location: 'Mixco, Guatemala', description: 'Queremos cotización de tarjetas de nómina para 1.800 operarias; el banco nos cobra cada depósito.' }), PAYROLL_CARDS);
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(result.stage).toBe('SQL');
  });
});

describe('round 118: the need in other words', () => {
  it.each([
    ['es', '"estudio de tránsito" is a traffic study', TRAFFIC, { jobPosition: 'Gerente de Proyectos', companyName: 'Urbanizadora Sabaneta', industry: 'Desarrollo inmobiliario', location: 'Sabaneta, Colombia', description: 'Planeación nos exige estudio de tránsito para la licencia de 300 apartamentos. ¿Nos pasan propuesta?' }],
    ['pt', '"controle de acesso" is the access control of "Access-control hardware"', GATEHOUSES, { jobPosition: 'Gerente de Facilities', companyName: 'Parque Empresarial Joinville', industry: 'Parques empresariais', location: 'Joinville, Brasil', description: 'Temos verba aprovada para trocar o controle de acesso do campus neste mês. Podemos marcar uma reunião?' }],
    ['es', '"escaleras eléctricas" are escalators', ESCALATORS, { jobPosition: 'Jefe de Mantenimiento', companyName: 'Mall Plaza Norte', industry: 'Centros comerciales', location: 'Lima, Perú', description: 'Necesitamos cotización de mantenimiento para 6 escaleras eléctricas del mall.' }],
    ['es', '"antigrafiti" is an anti-graffiti coating', GRAFFITI, { jobPosition: 'Gerente de Mantenimiento', companyName: 'Plaza Galerías Norte', industry: 'Centros comerciales', location: 'Monterrey, México', description: 'Nos interesa cotizar protección antigrafiti para 400 m2 de fachada de concreto.' }],
  ])('%s: %s: SQL', (_lang, _what, profile, fields) => {
    const result = classifyWithRules(lead(fields), profile);
    expect(result.matchedServices.length).toBeGreaterThan(0);
    expect(result.stage).toBe('SQL');
  });
});
