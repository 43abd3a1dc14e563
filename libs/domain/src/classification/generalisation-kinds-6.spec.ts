// The kinds holdout11 showed (issue 14), per category and language: pitches that sell on price, free pilots and
// offers to send their own proposal; agents who want a commission for bringing clients; job asks by LinkedIn or
// "¿tienen búsquedas abiertas?"; a go-live or a balance close as another pressing matter; and a buyer who looks for
// "um parceiro" (the seller itself) or presents proposals "al directorio". The wording differs from the sets on purpose.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const LEASING: CompanyProfile = {
  companyName: 'RentaFlota',
  shortDescription: 'Arrendamiento puro de autos y camionetas para empresas, con mantenimiento incluido.',
  mainServices: ['Arrendamiento puro de flotillas de autos y pickups', 'Mantenimiento y seguros de la flotilla', 'Implementación de ERP para empresas agroindustriales'],
  targetAudience: 'Empresas de 50 a 5,000 empleados.',
  targetIndustries: ['Manufacturing', 'Logistics', 'Retail', 'Agriculture'],
  targetCountries: ['Mexico', 'Brazil', 'Argentina'],
};
const lead = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Rodrigo Paz',
  email: 'rpaz@distribuidoradelsur.com.mx',
  jobPosition: 'Director de Administración',
  companyName: 'Distribuidora del Sur',
  industry: 'Distribución',
  location: 'Mérida, México',
  companySize: 300,
  description,
  ...extra,
});
const classify = (l: LeadInput) => classifyWithRules(l, LEASING);

describe('who is writing', () => {
  it.each([
    ['pt', 'Temos rastreadores até 40% mais barato que o líder de mercado, com condições especiais para locadoras. Posso agendar uma apresentação?', 'VENDOR_PITCH'],
    ['en', 'Our dash cams cost less than the big brands. Happy to send ten units for a free pilot on your cars.', 'VENDOR_PITCH'],
    ['es', 'Lavamos flotillas en sus propias instalaciones y damos factura. Si gustan les mando precios.', 'VENDOR_PITCH'],
    ['es', 'Soy agente de seguros y quiero ser comisionista de ustedes: les traigo los clientes y me pagan un porcentaje por contrato.', 'PARTNER_OR_RESELLER'],
    ['pt', 'Propomos uma aliança: indicamos clientes para vocês e recebemos uma comissão por contrato.', 'PARTNER_OR_RESELLER'],
    ['es', 'Me recibí de contadora en diciembre y manejo Excel avanzado. ¿Tienen búsquedas abiertas para juniors?', 'JOB_SEEKER'],
    ['pt', 'Sou mecânico com dez anos de frota leve e queria muito entrar pro time. Segue meu LinkedIn.', 'JOB_SEEKER'],
  ])('%s: DISQUALIFIED (%s)', (_lang, description, kind) => {
    const result = classify(lead(description, { jobPosition: 'Ejecutivo Comercial', companySize: 20 }));
    expect([result.stage, result.intent.kind]).toEqual(['DISQUALIFIED', kind]);
  });

  it.each([
    ['pt', 'Procuramos um parceiro com experiência em ERP para o agro. Temos fazendas e armazéns e queremos trocar o sistema. Podem nos enviar uma proposta?'],
    ['es', 'Hoy vence el plazo para presentarle al directorio las propuestas de arrendamiento y nos falta la de ustedes. ¿Pueden enviarla hoy?'],
  ])('%s: a buyer who looks for a partner or presents to its board stays a buyer', (_lang, description) => {
    const result = classify(lead(description));
    expect(result.intent.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });
});

describe('another pressing matter, and no date at all', () => {
  it.each([
    ['pt', 'Esta semana estamos focados na virada do ERP, então agora não consigo tratar de outro assunto. Para o ano que vem quero entender a locação.'],
    ['es', 'Estamos a full con el cierre de balance que vence esta semana, así que el tema de la flotilla lo retomamos el año que viene.'],
    ['es', 'Me gustaría conocer un poco más; por ahora solo estamos explorando opciones, sin ningún apuro ni fecha definida.'],
  ])('%s: LOW', (_lang, description) => {
    expect(classify(lead(description)).urgency.level).toBe('LOW');
  });
});
