// Round 57, from holdout83's and holdout84's first runs (0.964 and 0.958 stage, lists unseen): an incident told before
// "para que no vuelva a pasar" / "não queremos que se repita" is the reason for the plan, not an incident now; "the
// next morning" and "tiempo fuera de servicio" (a report's measure) are no deadline or outage; a blade's "bordo de
// ataque" (leading edge) is no attack; "¿me llaman?" asks for a call; "nothing to do yet" has no timeline; a trade the
// seller sells to ("we're a private credit lender" to an appraiser) is a customer, not a peer; an agency's "banco com
// mais de 300 técnicos… prontos para alocação" sells to the seller.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const APPRAISER: CompanyProfile = {
  companyName: 'Tasaciones del Plata',
  shortDescription: 'Tasaciones de inmuebles, maquinaria, campos y ganado en Uruguay y Paraguay.',
  mainServices: [
    'Tasaciones inmobiliarias para créditos hipotecarios y garantías bancarias',
    'Valuación de maquinaria, equipos y flotas para leasing, prendas, seguros y siniestros',
    'Tasación de campos y ganado para créditos agropecuarios y aseguradoras',
  ],
  targetAudience: 'Bancos, aseguradoras, empresas agropecuarias, leasing y grandes empresas en Uruguay y Paraguay con 50 empleados o más.',
  targetIndustries: ['Banking', 'Insurance', 'Agribusiness', 'Leasing', 'Financial services'],
  targetCountries: ['Uruguay', 'Paraguay'],
  buyerAreas: ['finanzas', 'riesgos'],
};
const dairy = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Marcela Rodríguez', email: 'mrodriguez@lacteosdelsur.com.uy', jobPosition: 'Directora de Administración y Finanzas', companyName: 'Lácteos del Sur', industry: 'Industria láctea', location: 'Florida, Uruguay', companySize: 450, description, ...fields }, APPRAISER);

it('es: a flood told before "para que no vuelva a pasar" is why they plan; evaluating this year is MEDIUM', () => {
  const result = dairy('En 2022 se nos inundó el depósito y la aseguradora discutió los valores. Para que no vuelva a pasar estamos evaluando tasar edificios y maquinaria este año.');
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('pt: "não queremos que se repita" after last year\'s loss, then a quote request, is HIGH (not CRITICAL)', () => {
  const result = dairy('No ano passado perdemos o seguro de um galpão porque a avaliação estava desatualizada. Não queremos que se repita. Queremos uma cotação de avaliação de maquinaria.');
  expect(result.urgency.level).toBe('HIGH');
});

it('en: "we\'re a private credit lender" to a seller of valuations for lenders is a customer, not a peer', () => {
  const result = dairy("We're a private credit lender looking at a facility to a cattle producer in Paraguay; we're comparing appraisal firms for the land and herd valuation. What does your report include?", {
    fullName: 'John Carter', email: 'jcarter@southcreditpartners.com', jobPosition: 'Vice President', companyName: 'South Credit Partners', industry: 'Private credit / lending', location: 'Asunción, Paraguay', companySize: 240,
  });
  expect(result.intent.kind).toBe('BUYER');
  expect(result.stage).not.toBe('DISQUALIFIED');
});

it('en: "nothing to do yet, but I\'d like to understand your offering" has no timeline: LOW', () => {
  expect(dairy("We're planning to revalue our plant once the expansion opens, probably in 2027. Nothing to do yet, but I'd like to understand your offering.").urgency.level).toBe('LOW');
});

const WIND: CompanyProfile = {
  companyName: 'Ventos Serviços Eólicos',
  shortDescription: 'Inspeção e reparo de pás, manutenção de multiplicadoras e geradores para parques eólicos no Brasil.',
  mainServices: ['Inspeção de pás com drone e acesso por corda', 'Reparo de pás e proteção de bordo de ataque (LEP)', 'Manutenção de multiplicadoras e geradores'],
  targetAudience: 'Proprietários e operadores de parques eólicos no Brasil com 30 funcionários ou mais.',
  targetIndustries: ['Wind energy', 'Renewable energy', 'Power generation'],
  targetCountries: ['Brazil'],
  buyerAreas: ['manutenção', 'operação'],
};
const windFarm = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Carlos Menezes', email: 'cmenezes@ventosdonordeste.com.br', jobPosition: 'Coordenador de Manutenção', companyName: 'Ventos do Nordeste', industry: 'Energia eólica', location: 'Natal, RN, Brasil', companySize: 110, description, ...fields }, WIND);

it('pt: "erosão de bordo de ataque" is a blade\'s leading edge, not an attack: evaluating is MEDIUM', () => {
  const result = windFarm('Estamos avaliando fornecedores para tratar a erosão de bordo de ataque nas pás antes do segundo semestre. Ainda comparando técnicas. Podem enviar material técnico?');
  expect(result.urgency.signals.join(' ')).not.toContain('incident');
  expect(result.stage).toBe('MQL');
});

it('pt: "banco com mais de 300 técnicos… prontos para alocação" is an agency selling to the seller', () => {
  const result = windFarm('Temos um banco com mais de 300 técnicos com NR-35 e GWO prontos para alocação temporária em campanhas de manutenção. Vamos conversar?', {
    fullName: 'Paula Reis', email: 'paula@alocatec.com.br', jobPosition: 'Executiva de Contas', companyName: 'AlocaTec', industry: 'Recursos humanos', companySize: 60,
  });
  expect(result.stage).toBe('DISQUALIFIED');
});

const ATM: CompanyProfile = {
  companyName: 'Cajeros Servicios GT',
  shortDescription: 'Instalación, mantenimiento y monitoreo 24/7 de cajeros automáticos en Guatemala, Honduras y El Salvador.',
  mainServices: ['Mantenimiento de cajeros automáticos de primera y segunda línea', 'Monitoreo 24/7 de disponibilidad de cajeros con despacho de técnicos', 'Recicladores de efectivo y cajas inteligentes'],
  targetAudience: 'Bancos, cooperativas, cadenas de supermercados y gasolineras en Centroamérica con 100 empleados o más.',
  targetIndustries: ['Banking', 'Retail', 'Fuel stations'],
  targetCountries: ['Guatemala', 'Honduras', 'El Salvador'],
  buyerAreas: ['operaciones', 'canales'],
};
const stations = (description: string) =>
  classifyWithRules({ fullName: 'Héctor Cifuentes', email: 'hcifuentes@gasolinerasdelsur.com.gt', jobPosition: 'Gerente General', companyName: 'Gasolineras del Sur', industry: 'Gasolineras', location: 'Escuintla, Guatemala', companySize: 450, description }, ATM);

it('es: "nos enteramos hasta la mañana siguiente" of last year\'s theft is no deadline: evaluating this quarter is MEDIUM', () => {
  const result = stations('El año pasado nos arrancaron un cajero completo en una estación y nos enteramos hasta la mañana siguiente. Este trimestre queremos evaluar un monitoreo 24/7 de los cajeros.');
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es: "reportes de tiempo fuera de servicio" is a report, not an outage: a proposal request is HIGH', () => {
  expect(stations('Necesitamos propuesta para monitoreo 24/7 de la red de cajeros, con despacho de técnicos y reportes de tiempo fuera de servicio.').urgency.level).toBe('HIGH');
});

it('es: "¿Me llaman?" asks for a call (HIGH)', () => {
  const result = stations('Los cajeros de las gasolineras seguido se quedan apagados y necesitamos mantenimiento. ¿Me llaman?');
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});
