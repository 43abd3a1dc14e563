// Round 103, from the "buyer read as SQL" leads of the labelled sets: a comparison spelled out after a colon or with
// "vs." weighs both options ("comparando dos caminos: comprar equipos o tercerizar"), so the buying word in it is no
// purchase; of a lead that compares options, prices and rates are what it compares on, not a price asked for now;
// "today" after how things are done now ("com o que a gente faz hoje", "nobody checks it today") is nowadays, not a
// deadline; and a "per-site breakdown" of a report is no breakdown of a machine.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const BOILER_WATER: CompanyProfile = {
  companyName: 'Aquatécnica Industrial S.A. de C.V.',
  shortDescription: 'Tratamiento químico de agua para calderas y torres de enfriamiento en plantas industriales.',
  mainServices: [
    'Tratamiento químico de agua de calderas: dosificación, análisis mensual y control de incrustación',
    'Tratamiento de agua de torres de enfriamiento y control de legionela',
    'Auditoría de consumo de agua y purgas en sistemas térmicos',
  ],
  targetAudience: 'Plantas industriales con 50 empleados o más.',
  targetIndustries: ['Alimentos', 'Bebidas', 'Química', 'Textil', 'Papel'],
  targetCountries: ['México', 'Brasil', 'Estados Unidos'],
  buyerAreas: ['mantenimiento', 'servicios generales', 'utilities', 'produção'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({
  fullName: 'Lead Test', email: 'lead@lacteosdelvalle-test.com', companyName: 'Lácteos del Valle', industry: 'Alimentos', location: 'León, México', companySize: 240, ...fields,
});

describe('comparing options, in three languages', () => {
  it('es: "Estamos comparando dos caminos: comprar un suavizador propio o tercerizar el tratamiento" weighs both: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Gerente de Mantenimiento', description: 'Estamos comparando dos caminos: comprar un suavizador propio o tercerizar el tratamiento de agua de las calderas. Queremos entender qué incluye su servicio.' }),
      BOILER_WATER,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('pt: "avaliando terceirizar o tratamento da água das caldeiras vs. comprar um sistema próprio" weighs both: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Gerente de Utilidades', industry: 'Bebidas', location: 'Jundiaí, Brasil', description: 'Estamos avaliando terceirizar o tratamento da água das caldeiras vs. comprar um sistema de dosagem próprio. Ainda estamos juntando informações.' }),
      BOILER_WATER,
    );
    expect(result.urgency.level).not.toBe('HIGH');
    expect(result.stage).not.toBe('SQL');
  });

  it('en: "comparing three providers on turnaround and pricing" compares on price, asks none: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Maintenance Manager', industry: 'Food processing', location: 'Fresno, United States', description: "We're comparing three providers for boiler water treatment at our two plants. Looking at response times, monthly analysis and pricing." }),
      BOILER_WATER,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('pt: "comparando fornecedores, ainda sem data, queremos entender preço" stays MEDIUM: MQL', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Gerente de Manutenção', industry: 'Bebidas', location: 'Jundiaí, Brasil', description: 'Estamos comparando fornecedores de tratamento de água para as torres de resfriamento. Ainda sem data definida, mas queremos entender preço e escopo.' }),
      BOILER_WATER,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('es: comparing, yet asking for the quote this week, is still a near-term ask: SQL', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Gerente de Mantenimiento', description: 'Estamos comparando proveedores para el tratamiento de agua de calderas y necesitamos su cotización esta semana.' }),
      BOILER_WATER,
    );
    expect(['CRITICAL', 'HIGH']).toContain(result.urgency.level);
    expect(result.stage).toBe('SQL');
  });
});

describe('"today" as nowadays, and a breakdown that is a report', () => {
  it('pt: "comparar com o que a gente faz hoje" is nowadays: no deadline', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Coordenador de Produção', industry: 'Bebidas', location: 'Jundiaí, Brasil', description: 'Queria entender como funciona o tratamento de água das caldeiras de vocês e comparar com o que a gente faz hoje.' }),
      BOILER_WATER,
    );
    expect(result.urgency.signals.join(' ')).not.toContain('deadline');
    expect(result.urgency.level).not.toBe('CRITICAL');
  });

  it('en: "nobody checks the cooling towers regularly today" is nowadays: not CRITICAL', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Plant Manager', industry: 'Food processing', location: 'Fresno, United States', description: "For next year's plan we'd like to add legionella control for the cooling towers; nobody checks them regularly today. How does your program work?" }),
      BOILER_WATER,
    );
    expect(result.urgency.level).not.toBe('CRITICAL');
    expect(result.stage).not.toBe('SQL');
  });

  it('es: "necesitamos que alguien venga hoy" is still today\'s deadline: CRITICAL, SQL', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Gerente de Mantenimiento', description: 'La caldera 2 tiene incrustación y baja presión, necesitamos que alguien venga hoy.' }),
      BOILER_WATER,
    );
    expect(result.urgency.level).toBe('CRITICAL');
    expect(result.stage).toBe('SQL');
  });

  it('en: "a per-site breakdown of water use" is a report, not a breakdown of a machine', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Utilities Manager', industry: 'Food processing', location: 'Fresno, United States', description: 'We are comparing water audit providers this year. Not ready to buy yet; an overview of your audit report and per-site breakdown would help.' }),
      BOILER_WATER,
    );
    expect(result.urgency.signals.join(' ')).not.toContain('incident');
    expect(result.urgency.level).not.toBe('CRITICAL');
  });
});
