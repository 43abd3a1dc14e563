// Round 97, from the first runs of holdout154 (0.952 stage) and holdout155 (0.946): "meu patrão pediu pra eu levantar
// preço" is an employee asking for the company, not a personal matter; a professor's "para las tesis de este semestre"
// is no student; vosotros asks ("me gustaría que me llamarais", "que vinierais este mes"); maintenance done "cuando algo
// falla" is a habit, not an incident now; "a diretoria pediu para avaliarmos um fornecedor" is evaluating, and so is
// "estamos viendo qué opciones hay"; "lo del oxígeno lo quiero ver con tiempo" puts the topic off.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const CATTLE_REPRODUCTION: CompanyProfile = {
  companyName: 'Insemina Pantanal',
  shortDescription: 'Equipes de reprodução bovina para fazendas de corte.',
  mainServices: ['Inseminação artificial em tempo fixo (IATF) com protocolo e inseminadores', 'Diagnóstico de gestação por ultrassom e sexagem fetal', 'Exame andrológico de touros', 'Planejamento da estação de monta'],
  targetAudience: 'Fazendas de pecuária de corte no Brasil com 20 funcionários ou mais.',
  targetIndustries: ['Pecuária de corte', 'Pecuária', 'Cattle ranching'],
  targetCountries: ['Brazil'],
  buyerAreas: ['pecuária', 'reprodução'],
};

const STAGE_MACHINERY: CompanyProfile = {
  companyName: 'Tramoya Técnica',
  shortDescription: 'Inspección y mantenimiento de maquinaria escénica.',
  mainServices: ['Inspección y certificación de varas y maquinaria escénica (UNE-EN 17206)', 'Mantenimiento preventivo de varas motorizadas y fosos', 'Revisión de rigging y polipastos', 'Formación de equipos técnicos en rigging'],
  targetAudience: 'Teatros, auditorios y palacios de congresos en España con 25 empleados o más.',
  targetIndustries: ['Teatros', 'Auditorios', 'Palacios de congresos'],
  targetCountries: ['Spain', 'Portugal'],
  buyerAreas: ['mantenimiento', 'escenario', 'producción técnica'],
};

const LAB_INSTRUMENTS: CompanyProfile = {
  companyName: 'Cromalab Servicio',
  shortDescription: 'Mantenimiento multimarca de equipos de laboratorio.',
  mainServices: ['Mantenimiento de cromatógrafos HPLC y GC', 'Mantenimiento de espectrofotómetros', 'Contratos anuales de servicio', 'Rehabilitación e instalación de equipos'],
  targetAudience: 'Laboratorios de investigación de universidades en México con 100 empleados o más.',
  targetIndustries: ['Universidad', 'Centro de investigación'],
  targetCountries: ['Mexico'],
  buyerAreas: ['laboratorio', 'posgrado', 'investigación'],
};

const REEFER_CARE: CompanyProfile = {
  companyName: 'Reefer Care Itajaí',
  shortDescription: 'Cuidado de contêineres reefer em terminais portuários.',
  mainServices: ['Monitoramento 24h de contêineres reefer no pátio', 'Inspeção pré-embarque (PTI)', 'Reparo de unidades de refrigeração', 'Manutenção de tomadas e racks de energia reefer'],
  targetAudience: 'Terminais de contêineres e portos secos no Brasil com 80 funcionários ou mais.',
  targetIndustries: ['Terminal de contêineres', 'Terminais portuários', 'Porto seco'],
  targetCountries: ['Brazil'],
  buyerAreas: ['pátio', 'operações', 'suprimentos'],
};

const BOTTLING_OXYGEN: CompanyProfile = {
  companyName: 'Oxígeno Cero',
  shortDescription: 'Control de oxígeno en líneas de embotellado de vino y aceite.',
  mainServices: ['Auditorías de oxígeno por válvula de llenado', 'Ajuste de gas inerte en llenadoras', 'Ensayos de corchos y tapas', 'Planes de control y capacitación'],
  targetAudience: 'Bodegas y almazaras en Argentina y Chile con 30 empleados o más.',
  targetIndustries: ['Vitivinicultura', 'Bodega', 'Almazara'],
  targetCountries: ['Argentina', 'Chile'],
  buyerAreas: ['embotellado', 'enología', 'calidad'],
};

