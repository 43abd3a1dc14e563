// Round 93, from the first runs of holdout146 (0.952 stage) and holdout147 (0.952): "el Clausura" is a football
// tournament, not a closure ("nos clausuraron la cocina" still is); a Sunday deadline is a deadline like a Saturday one
// ("para el domingo ya nos serviría"); "o parque está fechado desde ontem" is an incident going on, and "preciso
// resolver logo" presses; both alternatives of "estamos a avaliar se compensa manter … ou comprar novas" are weighed;
// and a phrase is read within its sentence ("está fechado. Desde então…" names no closure since), though a dotted word
// ("bit.ly") is no sentence end.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const FOOTBALL_ANALYTICS: CompanyProfile = {
  companyName: 'Táctica Sur',
  shortDescription: 'Análisis de video y datos para clubes de fútbol.',
  mainServices: ['Análisis de video de partidos propios y de rivales', 'Monitoreo de carga física con chalecos GPS', 'Scouting de jugadores', 'Evaluación de divisiones menores'],
  targetAudience: 'Clubes de fútbol en Perú, Bolivia y Ecuador con 25 empleados o más.',
  targetIndustries: ['Fútbol profesional', 'Club de fútbol', 'Academias de fútbol'],
  targetCountries: ['Peru', 'Bolivia', 'Ecuador'],
  buyerAreas: ['dirección deportiva', 'cuerpo técnico', 'scouting'],
};

const KITCHEN_SAFETY: CompanyProfile = {
  companyName: 'Cocinas Seguras',
  shortDescription: 'Mantenimiento de campanas y ductos de extracción en cocinas industriales.',
  mainServices: ['Limpieza de campanas y ductos de extracción', 'Sistemas de supresión de incendios en cocinas', 'Dictamen para Protección Civil', 'Contratos de mantenimiento'],
  targetAudience: 'Restaurantes, hoteles y comedores industriales en México con 30 empleados o más.',
  targetIndustries: ['Restaurantes', 'Hoteles', 'Comedores industriales'],
  targetCountries: ['Mexico'],
  buyerAreas: ['operaciones', 'mantenimiento'],
};

const WATER_SLIDES: CompanyProfile = {
  companyName: 'Tobofix',
  shortDescription: 'Recuperação de toboáguas de fibra de vidro.',
  mainServices: ['Recuperação estrutural e laminação de toboáguas de fibra de vidro', 'Repintura em gelcoat', 'Inspeção com laudo técnico e ART', 'Contrato de manutenção na baixa temporada'],
  targetAudience: 'Parques aquáticos, resorts e clubes no Brasil com 50 funcionários ou mais.',
  targetIndustries: ['Parque aquático', 'Resort', 'Clube'],
  targetCountries: ['Brazil'],
  buyerAreas: ['manutenção', 'operações'],
};

const DENTAL_HANDPIECES: CompanyProfile = {
  companyName: 'Turbinas Dentais Luanda',
  shortDescription: 'Reparação de turbinas e peças de mão dentárias.',
  mainServices: ['Reparação de turbinas de alta rotação', 'Reparação de contra-ângulos e micromotores', 'Contrato de manutenção para redes de clínicas', 'Formação em lubrificação e esterilização das peças de mão'],
  targetAudience: 'Redes de clínicas dentárias e hospitais privados em Angola com 30 colaboradores ou mais.',
  targetIndustries: ['Clínicas dentárias', 'Hospital privado'],
  targetCountries: ['Angola'],
  buyerAreas: ['operações', 'compras', 'direção clínica'],
};

