// Round 115, from the first runs of holdout188-189 (hotel linen, workplace chaplaincy, hotel locks, building water
// tanks; stationary batteries, dubbing, port cranes, key cabinets): a quarter-or-year their own plan dates ("para el
// tercer trimestre tenemos planificado…") holds when a vaguer "para tenerlos en cuenta" is said in another sentence
// (MEDIUM, five leads of earlier sets too); "happy to quote your next batch", "we already supply two brands", "marcar
// uma visita para apresentar as soluções" pitch to the seller (the learned reading, retrained with these sets, reads
// both vendors too; the lists now name them in their own words, whatever the model); "my director wants numbers" asks
// to buy, so the learned reading does not name a technician a vendor.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const BATTERIES: CompanyProfile = {
  companyName: 'Energía Continua S.A.',
  shortDescription: 'Bancos de baterías estacionarias.',
  mainServices: ['Instalación y reemplazo de bancos de baterías para UPS, subestaciones y sitios de telecomunicaciones', 'Pruebas de capacidad y monitoreo de impedancia'],
  targetAudience: 'Empresas eléctricas, telecomunicaciones y centros de datos del Ecuador con 50 empleados o más.',
  targetIndustries: ['Empresas eléctricas', 'Telecomunicaciones', 'Centros de datos'],
  targetCountries: ['Ecuador'],
  buyerAreas: ['mantenimiento', 'operaciones'],
};

const KEY_CABINETS: CompanyProfile = {
  companyName: 'KeyVault Systems LLC',
  shortDescription: 'Electronic key cabinets.',
  mainServices: ['Electronic key cabinets with PIN and badge access and audit trails', 'Integration with access control and badge readers', 'Service contracts: maintenance, spare key tags and fobs, phone support'],
  targetAudience: 'Car dealerships, fleet operators and hospitals in the US Midwest with 40 employees or more.',
  targetIndustries: ['Automotive dealerships', 'Fleet operators', 'Hospitals', 'Manufacturing'],
  targetCountries: ['United States'],
  buyerAreas: ['operations', 'service', 'security'],
};

const DUBBING: CompanyProfile = {
  companyName: 'Voz do Norte Estúdios Lda.',
  shortDescription: 'Dobragem e audiodescrição.',
  mainServices: ['Dobragem e locução de vídeo corporativo e e-learning', 'Audiodescrição e legendas para acessibilidade'],
  targetAudience: 'Televisões, distribuidores e produtores de e-learning em Portugal e no Brasil com 15 funcionários ou mais.',
  targetIndustries: ['Televisão', 'Distribuição de cinema', 'E-learning'],
  targetCountries: ['Portugal', 'Brasil'],
  buyerAreas: ['produção', 'pós-produção', 'comunicação'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({ fullName: 'Lead Test', email: 'contact@company-test.com', ...fields });

describe('round 115', () => {
  it('es: "para el tercer trimestre tenemos planificado renovar… para tenerlos en cuenta" is a dated plan: MEDIUM, MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Gerente de Mantenimiento', companyName: 'Eléctrica Sierra Centro', industry: 'Empresas eléctricas', location: 'Riobamba, Ecuador', companySize: 380, description: 'Para el tercer trimestre tenemos planificado renovar los bancos de baterías de 4 subestaciones. Queremos conocer proveedores desde ya para tenerlos en cuenta.' }), BATTERIES);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('en: "we make custom RFID key tags… we already supply two cabinet brands, happy to quote your next batch" is a vendor', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Account Executive', companyName: 'TagWorks RFID', industry: 'Manufacturing', location: 'San Jose, CA', companySize: 60, description: 'We make custom RFID key tags and fobs, 10k unit minimum, 3-week lead time. We already supply two cabinet brands - happy to quote your next batch of tags.' }), KEY_CABINETS);
    expect(result.intent?.kind).toBe('VENDOR_PITCH');
    expect(result.stage).toBe('DISQUALIFIED');
  });

  it('pt: "fabricamos cabines… podemos marcar uma visita para apresentar as soluções?" is a vendor', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Comercial', companyName: 'Acústica do Norte', industry: 'Isolamento acústico', location: 'Maia, Portugal', companySize: 18, description: 'Bom dia, vimos que têm estúdio de dobragem. Fabricamos cabines de locução insonorizadas. Podemos marcar uma visita para apresentar as soluções?' }), DUBBING);
    expect(result.intent?.kind).toBe('VENDOR_PITCH');
    expect(result.stage).toBe('DISQUALIFIED');
  });

  it('en: a technician whose "director wants numbers for a meeting this month" is an influencer asking, not a vendor: MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Service Technician', companyName: 'Hanley Auto Group', industry: 'Automotive dealerships', location: 'Dayton, OH', companySize: 310, description: "I'm one of the techs here. My director wants numbers for a meeting this month - do your key cabinets work with the badge readers we already have? We lose 30 min a day hunting keys." }), KEY_CABINETS);
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('MQL');
  });
});
