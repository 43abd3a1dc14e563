// Round 96, on the largest false-SQL class of every session's first runs: a request from outside the target industries
// that meets the seller's services only in the kind of work ("mantenimiento para 4 hornos rotativos de pan" asked of a
// coffee-roaster service, "reparação de máquinas de biselar lentes" of a dental-handpiece repairer). The need is then
// weak as well as the industry, fit C, NURTURE (what every author labelled them); the same words for what the seller
// works on, or from a buyer in its trade, still match.
import { EXPLANATION_MESSAGES, renderExplained } from '../explanations';
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const ROASTER_SERVICE: CompanyProfile = {
  companyName: 'TuestaTec',
  shortDescription: 'Servicio técnico para tostadoras de café.',
  mainServices: ['Mantenimiento preventivo y correctivo de tostadoras de café de tambor', 'Certificación de quemadores y postcombustores', 'Instrumentación y perfiles de tueste', 'Contratos anuales de servicio con repuestos'],
  targetAudience: 'Tostadores y exportadores de café en Ecuador con 20 empleados o más.',
  targetIndustries: ['Tostaduría de café', 'Exportación de café', 'Cadena de cafeterías'],
  targetCountries: ['Ecuador'],
  buyerAreas: ['producción', 'mantenimiento'],
};

const HANDPIECE_REPAIR: CompanyProfile = {
  companyName: 'Turbinas Dentais Luanda',
  shortDescription: 'Reparação de turbinas e peças de mão dentárias.',
  mainServices: ['Reparação de turbinas de alta rotação', 'Reparação de contra-ângulos e micromotores', 'Contrato de manutenção para redes de clínicas', 'Formação em lubrificação e esterilização das peças de mão'],
  targetAudience: 'Redes de clínicas dentárias e hospitais privados em Angola com 30 colaboradores ou mais.',
  targetIndustries: ['Clínicas dentárias', 'Hospital privado'],
  targetCountries: ['Angola'],
  buyerAreas: ['operações', 'compras'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({ fullName: 'Lead Test', email: 'lead@empresa-teste.com', ...fields });

const BAKERY = { fullName: 'Luis Chiriboga', email: 'lchiriboga@panificadoraeltrigo.com.ec', jobPosition: 'Gerente de Mantenimiento', companyName: 'Panificadora El Trigo S.A.', industry: 'Panificación', location: 'Guayaquil, Ecuador', companySize: 80 };

describe('only the kind of work, asked from outside the trade', () => {
  it('es: a bakery asking "mantenimiento para 4 hornos rotativos de pan" of a roaster service: need weak, fit C, NURTURE', () => {
    const result = classifyWithRules(lead({ ...BAKERY, description: 'Necesitamos mantenimiento para 4 hornos rotativos de pan y una amasadora. Cotización urgente por favor.' }), ROASTER_SERVICE);
    expect(result.fit.grade).toBe('C');
    expect([result.stage, result.priority]).toEqual(['NURTURE', 'P4']);
    const code = result.fit.reasonCodes.find((c) => c.code === 'FIT_NEED_KIND_OF_WORK_ONLY');
    expect(code).toMatchObject({ sign: '-', params: { words: '"mantenimiento"' } });
    // Rendered in the reader's language like every reason.
    expect(renderExplained(code!, EXPLANATION_MESSAGES.es)).toBe('- solo coincide el tipo de trabajo ("mantenimiento"), no aquello para lo que es');
    expect(renderExplained(code!, EXPLANATION_MESSAGES.pt)).toBe('- só coincide o tipo de trabalho ("mantenimiento"), não aquilo para que é');
  });

  it('pt: an optician asking "reparação de duas máquinas de biselar lentes" of a handpiece repairer: NURTURE', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Sílvio Catumbela', email: 'silvio@oticasluanda.co.ao', jobPosition: 'Gerente de Compras', companyName: 'Óticas Luanda', industry: 'Ótica', location: 'Luanda, Angola', companySize: 80, description: 'Boa tarde, precisamos de orçamento para reparação de duas máquinas de biselar lentes nas lojas do Belas Shopping.' }),
      HANDPIECE_REPAIR,
    );
    expect([result.stage, result.priority]).toEqual(['NURTURE', 'P4']);
  });
});

describe('what the seller works on, or a buyer in its trade, still matches', () => {
  it('es: the same bakery asking maintenance of its coffee roaster names what the seller works on: SQL', () => {
    const result = classifyWithRules(lead({ ...BAKERY, description: 'Necesitamos mantenimiento para la tostadora de café de la panadería. Cotización urgente por favor.' }), ROASTER_SERVICE);
    expect(result.fit.reasonCodes.some((c) => c.code === 'FIT_NEED_KIND_OF_WORK_ONLY')).toBe(false);
    expect(result.stage).toBe('SQL');
  });

  it('es: a roaster (target industry) asking only "mantenimiento" keeps its need: SQL', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Ana Vera', email: 'avera@tostadurialoja.com.ec', jobPosition: 'Gerente de Producción', companyName: 'Tostaduría Loja', industry: 'Tostaduría de café', location: 'Loja, Ecuador', companySize: 40, description: 'Necesitamos mantenimiento correctivo cuanto antes, ¿nos cotizan?' }),
      ROASTER_SERVICE,
    );
    expect(result.stage).toBe('SQL');
  });

  it('es: outside the trade and abroad as well, it stays a request to keep warm, not a non-buyer: NURTURE', () => {
    const result = classifyWithRules(lead({ ...BAKERY, location: 'Lima, Perú', description: 'Necesitamos mantenimiento para 4 hornos rotativos de pan. ¿Nos cotizan?' }), ROASTER_SERVICE);
    expect(result.stage).toBe('NURTURE');
  });
});
