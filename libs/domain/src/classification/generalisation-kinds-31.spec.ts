// Round 31: industries read finer, from the leads whose authors called the industry outside the seller's targets while
// the engine read it as a target (issue 14: "small businesses next to the target trade"). A neighbourhood bakery is a
// food shop, not a food processor; a soil or research laboratory is not healthcare; an accounting office is not a
// bank; a car wash or a car repair shop is a service, not automotive manufacturing; a residential condominium or a
// real-estate agency is real estate, not construction. Generic words ("alimentos", "food and beverage") still reach
// both sides, so a seller that targets food in general still takes the bakery.
import { classifyWithRules } from './classify-with-rules';
import { sectorsOf } from './sectors';
import type { CompanyProfile, LeadInput } from './types';

const sectors = (industry: string) => [...sectorsOf(industry).sectors].sort();

describe('sectors of a lead\'s industry', () => {
  it.each([
    ['Padaria', ['food_shops']],
    ['Panadería y pastelería', ['food_shops']],
    ['Procesamiento de alimentos', ['food_beverage']],
    ['Laboratorio de suelos', ['laboratories']],
    ['Laboratorio clínico', ['health', 'laboratories']],
    ['Escritório de contabilidade', ['services']],
    ['Lava-jato / estética automotiva', ['services']],
    ['Mecánica automotriz', ['services']],
    ['Condomínio residencial', ['real_estate']],
    ['Constructora', ['construction']],
    ['Cementos', ['manufacturing']],
  ])('"%s" -> %j', (industry, expected) => {
    expect(sectors(industry)).toEqual(expected);
  });

  it('generic food words reach food processors and food shops alike', () => {
    expect(sectors('Alimentos')).toEqual(['food_beverage', 'food_shops']);
  });
});

const seller = (targetIndustries: string[]): CompanyProfile => ({
  companyName: 'Letreros del Norte',
  shortDescription: 'Letreros luminosos y señalización para plantas y cadenas.',
  mainServices: ['Letreros luminosos, letras de canal y señalización de fachada con instalación'],
  targetAudience: 'Plantas industriales y cadenas comerciales en México con 100 empleados o más.',
  targetIndustries,
  targetCountries: ['Mexico'],
});
const lead = (industry: string): LeadInput => ({
  fullName: 'Rosa Treviño',
  email: 'rosa@negociosdelnorte.mx',
  jobPosition: 'Dueña',
  companyName: 'Negocios del Norte',
  industry,
  location: 'Saltillo, Coahuila, México',
  companySize: 120,
  description: 'Necesitamos un letrero luminoso nuevo para la fachada, ¿nos cotizan?',
});
const industryReason = (industry: string, targets: string[]) => classifyWithRules(lead(industry), seller(targets)).fit.reasons[0];

describe('the industry signal against the seller\'s targets', () => {
  it.each([
    ['Panadería', ['Food processing']],
    ['Laboratorio de análisis de suelos', ['Hospitals', 'Healthcare']],
    ['Contabilidad', ['Banking', 'Financial services']],
    ['Lavado de autos', ['Automotive', 'Manufacturing']],
    ['Condominio residencial', ['Construction']],
  ])('"%s" is outside %j', (industry, targets) => {
    expect(industryReason(industry, targets)).toMatch(/^- not a target industry/);
  });

  it.each([
    ['Panadería', ['Food and beverage']],
    ['Laboratorio clínico', ['Healthcare']],
    ['Inmobiliaria', ['Real estate']],
    ['Industria cementera', ['Manufacturing']],
  ])('"%s" is within %j', (industry, targets) => {
    expect(industryReason(industry, targets)).toMatch(/^\+ target industry/);
  });
});
