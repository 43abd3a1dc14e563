// Round 108, from the first runs of holdout170 and holdout171 (stretch-wrap audits, gluten-free compliance, dental lab,
// grid code; frying oil, landing certification, dye-house chemicals, biorepositories): "looking at other options",
// "estamos revisando sistemas", "levantando alternativas", "planificando presupuesto" are evaluating; a buyer asking for
// "precios por volumen" is no vendor; and "vi no Instagram de vocês" is where the lead saw the seller, not a pitch.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const DENTAL_LAB: CompanyProfile = {
  companyName: 'Laboratorio Dental Digital Central S.A.',
  shortDescription: 'Laboratorio dental digital para cadenas de clínicas.',
  mainServices: ['Coronas de zirconia y disilicato de litio', 'Prótesis sobre implantes y guías quirúrgicas', 'Mensajería diaria y portal de pedidos para cadenas'],
  targetAudience: 'Cadenas de clínicas dentales con 30 empleados o más.',
  targetIndustries: ['Clínicas dentales', 'Odontología', 'Dental tourism'],
  targetCountries: ['Costa Rica', 'Panamá'],
  buyerAreas: ['compras', 'clínicas'],
};

const FRYING_OIL: CompanyProfile = {
  companyName: 'Óleo Certo Gestão Ambiental Ltda.',
  shortDescription: 'Coleta de óleo de fritura usado e controle de qualidade do óleo para cozinhas de hotéis.',
  mainServices: ['Coleta de óleo de fritura usado com MTR e CDF', 'Controle da qualidade do óleo de fritura com medidor de compostos polares', 'Limpeza de caixas de gordura'],
  targetAudience: 'Hotéis e resorts com 30 funcionários ou mais.',
  targetIndustries: ['Hotelaria', 'Hotel', 'Hospitality'],
  targetCountries: ['Brasil'],
  buyerAreas: ['alimentos e bebidas', 'cozinha'],
};

describe('round 108', () => {
  it('en: "we\'re looking at other options for our two locations" is evaluating: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'director@smilecoast-test.com', jobPosition: 'Clinic Director', companyName: 'Smile Coast CR', industry: 'Dental tourism', location: 'Jacó, Costa Rica', companySize: 45, description: 'The zirconia crowns we get keep coming back too high and my dentists spend half an hour adjusting them. We are looking at other options for our two locations.' },
      DENTAL_LAB,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('es: "les solicito cotización con precios por volumen" is a buyer asking, not a vendor: SQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'compras@gruposonrisa-test.cr', jobPosition: 'Gerente de Compras', companyName: 'Grupo Sonrisa', industry: 'Clínicas dentales', location: 'San José, Costa Rica', companySize: 150, description: 'Les solicito cotización con precios por volumen: unas 200 coronas de zirconia al mes para nuestras 9 sedes, con mensajería diaria.' },
      DENTAL_LAB,
    );
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });

  it('pt: "vi no Instagram de vocês o medidor" says where the lead saw the seller: a curious buyer, NURTURE', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'chef@hotelpantanal-test.com.br', jobPosition: 'Gerente de Alimentos e Bebidas', companyName: 'Hotel Pantanal', industry: 'Hotelaria', location: 'Cuiabá, Brasil', companySize: 120, description: 'Vi no Instagram de vocês o medidor que diz se o óleo da fritadeira ainda presta. Só queria entender como funciona, por curiosidade.' },
      FRYING_OIL,
    );
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('NURTURE');
  });
});
