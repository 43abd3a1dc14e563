// Round 109, from the first runs of holdout173 (on-board bus Wi-Fi, timber grading, expert witnesses, store freezers)
// and holdout172 (furniture fitters, mango quarantine, broker quoting, pet health plans): "estamos viendo qué hay", "tô
// vendo o que existe" are evaluating; "two summers ago" tells of the past; "andamos con mucha prisa por la mudanza… lo
// de ustedes:" is another matter's hurry, then a turn to ours; "failed payments" are a process, not an incident; and
// "all hands on deck" for an inspection is another matter's hurry.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const TIMBER_GRADING: CompanyProfile = {
  companyName: 'Clasifica Madera S.R.L.',
  shortDescription: 'Clasificación estructural de madera aserrada para aserraderos.',
  mainServices: ['Clasificación visual de tablas por resistencia con sello y certificado', 'Ensayos de laboratorio de madera estructural'],
  targetAudience: 'Aserraderos con 20 empleados o más.',
  targetIndustries: ['Aserradero', 'Industria maderera'],
  targetCountries: ['Argentina', 'Uruguay'],
  buyerAreas: ['producción', 'calidad'],
};

const PET_PLANS: CompanyProfile = {
  companyName: 'Pawplan Services Ltd',
  shortDescription: 'Monthly pet health plans run for veterinary groups.',
  mainServices: ['Pet health plan design and pricing', 'Direct Debit collection, failed-payment chasing and member administration'],
  targetAudience: 'Veterinary groups with 40 employees or more.',
  targetIndustries: ['Veterinary', 'Veterinary practice'],
  targetCountries: ['United Kingdom', 'Ireland'],
  buyerAreas: ['practice management', 'finance', 'operations'],
};

const FREEZERS: CompanyProfile = {
  companyName: 'Coldline Cabinet Services Ltd.',
  shortDescription: 'Store-freezer fleet services for ice-cream makers.',
  mainServices: ['Freezer placement and collection at retail accounts', 'Preventive maintenance and repair of store freezers', 'Freezer refurbishment and fleet tracking'],
  targetAudience: 'Ice-cream makers with 30 employees or more.',
  targetIndustries: ['Ice cream manufacturing', 'Dairy'],
  targetCountries: ['Canada'],
  buyerAreas: ['operations', 'sales'],
};

describe('round 109', () => {
  it('es: "necesito que me clasifiquen las tablas… estamos viendo qué hay" is evaluating: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'produccion@aserraderoselva-test.com.ar', jobPosition: 'Jefe de Producción', companyName: 'Aserradero Selva', industry: 'Aserradero', location: 'Posadas, Argentina', companySize: 38, description: 'Necesito que alguien me clasifique las tablas para estructura y que quede un sello. Estamos viendo qué hay.' },
      TIMBER_GRADING,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('en: a failure "two summers ago", long fixed, is no incident now: a quote asked is HIGH, P2', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'ops@harbourcream-test.ca', jobPosition: 'Director of Operations', companyName: 'Harbour Cream Co.', industry: 'Ice cream manufacturing', location: 'Dartmouth, Canada', companySize: 120, description: 'Two summers ago 30 store freezers failed at once and we lost a weekend of product. That is long fixed. We would now like a quote for preventive maintenance of the freezer fleet.' },
      FREEZERS,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.priority).toBe('P2');
  });

  it('en: "weighing up whether to hand it over… failed payments are eating reception time" is evaluating, no incident: MQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'pm@forthvets-test.co.uk', jobPosition: 'Group Practice Manager', companyName: 'Forth Vets', industry: 'Veterinary practice', location: 'Stirling, United Kingdom', companySize: 75, description: "We're weighing up whether to keep running our pet health club in-house or hand it to someone. Chasing failed payments is eating a lot of reception time." },
      PET_PLANS,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('en: "an urgent inspection on Thursday, all hands on deck; plans we\'d look at eventually" is another matter\'s hurry: NURTURE', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'md@lanarkvets-test.co.uk', jobPosition: 'Managing Director', companyName: 'Lanark Vets', industry: 'Veterinary', location: 'Lanark, United Kingdom', companySize: 60, description: "Apologies for the brevity - we have an urgent accreditation inspection on Thursday so it's all hands on deck. Health plans are something we'd like to look at eventually, nothing planned. An overview would be nice." },
      PET_PLANS,
    );
    expect(result.urgency.level).not.toBe('CRITICAL');
    expect(result.stage).toBe('NURTURE');
  });
});