const HARASSMENT_PROTOCOLS: CompanyProfile = {
  companyName: 'Protocolo Certo',
  shortDescription: 'Protocolos de prevenção do assédio no trabalho.',
  mainServices: ['Redação e implementação do protocolo de prevenção do assédio', 'Investigação independente de queixas', 'Formação de chefias', 'Planos de igualdade'],
  targetAudience: 'Empresas em Portugal com 50 trabalhadores ou mais.',
  targetIndustries: ['Transportes', 'Logística', 'Indústria'],
  targetCountries: ['Portugal'],
  buyerAreas: ['recursos humanos'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({ fullName: 'Lead Test', email: 'lead@empresa-teste.com', ...fields });

describe('"el Clausura" is a tournament; a closure is still an incident', () => {
  it('es: a proposal for "lo que queda del Clausura" is HIGH, not CRITICAL: SQL P2', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Rubén Salas', email: 'presidencia@deportivohuanchaco.pe', jobPosition: 'Presidente', companyName: 'Club Deportivo Huanchaco', industry: 'Club de fútbol', location: 'Trujillo, Perú', companySize: 95, description: 'Pido una propuesta de análisis de video de nuestros partidos para lo que queda del Clausura. Ahora grabamos con un celular y así no sirve.' }),
      FOOTBALL_ANALYTICS,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect([result.stage, result.priority]).toEqual(['SQL', 'P2']);
  });

  it('es: "cuando empiece el Clausura" next quarter, still weighing options, is MEDIUM: MQL', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Álvaro Ríos', email: 'arios@sportingcayma.pe', jobPosition: 'Director Deportivo', companyName: 'Sporting Cayma', industry: 'Fútbol profesional', location: 'Arequipa, Perú', companySize: 70, description: 'El próximo trimestre, cuando empiece el Clausura, queremos monitorear la carga del plantel con GPS. Estamos viendo alternativas.' }),
      FOOTBALL_ANALYTICS,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it.each([
    ['"Protección Civil nos clausuró la cocina"', 'Protección Civil nos clausuró la cocina del comedor por la grasa en la campana. Necesitamos la limpieza y el dictamen.'],
    ['"la clausura del área"', 'Tenemos la clausura del área de freidoras por el ducto sucio; necesitamos la limpieza y el dictamen.'],
  ])('es: %s is an incident now: CRITICAL, SQL P1', (_name, description) => {
    const result = classifyWithRules(
      lead({ fullName: 'Marisol Pineda', email: 'mpineda@comedoresdelbajio.mx', jobPosition: 'Gerente de Operaciones', companyName: 'Comedores del Bajío', industry: 'Comedores industriales', location: 'León, Guanajuato, México', companySize: 180, description }),
      KITCHEN_SAFETY,
    );
    expect(result.urgency.level).toBe('CRITICAL');
    expect([result.stage, result.priority]).toEqual(['SQL', 'P1']);
  });
});

describe('a Sunday deadline is a deadline', () => {
  it('es: "para el domingo ya nos serviría" from a coaching assistant: CRITICAL, MQL P3', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Iván Quispe', email: 'iquispe@atleticocolca.pe', jobPosition: 'Asistente Técnico', companyName: 'Club Atlético Colca', industry: 'Fútbol profesional', location: 'Arequipa, Perú', companySize: 120, description: 'Necesito el análisis de video del rival que nos toca: cómo salen jugando y la pelota parada. Para el domingo ya nos serviría.' }),
      FOOTBALL_ANALYTICS,
    );
    expect(result.urgency.level).toBe('CRITICAL');
    expect([result.stage, result.priority]).toEqual(['MQL', 'P3']);
  });

  it('pt: "precisamos disso até domingo" is a deadline: CRITICAL', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Rogério Lima', email: 'rogerio@aguasquentesclube.com.br', jobPosition: 'Gerente de Manutenção', companyName: 'Águas Quentes Clube', industry: 'Clube', location: 'Caldas Novas, GO, Brasil', companySize: 140, description: 'Um toboágua está com a fibra exposta na curva. Precisamos disso reparado até domingo, quando abre a temporada.' }),
      WATER_SLIDES,
    );
    expect(result.urgency.level).toBe('CRITICAL');
  });
});