const SURGICAL_INSTRUMENTS: CompanyProfile = {
  companyName: 'Instrumental Quirúrgico Caribe',
  shortDescription: 'Reparación de instrumental quirúrgico y gestión de cajas.',
  mainServices: ['Reparación y afilado de instrumental quirúrgico', 'Pruebas de aislamiento de instrumental laparoscópico', 'Inventario y racionalización de cajas quirúrgicas', 'Capacitación del personal de esterilización'],
  targetAudience: 'Clínicas y hospitales privados en República Dominicana con 60 empleados o más.',
  targetIndustries: ['Hospitales privados', 'Clínicas privadas'],
  targetCountries: ['Dominican Republic'],
  buyerAreas: ['enfermería', 'esterilización', 'quirófano'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({ fullName: 'Lead Test', email: 'lead@empresa-teste.com', ...fields });

it('pt: "meu patrão pediu pra eu levantar preço" is an employee asking for the ranch: a buyer, MQL P3', () => {
  const result = classifyWithRules(
    lead({ fullName: 'Luiz Sato', email: 'luiz.sato@fazsantaclara.com.br', jobPosition: 'Técnico agropecuário', companyName: 'Fazenda Santa Clara', industry: 'Pecuária de corte', location: 'Aquidauana, MS', companySize: 60, description: 'Bom dia, meu patrão pediu pra eu levantar preço. Temos 700 vacas, o inseminador se aposentou e o protocolo começa semana que vem. Vcs fazem IATF e ultrassom depois? Manda os valores.' }),
    CATTLE_REPRODUCTION,
  );
  expect(result.intent.kind).toBe('BUYER');
  expect([result.stage, result.priority]).toEqual(['MQL', 'P3']);
});

it('es: a graduate coordinator\'s "para las tesis de este semestre" is no student: SQL P2', () => {
  const result = classifyWithRules(
    lead({ fullName: 'Dr. Gilberto Sosa', email: 'gsosa@upvalle.edu.mx', jobPosition: 'Coordinador del Posgrado en Química', companyName: 'Universidad Politécnica del Valle', industry: 'Universidad', location: 'Toluca, México', companySize: 1100, description: 'Yo autorizo: por favor envíen propuesta para rehabilitar el cromatógrafo GC con detector FID, lo necesitamos para las tesis de este semestre.' }),
    LAB_INSTRUMENTS,
  );
  expect(result.intent.kind).toBe('BUYER');
  expect([result.stage, result.priority]).toEqual(['SQL', 'P2']);
});

describe('vosotros asks, and a habit that is no incident', () => {
  it('es: "no corre prisa, pero me gustaría que me llamarais" asks for a call: HIGH, SQL P2', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Alberto Cuesta', email: 'acuesta@teatrodelarco.es', jobPosition: 'Jefe de Escenario', companyName: 'Teatro del Arco', industry: 'Teatros', location: 'Getafe, Madrid', companySize: 38, description: 'No corre prisa, pero me gustaría que me llamarais para ver lo de la formación del equipo en rigging.' }),
      STAGE_MACHINERY,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect([result.stage, result.priority]).toEqual(['SQL', 'P2']);
  });

  it('es: "que vinierais este mes … solo se ha hecho mantenimiento cuando algo falla" is a visit, not an incident: HIGH, SQL P2', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Vicent Martí', email: 'vmarti@auditorilevant.es', jobPosition: 'Jefe de Mantenimiento', companyName: 'Auditori Llevant', industry: 'Auditorios', location: 'Valencia', companySize: 120, description: 'Nos gustaría que vinierais este mes a ver las varas del escenario. Las motorizamos en 2010 y desde entonces solo se ha hecho mantenimiento cuando algo falla.' }),
      STAGE_MACHINERY,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect([result.stage, result.priority]).toEqual(['SQL', 'P2']);
  });
});

describe('evaluating, and a topic put off', () => {
  it('pt: "a diretoria pediu para avaliarmos um fornecedor", the outage long past: MEDIUM, MQL P3', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Juliana Taborda', email: 'juliana@terminalnavegantes.com.br', jobPosition: 'Coordenadora de Pátio', companyName: 'Terminal de Navegantes', industry: 'Terminais portuários', location: 'Navegantes, Brasil', companySize: 260, description: 'No ano passado tivemos uma queda de energia no pátio reefer. Hoje está tudo normalizado, mas a diretoria pediu para avaliarmos um fornecedor de monitoramento.' }),
      REEFER_CARE,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect([result.stage, result.priority]).toEqual(['MQL', 'P3']);
  });

  it('es: "estamos viendo qué opciones hay" is evaluating: MEDIUM, MQL P3', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Yanet Polanco', email: 'ypolanco@hospitalcibao.com.do', jobPosition: 'Coordinadora de Enfermería', companyName: 'Hospital Privado del Cibao', industry: 'Hospitales privados', location: 'Santiago, República Dominicana', companySize: 100, description: 'Las cajas quirúrgicas traen piezas que nadie usa y siempre falta algo en sala. Estamos viendo qué opciones hay para racionalizar las cajas.' }),
      SURGICAL_INSTRUMENTS,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect([result.stage, result.priority]).toEqual(['MQL', 'P3']);
  });

  it('es: "a full con la cosecha, eso es lo urgente; lo del oxígeno lo quiero ver con tiempo" puts it off: LOW, NURTURE', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Jorge Olmos', email: 'jolmos@bodegaelalamo.com.ar', jobPosition: 'Gerente General', companyName: 'Bodega El Álamo', industry: 'Vitivinicultura', location: 'Medrano, Mendoza', companySize: 60, description: 'Estamos a full con la cosecha hasta fin de marzo, eso es lo urgente ahora. Lo del oxígeno en botella lo quiero ver con tiempo, guardo el contacto.' }),
      BOTTLING_OXYGEN,
    );
    expect(result.urgency.level).toBe('LOW');
    expect([result.stage, result.priority]).toEqual(['NURTURE', 'P4']);
  });
});
