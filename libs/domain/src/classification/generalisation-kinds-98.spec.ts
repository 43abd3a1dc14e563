// Round 98, from the first runs of holdout158-159 (sugar-centrifuge refurbishing, university journals, tannery audits,
// lead-line compliance, stand-in lawyers, flower-farm composting, port security, veterinary teleradiology):
// - asking whether the seller sells a thing ("¿tienen existencia?", "do you carry those?", "vocês vendem?") is buying
//   goods, not one of its services, though it names what the seller works on: the need is weak, unless the seller
//   sells goods itself ("Suministro de neumáticos");
// - an English "-al" adjective reads as the noun a Spanish or Portuguese service uses ("centrifugals", "centrífugas");
// - "cada" / "each" never identify a service; a tannery is not a shoe factory; research, graduate studies and library
//   are areas in the three languages; a shutdown planned for ("for the shutdown in January") is no incident.
import { EXPLANATION_MESSAGES, renderExplained } from '../explanations';
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const TANNERY_AUDITS: CompanyProfile = {
  companyName: 'Cuero Responsable',
  shortDescription: 'Preparamos curtiembres para la auditoría LWG: trazabilidad de cueros, químicos, agua y energía.',
  mainServices: [
    'Preparación para la auditoría LWG de curtiembres: diagnóstico, plan de cierre de brechas y acompañamiento el día de la auditoría.',
    'Trazabilidad de pieles y cueros desde el matadero hasta el cuero acabado.',
    'Gestión de químicos de curtido y acabado: inventario, fichas de seguridad y sustitución de restringidos.',
  ],
  targetAudience: 'Curtiembres de Centroamérica con 30 trabajadores o más.',
  targetIndustries: ['Curtiembre', 'Tenería', 'Industria del cuero', 'Tannery'],
  targetCountries: ['Nicaragua', 'Honduras', 'Guatemala'],
  buyerAreas: ['producción', 'calidad'],
};

const TYRE_SUPPLY: CompanyProfile = {
  companyName: 'Neumáticos del Maule',
  shortDescription: 'Suministro y servicio de neumáticos para flotas de camiones.',
  mainServices: ['Suministro de neumáticos para camiones y buses', 'Recauchaje y reparación de neumáticos', 'Control de presión y rotación en terreno'],
  targetAudience: 'Empresas de transporte y agrícolas de Chile con 20 trabajadores o más.',
  targetIndustries: ['Transporte de carga', 'Agrícola', 'Agroindustria'],
  targetCountries: ['Chile'],
  buyerAreas: ['flota', 'operaciones'],
};

const CENTRIFUGE_SERVICE: CompanyProfile = {
  companyName: 'Centrisul',
  shortDescription: 'Reformamos centrífugas de açúcar e fazemos balanceamento em campo para usinas.',
  mainServices: ['Reforma completa de centrífugas de açúcar batelada e contínuas', 'Balanceamento dinâmico em campo de centrífugas', 'Equipes para a parada de entressafra'],
  targetAudience: 'Usinas de açúcar e etanol no Brasil com 100 funcionários ou mais.',
  targetIndustries: ['Usina de açúcar e etanol', 'Sugar mill'],
  targetCountries: ['Brazil', 'Paraguay'],
  buyerAreas: ['manutenção', 'indústria'],
};

const JOURNALS: CompanyProfile = {
  companyName: 'Revistas Científicas PY',
  shortDescription: 'Gestionamos revistas científicas de universidades privadas: plataforma, edición, DOI e indexación.',
  mainServices: ['Plataforma e alojamiento de revistas científicas', 'Producción editorial por número con DOI y XML', 'Postulación de revistas a índices'],
  targetAudience: 'Universidades privadas de Paraguay con 80 empleados o más.',
  targetIndustries: ['Universidad privada', 'Educación superior'],
  targetCountries: ['Paraguay'],
  buyerAreas: ['investigación', 'posgrado', 'biblioteca'],
};

