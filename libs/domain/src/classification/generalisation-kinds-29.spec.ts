// Round 29: readings from holdout48/49's misses (issue 14), in other words than the sets': the seller's minimum size said
// after the number ("100 empleados o más", "80 funcionários ou mais", "20 employees or more"), which 157 of 186 profiles
// write that way and which was read as the default 50; a maker that introduces itself and says it is evaluating the
// seller's service is a buyer; a quote the writer offers ("posso te mandar um orçamento?") is no ask of theirs; an
// "authorized installer" wanted is a partner; "no estoy por comprar todavía" negates the purchase.
import { classifyWithRules } from './classify-with-rules';
import { sizeRangeOf } from './seller-profile';
import { DEFAULT_POLICY } from '../policy/policy';
import type { CompanyProfile, LeadInput } from './types';

describe("the seller's minimum size, said after the number", () => {
  it.each([
    ['es', 'Plantas de alimentos y bebidas de Guatemala con 120 empleados o más.', 120],
    ['pt', 'Hospitais e clínicas do Nordeste, com 80 funcionários ou mais.', 80],
    ['en', 'Logistics operators in Panama with 30 employees or more.', 30],
    ['es', 'Cooperativas con al menos 40 trabajadores.', 40],
    ['pt', 'Indústrias com pelo menos 200 colaboradores.', 200],
  ])('%s: "%s" -> %i+', (_lang, audience, min) => {
    expect(sizeRangeOf(audience, DEFAULT_POLICY).min).toBe(min);
  });

  it('a lead below that minimum is a weak size, not a good one', () => {
    const seller: CompanyProfile = {
      companyName: 'Torres Frías',
      shortDescription: 'Reforma de torres de enfriamiento.',
      mainServices: ['Reforma de torres de enfriamiento: relleno, eliminadores de gotas y ventiladores'],
      targetAudience: 'Industrias con procesos de enfriamiento en México, con 150 empleados o más.',
      targetIndustries: ['Manufacturing'],
      targetCountries: ['Mexico'],
    };
    const lead: LeadInput = { fullName: 'Luis Mora', email: 'lmora@plasticosdelbajio.mx', jobPosition: 'Gerente de Planta', companyName: 'Plásticos del Bajío', industry: 'Manufacturing', location: 'León, México', companySize: 90, description: 'Necesitamos cotizar la reforma de una torre de enfriamiento.' };
    expect(classifyWithRules(lead, seller).fit.reasons[1]).toBe("- 90 employees, below the seller's target of 150+");
  });
});

const FEED: CompanyProfile = {
  companyName: 'Nutrición Bovina del Trópico',
  shortDescription: 'Consultoría en formulación de raciones para ganado en Centroamérica.',
  mainServices: ['Formulación de raciones y concentrados para ganado de leche y de carne', 'Control de calidad de materias primas para plantas de alimento balanceado'],
  targetAudience: 'Ganaderías, cooperativas y plantas de alimento balanceado con 30 empleados o más.',
  targetIndustries: ['Dairy farming', 'Animal feed manufacturing'],
  targetCountries: ['Nicaragua', 'Honduras', 'Costa Rica'],
};
const feedLead = (description: string): LeadInput => ({
  fullName: 'Marta Solís',
  email: 'msolis@concentradoscentro.com.ni',
  jobPosition: 'Gerente General',
  companyName: 'Concentrados del Centro',
  industry: 'Animal feed manufacturing',
  location: 'Matagalpa, Nicaragua',
  companySize: 90,
  description,
});

describe('who writes', () => {
  it.each([
    ['es', 'Somos una fábrica de concentrados para ganado. Estamos evaluando una asesoría en formulación de raciones para este año.'],
    ['pt', 'Somos uma fábrica de ração na Nicarágua e estamos avaliando consultoria de formulação de rações para o próximo trimestre.'],
  ])('%s: a maker evaluating the seller\'s service is a buyer', (_lang, description) => {
    expect(classifyWithRules(feedLead(description), FEED).intent?.kind).toBe('BUYER');
  });

  it.each([
    ['pt', 'Olá! Somos uma agência de marketing rural. Podemos criar campanhas para produtores de leite e ganado. Posso te mandar um orçamento?'],
    ['es', 'Somos una agencia de contenidos para el agro y trabajamos con ganaderías de leche. ¿Les puedo enviar una cotización esta semana?'],
  ])('%s: an agency that offers a quote is selling', (_lang, description) => {
    expect(classifyWithRules(feedLead(description), FEED).stage).toBe('DISQUALIFIED');
  });

  it('a maker looking for an authorized installer or distributor is a partner (en)', () => {
    const result = classifyWithRules(feedLead('We produce mineral blocks for cattle and are looking for an authorized distributor in Nicaragua. Could we set up a call?'), FEED);
    expect(result.stage).toBe('DISQUALIFIED');
  });
});

describe('a negated request', () => {
  it.each([
    ['es', 'Vi que formulan raciones para ganado lechero. Pregunto por curiosidad, no estoy por comprar todavía.'],
    ['en', "I saw you formulate dairy rations. Just asking, we're not about to buy anything yet."],
  ])('%s: is no near-term intent', (_lang, description) => {
    expect(classifyWithRules(feedLead(description), FEED).urgency.level).toBe('LOW');
  });
});
