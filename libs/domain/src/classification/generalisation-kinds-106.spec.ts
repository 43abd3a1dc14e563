// Round 106, from the first run of holdout168 (poultry antimicrobials, river-port mooring, nursing-home continence care,
// dealership tire storage): a comparison under way with no day set yet ("estamos comparando… todavía sin fecha") is
// still MEDIUM; new equipment that "comes without a dosing system" is no outage; and "queremos oferecer uma licença
// para a operação de vocês" offers the seller something: a vendor.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const MOORING: CompanyProfile = {
  companyName: 'Amarras del Paraná S.R.L.',
  shortDescription: 'Cuadrillas de amarre para puertos y terminales fluviales.',
  mainServices: ['Cuadrillas de amarradores 24/7 para puertos y terminales fluviales', 'Inspección de bitas y duques de alba con prueba de carga'],
  targetAudience: 'Puertos y terminales con 30 empleados o más.',
  targetIndustries: ['Operador portuario', 'Terminal portuaria', 'Puertos'],
  targetCountries: ['Paraguay', 'Argentina'],
  buyerAreas: ['operaciones'],
};

const POULTRY: CompanyProfile = {
  companyName: 'Frio Limpo Antimicrobianos Ltda.',
  shortDescription: 'Tratamento antimicrobiano com ácido peracético para frigoríficos de aves.',
  mainServices: ['Sistema de dosagem de ácido peracético em chillers e lavadores de carcaça', 'Validação microbiológica de Salmonella e Campylobacter'],
  targetAudience: 'Frigoríficos de aves com 100 funcionários ou mais.',
  targetIndustries: ['Abatedouro de aves', 'Frigorífico'],
  targetCountries: ['Brasil'],
  buyerAreas: ['produção', 'qualidade'],
};

describe('round 106', () => {
  it('es: "estamos comparando… todavía sin fecha" is a comparison under way: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'ceo@terminalsur-test.com.py', jobPosition: 'CEO', companyName: 'Terminal Sur', industry: 'Operador portuario', location: 'Encarnación, Paraguay', companySize: 260, description: 'Estamos comparando el costo de mantener amarradores propios contra tercerizar el servicio, todavía sin fecha.' },
      MOORING,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('es: "sin fecha" with no comparison stays LOW: NURTURE', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'ceo@terminalsur-test.com.py', jobPosition: 'CEO', companyName: 'Terminal Sur', industry: 'Operador portuario', location: 'Encarnación, Paraguay', companySize: 260, description: 'Algún día nos interesaría tercerizar las cuadrillas de amarre, sin fecha. Solo información general.' },
      MOORING,
    );
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('pt: "o chiller novo vem sem sistema de dosagem" is no outage: a proposal asked is HIGH, P2', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'industrial@campoaves-test.com.br', jobPosition: 'Diretora Industrial', companyName: 'Campo Aves', industry: 'Abatedouro de aves', location: 'Cascavel, Brasil', companySize: 1800, description: 'Vamos ampliar o abate a partir de agosto e o chiller novo vem sem sistema de dosagem. Gostaria de receber uma proposta para os chillers.' },
      POULTRY,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.priority).toBe('P2');
  });

  it('pt: "queremos oferecer uma licença para a operação de vocês" is a vendor: DISQUALIFIED', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'contas@rastreiasoft-test.com.br', jobPosition: 'Gerente de Contas', companyName: 'RastreiaSoft', industry: 'Software', location: 'São Paulo, Brasil', companySize: 30, description: 'Temos um sistema de rastreabilidade de lotes usado por frigoríficos. Queremos oferecer uma licença para a operação de vocês.' },
      POULTRY,
    );
    expect(result.intent?.kind).toBe('VENDOR_PITCH');
    expect(result.stage).toBe('DISQUALIFIED');
  });
});
