// Round 101: the purchase question of round 98 in more words. "¿Venden aceite a granel?", "Vocês fornecem?" open a
// question with the selling verb alone (read so only where it opens a sentence: "nuestros clientes venden…" is anyone's
// selling), and "ustedes suministran", "do you supply" ask the same. Where or to whom the seller sells ("si ustedes
// suministran para proyectos fuera de Estados Unidos") is still no goods asked for, wherever it overlaps the ask.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const OIL_ANALYSIS: CompanyProfile = {
  companyName: 'Lubrilab',
  shortDescription: 'Laboratorio de análisis de aceite lubricante e hidráulico para flotas y maquinaria.',
  mainServices: ['Análisis de aceite de motor e hidráulico con informe de desgaste', 'Programas de monitoreo de lubricantes para flotas', 'Capacitación en toma de muestras de aceite'],
  targetAudience: 'Flotas, mineras y agroindustrias de Chile con 50 trabajadores o más.',
  targetIndustries: ['Minería', 'Transporte de carga'],
  targetCountries: ['Chile'],
};

const PALLET_AUDITS: CompanyProfile = {
  companyName: 'Embala Certo',
  shortDescription: 'Auditoria e certificação de paletes e embalagens de expedição para exportadores.',
  mainServices: ['Auditoria de paletes de madeira e tratamento fitossanitário (NIMF 15)', 'Ensaios de filme stretch e de estabilidade de carga', 'Formação em paletização para a expedição'],
  targetAudience: 'Exportadores e centros de distribuição no Brasil com 50 funcionários ou mais.',
  targetIndustries: ['Exportação', 'Centro de distribuição'],
  targetCountries: ['Brazil'],
};

const IMPACT_WINDOWS: CompanyProfile = {
  companyName: 'StormGuard Windows',
  shortDescription: 'Impact windows and doors, certified for hurricane zones.',
  mainServices: ['Certified impact windows for commercial towers', 'Installation and inspection of impact doors', 'Hurricane code compliance reports'],
  targetAudience: 'Developers and contractors in Florida with 20 employees or more.',
  targetIndustries: ['Construction', 'Real estate development'],
  targetCountries: ['United States', 'Panama'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({ fullName: 'Lead Test', email: 'lead@empresa-teste.com', ...fields });
const purchaseAsked = (description: string, seller: CompanyProfile) =>
  classifyWithRules(lead({ description }), seller).fit.reasonCodes.some((c) => c.code === 'FIT_NEED_PURCHASE_ASKED');

describe('the selling verb that opens a question asks to buy goods', () => {
  it('es: "¿Venden aceite hidráulico y grasa a granel?" of an oil-analysis lab: need weak, NURTURE', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Jefe de Mantención', companyName: 'Fundo Los Robles', industry: 'Agrícola', location: 'Curicó, Chile', companySize: 120, description: '¿Venden aceite hidráulico y grasa a granel? Necesitamos cotización de 20 cilindros para los tractores del fundo.' }),
      OIL_ANALYSIS,
    );
    expect(result.fit.reasonCodes.find((c) => c.code === 'FIT_NEED_PURCHASE_ASKED')).toMatchObject({ params: { quote: '"Venden"' } });
    expect(result.stage).toBe('NURTURE');
  });

  it('pt: "Precisamos de filme stretch e paletes… Vocês fornecem?" of a pallet auditor: need weak', () => {
    expect(purchaseAsked('Boa tarde, precisamos de filme stretch e paletes de madeira para a expedição. Vocês fornecem? Mandem orçamento.', PALLET_AUDITS)).toBe(true);
    expect(purchaseAsked('Precisamos de paletes de madeira para a expedição. Fornecem com entrega em Santos?', PALLET_AUDITS)).toBe(true);
  });

  it('es: the same verb inside a sentence is anyone\'s selling, not a question to us', () => {
    expect(purchaseAsked('Nuestros clientes venden aceite hidráulico y nos piden análisis de aceite de sus flotas. ¿Nos cotizan?', OIL_ANALYSIS)).toBe(false);
  });

  it('es and en: where or for whom they supply is no goods asked for', () => {
    expect(purchaseAsked('Quisiera saber si ustedes suministran para proyectos fuera de Estados Unidos las ventanas de impacto certificadas.', IMPACT_WINDOWS)).toBe(false);
    expect(purchaseAsked('Do you supply to Panama? We need certified impact windows for a tower.', IMPACT_WINDOWS)).toBe(false);
    expect(purchaseAsked('Do you supply impact windows in bulk? Please send a price list.', { ...IMPACT_WINDOWS, shortDescription: 'Hurricane code consulting for towers.', mainServices: ['Hurricane code compliance reports for impact windows', 'Inspection of impact doors'] })).toBe(true);
  });
});
