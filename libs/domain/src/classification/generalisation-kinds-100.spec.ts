// Round 100, from the first runs of holdout160-161 (fish-processing machines, funeral repatriation, new-car
// preparation, dysphagia diets for hospital kitchens, poultry lines, bus parcels, salt-air corrosion, cooperative
// voting), each a kind seen before in new words:
// - a hospital's food and nutrition service is one area in the three languages ("Gerente de Servicios de Alimentos" runs
//   "food service");
// - "ya que estamos: ¿ustedes hacen…?" turns from another matter's hurry to ours; "when the date gets closer" puts the
//   price off; "que evalúen un convenio", "la gerencia está viendo contratarlos" evaluate;
// - "a quote including travel for your technicians" asks for the seller's people, it offers none;
// - "during our December shutdown" dates the work; "ser o vosso fornecedor" offers to sell to the seller.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const HOSPITAL_DIETS: CompanyProfile = {
  companyName: 'SafeSwallow',
  shortDescription: 'IDDSI texture-modified diets for hospital kitchens: cook training, tray audits and menus.',
  mainServices: ['IDDSI transition programs for hospital kitchens', 'On-site cook training on purees and thickened liquids', 'Tray and texture audits before surveys'],
  targetAudience: 'Hospitals and contract food-service companies in the United States with 150 employees or more.',
  targetIndustries: ['Hospital', 'Health system', 'Contract food service'],
  targetCountries: ['United States'],
  buyerAreas: ['food and nutrition services', 'food service', 'dietary'],
};

const FUNERAL_REPATRIATION: CompanyProfile = {
  companyName: 'Traslados del Istmo',
  shortDescription: 'Repatriación internacional de restos y cenizas para funerarias.',
  mainServices: ['Repatriación internacional de restos y cenizas', 'Traslados entre provincias con seguimiento', 'Recepción de restos en el aeropuerto de Tocumen'],
  targetAudience: 'Funerarias y aseguradoras de sepelio de Panamá con 25 empleados o más.',
  targetIndustries: ['Funeraria', 'Cementerio', 'Aseguradora de sepelio'],
  targetCountries: ['Panama'],
  buyerAreas: ['gerencia general', 'operaciones'],
};

const DEALER_PREP: CompanyProfile = {
  companyName: 'Alistaje Mediterráneo',
  shortDescription: 'Alistaje de 0 km y lavado de entrega para concesionarias.',
  mainServices: ['Alistaje e inspección previa a la entrega de 0 km', 'Lavado de entrega y protección de pintura', 'Reacondicionamiento de usados'],
  targetAudience: 'Concesionarias de Argentina con 30 empleados o más.',
  targetIndustries: ['Concesionaria', 'Concesionario de autos'],
  targetCountries: ['Argentina'],
  buyerAreas: ['postventa', 'ventas'],
};

const FISH_MACHINES: CompanyProfile = {
  companyName: 'Pescatec Norte',
  shortDescription: 'Manutenção e reforma de máquinas de filetar, descamar e descascar camarão para frigoríficos de pescado.',
  mainServices: ['Contratos de manutenção preventiva de máquinas de filetar e descamar', 'Reforma de máquinas de filetar e de descascar camarão', 'Atendimento de emergência 24 horas'],
  targetAudience: 'Frigoríficos de pescado e camarão com 50 funcionários ou mais.',
  targetIndustries: ['Frigorífico de pescado', 'Fish processing', 'Seafood processing'],
  targetCountries: ['Brazil', 'Guyana'],
  buyerAreas: ['manutenção', 'produção'],
};

