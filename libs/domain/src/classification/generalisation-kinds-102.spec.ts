// Round 102, from the first run of holdout162 (milking machines, bus-terminal software, radio automation, self-storage
// pricing): "we do it ourselves today" is nowadays, not a deadline; "let's set up a meeting" asks for one; "exploring
// whether outside help on street rates would beat…" weighs the rates, it does not ask their price; and an operator's
// own rates ("Nuestras tarifas están por debajo de la competencia") are not a vendor offering its price list.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const STORAGE_PRICING: CompanyProfile = {
  companyName: 'Summit Yield Advisors',
  shortDescription: 'Revenue management for self-storage operators: street rates, rate increases and revenue audits.',
  mainServices: ['Street-rate pricing management', 'Existing-customer rate increase (ECRI) programs', 'Revenue audits and feasibility studies'],
  targetAudience: 'Self-storage operators in the United States with 25 employees or more.',
  targetIndustries: ['Self storage', 'Autoalmacenaje', 'Mini storage'],
  targetCountries: ['United States'],
  buyerAreas: ['revenue management', 'operations'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({
  fullName: 'Lead Test', email: 'lead@peakstorage-test.com', companyName: 'Peak Storage Group', industry: 'Self storage', location: 'Denver, United States', companySize: 60, ...fields,
});

describe('self-storage operators, in their words', () => {
  it('en: "we do it ourselves today and it works OK" is nowadays: no deadline, NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Revenue Manager', description: "Mostly curious how you handle increases for tenants who've been in place 5+ years. We do it ourselves today and it works OK." }), STORAGE_PRICING);
    expect(result.urgency.level).not.toBe('CRITICAL');
    expect(result.stage).toBe('NURTURE');
  });

  it('en: "let\'s set up a meeting to go over numbers" asks for a meeting: HIGH, SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'COO', description: "Jenna from our marketing team reached out last week. I make the call on this one, so let's set up a meeting to go over numbers." }), STORAGE_PRICING);
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
  });

  it('en: "exploring whether outside help on street rates would beat…" weighs the rates: MEDIUM, MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Director of Operations', description: "This is not an emergency by any means. We're exploring whether outside help on street rates would beat what our managers do by feel." }), STORAGE_PRICING);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('es: "Nuestras tarifas están por debajo de la competencia… Quisiera agendar una llamada" is a buyer: SQL', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Director de Operaciones', companyName: 'Almacenes El Sol Self Storage', industry: 'Autoalmacenaje', location: 'El Paso, United States', companySize: 55, description: 'Tenemos 9 locales. Nuestras tarifas están por debajo de la competencia y no sabemos cuánto subir sin perder inquilinos. Quisiera agendar una llamada con ustedes.' }),
      STORAGE_PRICING,
    );
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });
});
