// Round 107, from the first run of holdout169 (relief pharmacists, post-tensioning, dialling compliance, flour
// fortification): "a couple of slots for a call" is a calendar, not casino spam; and "que un ingeniero de ustedes pase
// por la oficina a presentar el sistema" asks for a visit, however calmly ("sin urgencia… cuando tengan agenda").
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const DIALLING: CompanyProfile = {
  companyName: 'Marcación Limpia S.A. de C.V.',
  shortDescription: 'Cumplimiento de marcación saliente para centros de contacto en México.',
  mainServices: ['Depuración de bases contra el REPEP y el REUS antes de cada campaña', 'Monitoreo de reputación de números salientes'],
  targetAudience: 'Centros de contacto y despachos de cobranza con 80 empleados o más.',
  targetIndustries: ['Contact center', 'Centro de contacto', 'Cobranza'],
  targetCountries: ['México'],
  buyerAreas: ['compliance', 'cumplimiento', 'operaciones'],
};

const POST_TENSIONING: CompanyProfile = {
  companyName: 'Tensados del Sur SpA',
  shortDescription: 'Subcontratista de losas postensadas.',
  mainServices: ['Diseño y revisión de losas postensadas', 'Suministro, tensado e inyección de cables de postensado'],
  targetAudience: 'Constructoras con 40 empleados o más.',
  targetIndustries: ['Constructora', 'Edificación', 'Construcción'],
  targetCountries: ['Chile'],
  buyerAreas: ['proyectos', 'construcción'],
};

describe('round 107', () => {
  it('en: "send a proposal and a couple of slots for a call" (with REPEP/REUS in capitals) is a buyer, not spam: SQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'compliance@northbridge-test.com', jobPosition: 'Head of Compliance, LATAM', companyName: 'NorthBridge CX', industry: 'Contact center', location: 'Querétaro, Mexico', companySize: 1800, description: 'Legal asked us to bring in a vendor for REPEP/REUS scrubbing and number reputation monitoring. Could you send a proposal and a couple of slots for a call next week?' },
      DIALLING,
    );
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });

  it('es: "sin urgencia, pero nos gustaría que un ingeniero de ustedes pase por la oficina" asks for a visit: HIGH, SQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'proyectos@biobionorte-test.cl', jobPosition: 'Gerente de Proyectos', companyName: 'Constructora Biobío Norte', industry: 'Constructora', location: 'Concepción, Chile', companySize: 140, description: 'Sin urgencia, pero nos gustaría que un ingeniero de ustedes pase por la oficina a presentar el sistema de losas postensadas. Cuando tengan agenda.' },
      POST_TENSIONING,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
  });
});