const COOP_VOTING: CompanyProfile = {
  companyName: 'Escrutínio',
  shortDescription: 'Voto eletrónico e assembleias híbridas para cooperativas de crédito e associações mutualistas.',
  mainServices: ['Caderno eleitoral e credenciação', 'Voto eletrónico e presencial com apuramento certificado', 'Assembleias gerais híbridas'],
  targetAudience: 'Caixas de crédito agrícola mútuo e associações mutualistas com 30 colaboradores ou mais.',
  targetIndustries: ['Crédito agrícola mútuo', 'Cooperativa de crédito', 'Associação mutualista'],
  targetCountries: ['Portugal', 'Spain'],
  buyerAreas: ['secretaria-geral', 'administração'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({ fullName: 'Lead Test', email: 'lead@empresa-teste.com', ...fields });

describe("a hospital's food and nutrition service is one area in the three languages", () => {
  it.each([['Gerente de Servicios de Alimentos'], ['Gerente de Serviços de Nutrição'], ['Food Service Manager'], ['Jefa de Nutrición']])('"%s" is a business decision maker for "food service"', (jobPosition) => {
    const result = classifyWithRules(
      lead({ jobPosition, companyName: 'Biscayne Shores Medical Center', industry: 'Hospital', location: 'Miami, FL, United States', companySize: 900, description: 'Necesitamos capacitar al personal de cocina en purés y líquidos espesados. ¿Nos mandan un presupuesto?' }),
      HOSPITAL_DIETS,
    );
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(result.stage).toBe('SQL');
  });
});

describe('whose time it is', () => {
  it('es: "Con urgencia… el portón que se rompió anoche. Ya que estamos: ¿ustedes hacen lavado de entrega?" is not urgent for us', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Gerente General', companyName: 'Motorsur Mendoza', industry: 'Concesionaria', location: 'Godoy Cruz, Argentina', companySize: 65, description: 'Con urgencia estamos buscando quién nos arregle el portón del salón que se rompió anoche. Ya que estamos: ¿ustedes hacen lavado de entrega?' }),
      DEALER_PREP,
    );
    expect(result.urgency.level).not.toBe('CRITICAL');
    expect(result.stage).not.toBe('SQL');
  });

  it('es: next quarter, and the prices "cuando se acerque la fecha": MEDIUM, MQL', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Gerente General', companyName: 'Funeraria Los Almendros', industry: 'Funeraria', location: 'La Chorrera, Panama', companySize: 50, description: 'Para el próximo trimestre queremos empezar a ofrecer repatriaciones a Colombia. Cuando se acerque la fecha nos gustaría conocer sus tarifas.' }),
      FUNERAL_REPATRIATION,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect([result.stage, result.priority]).toEqual(['MQL', 'P3']);
  });

  it.each([
    ['Quisiera información para pasarle a gerencia y que evalúen un convenio de repatriaciones con ustedes.'],
    ['La gerencia está viendo contratarlos para los traslados; me pidieron validar el seguimiento.'],
  ])('es: "%s" evaluates: MEDIUM', (description) => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefa de Atención al Cliente', companyName: 'Funeraria Santa Librada', industry: 'Funeraria', location: 'Panamá, Panama', companySize: 60, description }), FUNERAL_REPATRIATION);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('en: "during our December shutdown" dates the work: HIGH, not CRITICAL', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Maintenance Manager', companyName: 'Norland Seafood', industry: 'Fish processing', location: 'Belém, Brazil', companySize: 700, description: 'We need a quote for the overhaul of our filleting machines, to be done during our December shutdown.' }),
      FISH_MACHINES,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect([result.stage, result.priority]).toEqual(['SQL', 'P2']);
  });
});

describe('who offers whom', () => {
  it('en: "send a quote including travel for your technicians" asks for the seller\'s people: a buyer, SQL', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Maintenance Manager', companyName: 'Demerara Fisheries', industry: 'Fish processing', location: 'Georgetown, Guyana', companySize: 140, description: 'We need the filleting machines overhauled. Please send a quote including travel for your technicians.' }),
      FISH_MACHINES,
    );
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });

  it('pt: a tyre shop asking "vocês vendem carcaças em pequena quantidade?" buys goods: no partner, NURTURE', () => {
    const CASINGS: CompanyProfile = {
      companyName: 'Carcaça Segura',
      shortDescription: 'Recolhemos, inspeccionamos, classificamos e fornecemos carcaças de pneus de camião a recauchutadoras.',
      mainServices: ['Recolha de carcaças de pneus de camião junto de frotistas', 'Inspecção e classificação de carcaças antes da recauchutagem', 'Fornecimento por contrato de carcaças classificadas a recauchutadoras'],
      targetAudience: 'Recauchutadoras de Moçambique com 25 colaboradores ou mais.',
      targetIndustries: ['Recauchutagem', 'Distribuição de pneus'],
      targetCountries: ['Mozambique'],
    };
    const result = classifyWithRules(
      lead({ jobPosition: 'Dono', companyName: 'Borracharia Chilaule', industry: 'Borracharia', location: 'Boane, Moçambique', companySize: 3, description: 'Boa tarde, tenho uma borracharia e às vezes os clientes pedem pneus recauchutados. Vocês vendem carcaças em pequena quantidade, tipo 5?' }),
      CASINGS,
    );
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('NURTURE');
  });

  it('pt-PT: "teríamos todo o gosto em ser o vosso fornecedor" sells to the seller: DISQUALIFIED', () => {
    const result = classifyWithRules(
      lead({ jobPosition: 'Gestor Comercial', companyName: 'TabletAluguer', industry: 'Aluguer de equipamentos', location: 'Maia, Portugal', companySize: 15, description: 'Bom dia, alugamos tablets e impressoras de credenciais para eventos. Teríamos todo o gosto em ser o vosso fornecedor para as assembleias.' }),
      COOP_VOTING,
    );
    expect(result.intent?.kind).toBe('VENDOR_PITCH');
    expect(result.stage).toBe('DISQUALIFIED');
  });
});