describe('closed since yesterday, and needing it solved soon', () => {
  it('pt: "o parque está fechado desde ontem … preciso resolver logo" in everyday words: CRITICAL, SQL P1', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Valdir Rocha', email: 'valdir@parqueriodasgarcas.com.br', jobPosition: 'Dono', companyName: 'Parque Rio das Garças', industry: 'Parque aquático', location: 'Barra do Garças, MT, Brasil', companySize: 70, phone: '+55 66 99100-2233', description: 'o tobogã grande ta soltando farpa de fibra de vidro e a criançada sai arranhada. o parque ta fechado desde ontem por isso, preciso resolver logo' }),
      WATER_SLIDES,
    );
    expect(result.urgency.level).toBe('CRITICAL');
    expect([result.stage, result.priority]).toEqual(['SQL', 'P1']);
  });

  it('pt: "preciso resolver logo" alone presses: not LOW', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Carla Menezes', email: 'carla@hotelparqueaguas.com.br', jobPosition: 'Gerente de Operações', companyName: 'Hotel Parque das Águas', industry: 'Resort', location: 'Olímpia, SP, Brasil', companySize: 200, description: 'A pintura do toboágua infantil está descascando e desbotada. Preciso resolver logo.' }),
      WATER_SLIDES,
    );
    expect(['HIGH', 'CRITICAL']).toContain(result.urgency.level);
    expect(result.stage).toBe('SQL');
  });

  it('pt: a case "fechado. Desde então…" names no closure going on: HIGH, SQL P2', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Ana Reis', email: 'ana.reis@transportesreis.pt', jobPosition: 'Diretora de Recursos Humanos', companyName: 'Transportes Reis', industry: 'Transportes', location: 'Leiria, Portugal', companySize: 260, description: 'O processo de assédio do ano passado está fechado. Desde então queremos rever o protocolo e formar as chefias. Gostaríamos de receber uma proposta.' }),
      HARASSMENT_PROTOCOLS,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect([result.stage, result.priority]).toEqual(['SQL', 'P2']);
  });

  it('pt: a sentence that opens with a bracket ("fechado. (Desde então…") is still a new sentence: HIGH, SQL P2', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Ana Reis', email: 'ana.reis@transportesreis.pt', jobPosition: 'Diretora de Recursos Humanos', companyName: 'Transportes Reis', industry: 'Transportes', location: 'Leiria, Portugal', companySize: 260, description: 'O processo de assédio do ano passado está fechado. (Desde então queremos rever o protocolo.) Gostaríamos de receber uma proposta.' }),
      HARASSMENT_PROTOCOLS,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect([result.stage, result.priority]).toEqual(['SQL', 'P2']);
  });

  it('en: a dotted link ("bit.ly") is no sentence end: spam keeps its evidence', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Promo Team', email: 'promo@fastbacklinks.biz', description: 'Boost your ranking with 500 backlinks this week only! Order at bit.ly/fastlinks-offer' }),
      HARASSMENT_PROTOCOLS,
    );
    expect(result.stage).toBe('DISQUALIFIED');
    expect(result.intent.evidence.join(' ')).toContain('bit.ly');
  });
});

describe('both alternatives of a whether are weighed', () => {
  it('pt: "estamos a avaliar se compensa manter … com um contrato de manutenção ou comprar novas" is MEDIUM: MQL P3', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Yolanda Sebastião', email: 'yolanda@sorrisodelugar.co.ao', jobPosition: 'Gerente de Operações', companyName: 'Sorriso de Luanda Clínicas', industry: 'Clínicas dentárias', location: 'Luanda, Angola', companySize: 70, description: 'Estamos a avaliar se compensa manter as turbinas antigas com um contrato de manutenção ou comprar novas. Gostaria de perceber como funciona o vosso serviço.' }),
      DENTAL_HANDPIECES,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect([result.stage, result.priority]).toEqual(['MQL', 'P3']);
  });
});
