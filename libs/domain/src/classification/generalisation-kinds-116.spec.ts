// Round 116, from the first runs of holdout186-187 (automatic doors, hotel minibars, freight audit, bin washing;
// vibration analysis, VAT recovery, pipette calibration, commercial kitchens): an urgent DC relocation "this week, so
// this is not the time" is another matter's hurry; a fine already paid ("ya pagamos la multa y se solucionó") is the
// past; "we also sell most of our wine abroad" tells what the lead sells, not that it competes with the seller.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const FREIGHT_AUDIT: CompanyProfile = {
  companyName: 'Delta Freight Audit LLC',
  shortDescription: 'Freight audit and payment.',
  mainServices: ['Freight invoice audit and payment', 'Parcel and LTL refund recovery for late deliveries'],
  targetAudience: 'Shippers, retailers and distributors in the US with 200 employees or more.',
  targetIndustries: ['Wholesale distribution', 'Retail', 'Manufacturing'],
  targetCountries: ['United States'],
  buyerAreas: ['transportation', 'logistics', 'finance'],
};

const BIN_WASHING: CompanyProfile = {
  companyName: 'Contenedor Limpio SpA',
  shortDescription: 'Lavado de contenedores de basura.',
  mainServices: ['Lavado y desinfección de contenedores de basura en sitio', 'Desodorización de salas de basura', 'Arriendo de contenedores'],
  targetAudience: 'Centros comerciales, supermercados y hospitales de Chile con 20 empleados o más.',
  targetIndustries: ['Centros comerciales', 'Supermercados'],
  targetCountries: ['Chile'],
  buyerAreas: ['servicios generales', 'operaciones'],
};

const VAT_RECOVERY: CompanyProfile = {
  companyName: 'Recupero Fiscal S.A.',
  shortDescription: 'VAT refunds for exporters.',
  mainServices: ['VAT refund for exporters', 'Recovery of tax withholdings and perceptions'],
  targetAudience: 'Exporters in Argentina with 50 employees or more.',
  targetIndustries: ['Winery - exports', 'Agro-exporters', 'Industrial exporters'],
  targetCountries: ['Argentina'],
  buyerAreas: ['finance', 'tax'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({ fullName: 'Lead Test', email: 'contact@company-test.com', ...fields });

describe('round 116', () => {
  it('en: "slammed with an urgent DC relocation this week, so this is not the time… at some point" is another matter\'s hurry: NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Transportation Director', companyName: 'Gulf Plumbing Supply', industry: 'Wholesale distribution', location: 'Mobile, AL, USA', companySize: 380, description: "I'm slammed with an urgent DC relocation this week so this is not the time, but at some point we should talk about auditing our parcel bills. Send something I can read later." }), FREIGHT_AUDIT);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('es: "tuvimos un sumario… ya pagamos la multa y se solucionó; estamos viendo opciones" is past: MEDIUM, MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefa de Servicios Generales', companyName: 'Outlet del Sur', industry: 'Centros comerciales', location: 'Puerto Montt, Chile', companySize: 140, description: 'En febrero tuvimos un sumario sanitario por los contenedores del patio de comidas. Ya pagamos la multa y se solucionó con una limpieza a fondo. Ahora estamos viendo opciones para tener lavado periódico.' }), BIN_WASHING);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('en: "we also sell most of our wine abroad" tells what the lead sells; it is not read as a competitor', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Finance Manager', companyName: 'Alta Vista Wines', industry: 'Winery - exports', location: 'Mendoza, Argentina', companySize: 130, description: 'The tax office keeps withholding a bit of every local payment. We also sell most of our wine abroad, so the credits just pile up. We are trying to figure out if someone can get that money back for us.' }), VAT_RECOVERY);
    expect(result.intent?.kind).not.toBe('COMPETITOR');
    expect(result.stage).not.toBe('DISQUALIFIED');
  });
});