const COMPOSTING: CompanyProfile = {
  companyName: 'Compostaje Andino',
  shortDescription: 'Manejo de residuos para fincas florícolas.',
  mainServices: ['Retiro y compostaje de tallos y follaje', 'Retiro de plásticos y envases: plástico de invernadero usado, mallas, cintas de riego y envases de agroquímicos con triple lavado, entregados a recicladores autorizados, con certificados de disposición final por cada retiro.'],
  targetAudience: 'Fincas florícolas de Ecuador con 40 trabajadores o más.',
  targetIndustries: ['Floricultura', 'Rosas'],
  targetCountries: ['Ecuador'],
  buyerAreas: ['producción'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({ fullName: 'Lead Test', email: 'lead@empresa-teste.com', ...fields });

const SHOE_FACTORY = { fullName: 'Harold Espinoza', email: 'hespinoza@calzadonica.com.ni', jobPosition: 'Gerente de Compras', companyName: 'Calzado Nica', industry: 'Calzado', location: 'Managua, Nicaragua', companySize: 180 };
const TANNERY = { fullName: 'Marta Rivas', email: 'mrivas@curtiembreleon.com.ni', jobPosition: 'Gerente de Producción', companyName: 'Curtiembre León', industry: 'Curtiembre', location: 'León, Nicaragua', companySize: 90 };

describe('asking whether the seller sells a thing is buying goods, not one of its services', () => {
  it('es: a shoe factory asking a tannery-audit firm for finished leather in stock: need weak, fit C, NURTURE', () => {
    const result = classifyWithRules(lead({ ...SHOE_FACTORY, description: 'Necesitamos comprar 2.000 pies de cuero acabado negro para botas. ¿Tienen existencia y a qué precio?' }), TANNERY_AUDITS);
    expect(result.fit.grade).toBe('C');
    expect([result.stage, result.priority]).toEqual(['NURTURE', 'P4']);
    const code = result.fit.reasonCodes.find((c) => c.code === 'FIT_NEED_PURCHASE_ASKED');
    expect(code).toMatchObject({ sign: '-', params: { quote: '"Tienen existencia"' } });
    // Rendered in the reader's language like every reason.
    expect(renderExplained(code!, EXPLANATION_MESSAGES.es)).toBe('- preguntan si lo vendemos ("Tienen existencia"): comprar mercancía, no uno de nuestros servicios');
    expect(renderExplained(code!, EXPLANATION_MESSAGES.pt)).toBe('- perguntam se vendemos isso ("Tienen existencia"): comprar mercadoria, não um dos nossos serviços');
  });

  it('en and pt: "do you carry…?" and "vocês vendem…?" read the same way', () => {
    const en = classifyWithRules(lead({ ...TANNERY, description: 'Do you carry chrome tanning agents for our leather? Please send a price list this week.' }), TANNERY_AUDITS);
    expect(en.fit.reasonCodes.some((c) => c.code === 'FIT_NEED_PURCHASE_ASKED')).toBe(true);
    const pt = classifyWithRules(lead({ ...TANNERY, description: 'Vocês vendem produtos químicos para curtido de couro? Precisamos de preço.' }), TANNERY_AUDITS);
    expect(pt.fit.reasonCodes.some((c) => c.code === 'FIT_NEED_PURCHASE_ASKED')).toBe(true);
  });

  it('es: the tannery asking for the audit preparation itself keeps its need: SQL', () => {
    const result = classifyWithRules(lead({ ...TANNERY, description: 'Tenemos la auditoría LWG en marzo y queremos preparar la trazabilidad de cueros. ¿Nos envían una propuesta?' }), TANNERY_AUDITS);
    expect(result.fit.reasonCodes.some((c) => c.code === 'FIT_NEED_PURCHASE_ASKED')).toBe(false);
    expect(result.stage).toBe('SQL');
  });

  it('es: of a seller that supplies goods, "¿tienen stock?" asks for what it offers: the need stands', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Luis Muñoz', email: 'lmunoz@transportesmaule.cl', jobPosition: 'Jefe de Flota', companyName: 'Transportes Maule', industry: 'Transporte de carga', location: 'Talca, Chile', companySize: 60, description: 'Se nos rajaron dos neumáticos de un camión. ¿Tienen stock de neumáticos 7.50R16 en Talca? Necesitamos cotización hoy.' }),
      TYRE_SUPPLY,
    );
    expect(result.fit.reasonCodes.some((c) => c.code === 'FIT_NEED_PURCHASE_ASKED')).toBe(false);
    expect(result.fit.reasonCodes.some((c) => c.code === 'FIT_NEED_MATCHES_ONE' || c.code === 'FIT_NEED_MATCHES')).toBe(true);
  });

  it('pt and en: where or to whom they sell, and the insurance they carry, are no goods asked for', () => {
    const market = classifyWithRules(lead({ ...TANNERY, description: 'Vocês vendem para a Nicarágua? Queremos preparar a auditoria LWG e a rastreabilidade do couro.' }), TANNERY_AUDITS);
    expect(market.fit.reasonCodes.some((c) => c.code === 'FIT_NEED_PURCHASE_ASKED')).toBe(false);
    const cover = classifyWithRules(lead({ ...TANNERY, description: 'Before the LWG audit preparation starts: do you carry professional liability insurance?' }), TANNERY_AUDITS);
    expect(cover.fit.reasonCodes.some((c) => c.code === 'FIT_NEED_PURCHASE_ASKED')).toBe(false);
  });
});

