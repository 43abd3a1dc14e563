// Round 87, from holdout136's first run (0.929 stage, SQL precision 0.900): a purchase named inside what they weigh
// ("estamos analisando comprar um projeto", "evaluando comprar un terreno", "viendo de contratar a alguien") is weighed,
// not asked; "é só pra conhecer" is information only; "estamos vendo com duas ou três oficinas" compares; a vendor that
// asks to present to the seller's team, or to visit the seller's lab, pitches.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const HOUSING_INCENTIVES: CompanyProfile = {
  companyName: 'Promovida Consultores',
  shortDescription: 'Consultoría en el régimen de vivienda promovida de Uruguay para desarrolladores inmobiliarios.',
  mainServices: ['Estudio de viabilidad y presentación del proyecto ante la Agencia Nacional de Vivienda', 'Cálculo de los beneficios fiscales del proyecto', 'Cumplimiento y reportes durante la obra y la venta', 'Cierre del proyecto promovido'],
  targetAudience: 'Desarrolladores inmobiliarios, constructoras y fideicomisos en Uruguay con 20 empleados o más.',
  targetIndustries: ['Desarrollo inmobiliario', 'Incorporação imobiliária', 'Constructora'],
  targetCountries: ['Uruguay'],
  buyerAreas: ['desarrollo', 'administración', 'finanzas'],
};

const PROPELLERS: CompanyProfile = {
  companyName: 'Hélices do Norte',
  shortDescription: 'Reparo, balanceamento e passo de hélices para operadores de balsas e ferries.',
  mainServices: ['Reparo e ajuste de passo de hélices', 'Balanceamento com relatório ISO 484', 'Hélices novas sob medida', 'Eixos e tubos telescópicos'],
  targetAudience: 'Operadores de travessias fluviais e costeiras no Brasil com 30 funcionários ou mais.',
  targetIndustries: ['Travessia fluvial', 'Travessia de balsas', 'Navegação'],
  targetCountries: ['Brazil'],
  buyerAreas: ['manutenção', 'operações', 'frota'],
};

const CLEANLINESS_LAB: CompanyProfile = {
  companyName: 'Limpieza Técnica del Bajío',
  shortDescription: 'Laboratorio de limpieza técnica de piezas para proveedores automotrices y aeroespaciales.',
  mainServices: ['Análisis de contaminación por partículas de piezas', 'Búsqueda de la fuente de contaminación', 'Auditoría del proceso de limpieza', 'Validación de lavadoras de piezas'],
  targetAudience: 'Proveedores automotrices y aeroespaciales tier 2 en México con 50 empleados o más.',
  targetIndustries: ['Autopartes', 'Componentes automotrices', 'Aeroespacial'],
  targetCountries: ['Mexico'],
  buyerAreas: ['calidad', 'ingeniería', 'planta'],
};

const developer = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Tomás Ghiglione', email: 'tghiglione@costadesarrollos.com.uy', jobPosition: 'Director de Desarrollo', companyName: 'Costa Desarrollos', industry: 'Desarrollo inmobiliario', location: 'Montevideo, Uruguay', companySize: 75, description, ...extra,
});

it.each([
  ['es', 'Estamos evaluando comprar un terreno en Colonia para hacer vivienda y nos hablaron del régimen promovido. Queremos entender cómo funciona antes de avanzar.'],
  ['pt', 'Estamos analisando comprar um projeto já aprovado em Montevidéu com os benefícios da habitação promovida. Queremos entender os riscos.'],
  ['es', 'No sabemos si estamos cumpliendo con lo que pide el gobierno por las unidades vendidas. Estamos viendo de contratar a alguien que nos ordene.'],
  ['en', 'We are considering buying a promoted project in Pocitos and want to understand whether the tax benefits pass to the new owner.'],
])('%s: a purchase or hire named inside what they weigh is weighed, not asked: MEDIUM, MQL', (_lang, description) => {
  const result = classifyWithRules(developer(description), HOUSING_INCENTIVES);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es: "queremos comprar el estudio de viabilidad, mándennos propuesta" still asks: HIGH, SQL', () => {
  const result = classifyWithRules(developer('Ya decidimos: queremos comprar el estudio de viabilidad para el proyecto de Pocitos. Mándennos propuesta.'), HOUSING_INCENTIVES);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

const ferry = (description: string): LeadInput => ({
  fullName: 'Rui Bezerra', email: 'rui@balsasdoacara.com.br', jobPosition: 'Gerente de Manutenção', companyName: 'Balsas do Acará', industry: 'Travessia de balsas', location: 'Acará, PA, Brasil', companySize: 42, description,
});

it('pt: a closed incident, then "pensando em… por enquanto é só pra conhecer": information only, LOW, NURTURE', () => {
  const result = classifyWithRules(
    ferry('Em 2022 a balsa perdeu uma pá da hélice no meio do rio. Foi resolvido na época e hoje está tudo normal. Estamos pensando em ter uma oficina fixa para a inspeção anual, por enquanto é só pra conhecer.'),
    PROPELLERS,
  );
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('pt: "estamos vendo com duas ou três oficinas" compares: MEDIUM, MQL', () => {
  const result = classifyWithRules(ferry('A balsa está gastando mais óleo e a hélice está toda furadinha, parece esponja. Queremos saber o que dá pra fazer. Estamos vendo com duas ou três oficinas.'), PROPELLERS);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('pt: a software house that asks to present to the seller\'s team pitches: DISQUALIFIED', () => {
  const result = classifyWithRules(
    { fullName: 'Cristiano Weber', email: 'cweber@contabilsul.com.br', jobPosition: 'Gerente Comercial', companyName: 'Contábil Sul Software', industry: 'Software', location: 'Porto Alegre, Brasil', companySize: 55, description: 'Olá! Temos um sistema de gestão fiscal já adaptado ao Uruguai. Gostaria de agendar uma apresentação com a equipe de vocês.' },
    HOUSING_INCENTIVES,
  );
  expect(result.intent?.kind).toBe('VENDOR_PITCH');
  expect(result.stage).toBe('DISQUALIFIED');
});

it('pt: a buyer who asks for a demonstration by the seller\'s team is still a buyer', () => {
  const result = classifyWithRules(developer('Temos um projeto aprovado em Carrasco e precisamos dos relatórios de cumprimento. Gostaria de agendar uma demonstração com o time de vocês.', { location: 'Montevidéu, Uruguai' }), HOUSING_INCENTIVES);
  expect(result.intent?.kind).toBe('BUYER');
});

it('en: an instrument maker asking to visit the seller\'s lab, with a trade-in offer, pitches: DISQUALIFIED', () => {
  const result = classifyWithRules(
    { fullName: 'Stefan Reuter', email: 's.reuter@optiscan.de', jobPosition: 'Regional Sales Manager', companyName: 'OptiScan Microscopy', industry: 'Laboratory equipment', location: 'Stuttgart, Germany', companySize: 140, description: 'Our particle counter classifies a membrane in four minutes, and there is a trade-in offer for older microscopes. Could we arrange a visit to your lab next month?' },
    CLEANLINESS_LAB,
  );
  expect(result.stage).toBe('DISQUALIFIED');
});
