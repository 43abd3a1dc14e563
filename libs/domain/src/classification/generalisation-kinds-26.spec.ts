// The kinds holdout42 and holdout43 showed (issue 14), per category and language, in other words than the sets':
// "emergency" naming a service ("24/7 emergency repairs") rather than telling one, a planned maintenance shutdown,
// a buyer asking the seller for its vendor-registration papers, lottery spam, a free first meeting offered to the seller,
// and a replacement service ("troca de telhados") that is about the thing replaced.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const BELTS: CompanyProfile = {
  companyName: 'Bandas del Pacífico',
  shortDescription: 'Bandas transportadoras para minería e industria en Ecuador.',
  mainServices: ['Empalme vulcanizado de bandas en sitio 24/7', 'Mantenimiento preventivo de transportadores', 'Venta de bandas y rodillos'],
  targetAudience: 'Minería, cementeras y agroindustria con 50 empleados o más.',
  targetIndustries: ['Mining', 'Cement', 'Agribusiness'],
  targetCountries: ['Ecuador'],
  buyerAreas: ['mantenimiento'],
};
const ROOFS: CompanyProfile = {
  companyName: 'Cobertec',
  shortDescription: 'Telhados industriais no Brasil.',
  mainServices: ['Reforma e troca de telhados industriais: telhas metálicas e termoacústicas', 'Impermeabilização de lajes e coberturas'],
  targetAudience: 'Indústrias e centros logísticos com 50 funcionários ou mais.',
  targetIndustries: ['Manufacturing', 'Logistics'],
  targetCountries: ['Brazil'],
};
const lead = (description: string, at: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Diego Ramírez',
  email: 'dramirez@cementosandinos.com.ec',
  jobPosition: 'Gerente de Mantenimiento',
  companyName: 'Cementos Andinos',
  industry: 'Cement',
  location: 'Guayaquil, Ecuador',
  companySize: 600,
  description,
  ...at,
});

describe('"emergency" that names a service, and a shutdown that is planned', () => {
  it.each([
    ['en', 'We are preparing a two-year contract for belt maintenance including emergency repairs. Please send a proposal.', 'HIGH'],
    ['es', 'Solicitamos propuesta de mantenimiento anual con empalmes de emergencia 24/7 para la planta.', 'HIGH'],
    ['pt', 'Solicitamos proposta de contrato anual com emendas de emergência 24/7 nos transportadores.', 'HIGH'],
    ['en', 'We plan to replace the main conveyor belt during next year\'s maintenance shutdown. For now we only want typical lead times.', 'LOW'],
  ])('%s: %s reads as %s', (_lang, description, level) => {
    expect(classifyWithRules(lead(description), BELTS).urgency.level).toBe(level);
  });

  it('a belt that broke this morning is still an emergency', () => {
    expect(classifyWithRules(lead('Emergencia: se rompió la banda principal esta mañana y la planta está parada.'), BELTS).urgency.level).toBe('CRITICAL');
  });
});

describe('who writes', () => {
  it('a buyer asking for the seller\'s vendor-registration documents is a buyer (en)', () => {
    const result = classifyWithRules(lead('Please send your vendor registration documents and a quotation for belt splicing at our two plants.', { jobPosition: 'Procurement Manager' }), BELTS);
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });

  it.each([
    ['es', 'Estimado ganador, su correo fue sorteado en nuestra promoción anual. Para recibir el premio envíe sus datos.'],
    ['pt', 'Prezado ganhador, seu e-mail foi sorteado! Envie seus dados para receber o prêmio.'],
    ['en', 'Dear winner, your email was selected in our annual draw. Reply with your details to receive the prize.'],
  ])('%s: lottery spam (%s)', (_lang, description) => {
    const result = classifyWithRules(lead(description, { email: 'premios@sorteo-anual.info', companyName: undefined, jobPosition: undefined, industry: undefined }), BELTS);
    expect(result.intent?.kind).toBe('SPAM');
    expect(result.stage).toBe('DISQUALIFIED');
  });

  it('a consultancy offering a free first meeting is a vendor (es)', () => {
    const result = classifyWithRules(lead('Ofrecemos asesoría integral en certificación ISO 9001 para su empresa. Primera reunión sin costo.', { companyName: 'Calidad Total Consultores', industry: 'Consultoría' }), BELTS);
    expect(result.intent?.kind).toBe('VENDOR_PITCH');
  });
});

describe('a replacement service is about the thing replaced', () => {
  it.each([
    ['pt', 'Precisamos de orçamento para o telhado do galpão de 3.000 m², está com muitas telhas quebradas.'],
    ['es', 'Necesitamos cotización para el techo de nuestro depósito, las chapas están en mal estado.'],
    ['en', 'We need a quote for the roof of our warehouse; several metal sheets are broken.'],
  ])('%s: %s', (_lang, description) => {
    const at = { email: 'compras@logisul.com.br', companyName: 'LogiSul', industry: 'Logistics', location: 'Campinas, Brasil', jobPosition: 'Gerente de Compras' };
    expect(classifyWithRules(lead(description, at), ROOFS).matchedServices).toContain('Reforma e troca de telhados industriais');
  });
});