describe('an English "-al" adjective reads as the noun of a Spanish or Portuguese service', () => {
  const MILL = { fullName: 'Chanda Mwale', email: 'c.mwale@valleysugar.com.br', jobPosition: 'Maintenance Manager', companyName: 'Valley Sugar', industry: 'Sugar mill', location: 'Ribeirão Preto, SP', companySize: 900 };

  it('en: "four continuous centrifugals due for refurbishment" asks for the centrifuge overhaul: SQL', () => {
    const result = classifyWithRules(lead({ ...MILL, description: 'We have four continuous centrifugals due for refurbishment. Could you send a proposal?' }), CENTRIFUGE_SERVICE);
    expect(result.matchedServices[0]).toMatch(/^Reforma completa de centrífugas/);
    expect(result.stage).toBe('SQL');
  });

  it('es: a noun does not read as an adjective the seller uses ("por persona" is no "personal")', () => {
    const CATERING: CompanyProfile = { ...COMPOSTING, mainServices: ['Traslados del personal de fincas en buses'], shortDescription: 'Transporte de personal.' };
    const result = classifyWithRules(lead({ description: 'Quiero darles desayuno a mis chicas los sábados, ¿cuánto sale por persona?' }), CATERING);
    expect(result.matchedServices).toEqual([]);
  });
});

describe('words that never identify a service, and trades that are not the same', () => {
  it('es: "ciclos cada 12 días" of an aerial-spraying request meets no service of a composter whose plastics are "por cada retiro"', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Diego Loor', email: 'dloor@bananeramachala.ec', jobPosition: 'Gerente de Compras', companyName: 'Bananera Machala', industry: 'Banano', location: 'Machala, Ecuador', companySize: 300, description: 'Necesitamos cotizar fumigación aérea para 450 ha de banano, ciclos cada 12 días. Favor enviar precios por hectárea.' }),
      COMPOSTING,
    );
    expect(result.matchedServices).toEqual([]);
    expect(result.stage).toBe('NURTURE');
  });

  it('es: a shoe factory is not a target industry of a tannery seller; a tannery is', () => {
    const shoes = classifyWithRules(lead({ ...SHOE_FACTORY, description: 'Queremos preparar la auditoría LWG.' }), TANNERY_AUDITS);
    expect(shoes.fit.reasonCodes.find((c) => c.code.startsWith('FIT_') && c.code.includes('INDUSTRY'))?.sign).toBe('-');
    const tannery = classifyWithRules(lead({ ...TANNERY, description: 'Queremos preparar la auditoría LWG.' }), TANNERY_AUDITS);
    expect(tannery.fit.reasonCodes.find((c) => c.code.startsWith('FIT_') && c.code.includes('INDUSTRY'))?.sign).toBe('+');
  });
});

describe('research, graduate studies and library are buyer areas in the three languages', () => {
  it.each([
    ['Coordenador de Pesquisa'],
    ['Research Manager'],
    ['Jefa de Investigación'],
    ['Coordinadora de Postgrado'],
    ['Library Manager'],
  ])('"%s" runs one of "investigación", "posgrado", "biblioteca"', (jobPosition) => {
    const result = classifyWithRules(
      lead({ jobPosition, companyName: 'Universidad del Este', industry: 'Universidad privada', location: 'Ciudad del Este, Paraguay', companySize: 500, description: 'Nuestra revista científica necesita DOI y XML por número. ¿Nos envían una propuesta?' }),
      JOURNALS,
    );
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  });
});

describe('a shutdown they plan for is no incident', () => {
  const MILL = { fullName: 'Sarah Whitfield', email: 'swhitfield@pacificsugar.com', jobPosition: 'Maintenance Manager', companyName: 'Usina Vale Verde', industry: 'Sugar mill', location: 'Frutal, MG', companySize: 1200 };

  it('en: "delivered in January for the shutdown" dates the work: HIGH, not CRITICAL', () => {
    const result = classifyWithRules(lead({ ...MILL, description: 'Could you quote the refurbishment of two batch centrifugals? We need them back in January for the shutdown.' }), CENTRIFUGE_SERVICE);
    expect(result.urgency.level).toBe('HIGH');
    expect([result.stage, result.priority]).toEqual(['SQL', 'P2']);
  });

  it('pt: "antes da parada de entressafra" is a date, not a stoppage', () => {
    const result = classifyWithRules(lead({ ...MILL, description: 'Precisamos reformar duas centrífugas antes da parada de entressafra. Podem mandar uma proposta?' }), CENTRIFUGE_SERVICE);
    expect(result.urgency.level).toBe('HIGH');
  });

  it('en: a centrifuge that stopped the line last night is still an incident: CRITICAL', () => {
    const result = classifyWithRules(lead({ ...MILL, description: 'A centrifuge failure caused a shutdown of the line last night. We need a technician on site today.' }), CENTRIFUGE_SERVICE);
    expect(result.urgency.level).toBe('CRITICAL');
  });
});
