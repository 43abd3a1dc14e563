// Round 105, from the first runs of holdout166 and holdout167 (water-plant sludge, shrimp ponds, food-court tableware,
// boarding bridges; checkout service, excavator buckets, yearbooks, paper-trim conveying): asking for someone to come
// and look, or for a price to fix it, is a near-term ask; "still scoping it internally" and "estamos definiendo" are
// evaluating; a proposal they already received is no ask; options listed after a colon are weighed however long the
// lead-in; "busy with X… the checkout is another conversation" turns the topic; "what we pay today" is nowadays; a
// parenthesised description of worn equipment is no incident; and how the seller prices, asked by a lead that
// evaluates buying, is a buyer's question.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const CHECKOUTS: CompanyProfile = {
  companyName: 'Caixa Firme Serviços de Frente de Loja Ltda.',
  shortDescription: 'Manutenção de PDVs e balcões de caixa para redes de supermercados.',
  mainServices: [
    'Manutenção preventiva e corretiva de PDVs nas lojas: terminais, impressoras fiscais, balanças e scanners',
    'Reforma de checkstands: esteiras, divisórias e revestimentos',
  ],
  targetAudience: 'Redes de supermercados com 100 funcionários ou mais.',
  targetIndustries: ['Supermercados', 'Grocery retail', 'Hipermercados'],
  targetCountries: ['Brasil'],
  buyerAreas: ['operações', 'TI'],
};

const POND_PREP: CompanyProfile = {
  companyName: 'Suelo Vivo Servicios Acuícolas S.A.',
  shortDescription: 'Preparación de piscinas camaroneras entre ciclos.',
  mainServices: ['Secado, arado y encalado de fondos de piscinas', 'Remoción de sedimentos y lodos', 'Reparación de muros y compuertas'],
  targetAudience: 'Camaroneras con 20 empleados o más.',
  targetIndustries: ['Camarón', 'Acuicultura'],
  targetCountries: ['Ecuador'],
  buyerAreas: ['producción', 'campo'],
};

const BRIDGES: CompanyProfile = {
  companyName: 'Apron Bridge Care Pty Ltd',
  shortDescription: 'Maintenance of airport passenger boarding bridges and their pre-conditioned air units.',
  mainServices: ['Boarding bridge maintenance: drive, swing, floor plates and bellows', 'Pre-conditioned air (PCA) unit repair', 'Bridge refurbishment and relocation'],
  targetAudience: 'Airports and airlines with 150 employees or more.',
  targetIndustries: ['Airports', 'Aviation', 'Airline'],
  targetCountries: ['Australia'],
  buyerAreas: ['terminal operations', 'maintenance', 'asset management'],
};

const CHECKOUT_LEAD = (description: string, fields: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Lead Test', email: 'lead@superpampa-test.com.br', jobPosition: 'Diretor de Operações', companyName: 'Supermercados Pampa', industry: 'Supermercados', location: 'Lajeado, Brasil', companySize: 650, description, ...fields,
});

describe('asks said in other words, and plans still being scoped', () => {
  it('es: "queremos que venga un técnico de ustedes a ver las piscinas" asks for a visit: HIGH, SQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'campo@acuicolapuna-test.com.ec', jobPosition: 'Jefe de Campo', companyName: 'Acuícola Puná', industry: 'Camarón', location: 'Santa Elena, Ecuador', companySize: 75, description: 'Los fondos de las piscinas salen negros y con mal olor después de cada cosecha. Queremos que venga un técnico de ustedes a ver las piscinas antes de volver a sembrar.' },
      POND_PREP,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
  });

  it('en: "keen to get someone out for a look" asks for a visit: HIGH, SQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'terminal@northcoastairport-test.com.au', jobPosition: 'Terminal Operations Manager', companyName: 'North Coast Airport', industry: 'Aviation', location: 'Cairns, Australia', companySize: 220, description: 'Two of our bridges grind on the swing and the floor plates are lifting. Keen to get someone out for a look.' },
      BRIDGES,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
  });

  it('en: "still scoping it internally", with this financial year, is evaluating: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'assets@topendair-test.com.au', jobPosition: 'Head of Asset Management', companyName: 'Top End Air Services', industry: 'Airports', location: 'Darwin, Australia', companySize: 190, description: 'This financial year we need to relocate one bridge and refurbish two others. Still scoping it internally.' },
      BRIDGES,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });
});

describe('comparisons, and asks that are not theirs', () => {
  it('es: a proposal they received ("nos presentaron una propuesta… queremos compararla") is no ask: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'ops@acuicolanorte-test.com.ec', jobPosition: 'Gerente de Producción', companyName: 'Acuícola Norte', industry: 'Camarón', location: 'Machala, Ecuador', companySize: 120, description: 'Estamos evaluando cómo preparar las piscinas este año. Nos presentaron una propuesta de remoción de lodos y queremos compararla con el secado y arado.' },
      POND_PREP,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('pt: options after a colon are weighed however long the lead-in: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      CHECKOUT_LEAD('Estamos comparando duas ou três opções para a manutenção dos PDVs das nossas nove lojas do interior: contratar um serviço completo ou comprar peças e manter equipe própria.'),
      CHECKOUTS,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('pt: "estamos correndo com a câmara fria, urgente… a frente de caixa é outra conversa: estamos avaliando" is MEDIUM, MQL', () => {
    const result = classifyWithRules(
      CHECKOUT_LEAD('Estamos correndo com a câmara fria do CD novo, que precisa estar pronta urgente até sexta. Sobre a frente de caixa é outra conversa: estamos avaliando um contrato de manutenção preventiva dos PDVs.'),
      CHECKOUTS,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('en: worn equipment described in parentheses is no incident: comparing options stays MEDIUM, MQL', () => {
    const result = classifyWithRules(
      CHECKOUT_LEAD('Nine of our stores have checkstands over 15 years old (worn belts, broken dividers, loose cladding). Comparing options between refurbishing them at night vs. replacing them.', { jobPosition: 'Operations Director', industry: 'Grocery retail', location: 'Curitiba, Brazil' }),
      CHECKOUTS,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('en: "compared with what we pay in hauling today" is nowadays: a brochure asked for, NURTURE', () => {
    const result = classifyWithRules(
      CHECKOUT_LEAD('Send me a brochure. Curious what a preventive contract for our checkout terminals costs compared with what we pay per call today.', { jobPosition: 'CFO', industry: 'Grocery retail', location: 'Curitiba, Brazil' }),
      CHECKOUTS,
    );
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('pt: "quero entender como vocês precificam por PDV" from a lead that evaluates a contract is a buyer: MQL', () => {
    const result = classifyWithRules(
      CHECKOUT_LEAD('Estamos avaliando mudar a manutenção dos PDVs para um contrato com SLA e peças inclusas. Quero entender como vocês precificam por PDV.', { jobPosition: 'Gerente de TI' }),
      CHECKOUTS,
    );
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('MQL');
  });
});
