// Round 68, from holdout105's first run (0.940 stage, lists unseen): "isso não pode esperar" says it cannot wait, it
// puts nothing off; "¿os podemos llamar?" asks for a call as much as "call us" does; a buyer asking "si venden al por
// mayor" is not a wholesaler selling to the seller.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const HOOF_CARE: CompanyProfile = {
  companyName: 'Casco Forte',
  shortDescription: 'Casqueamento e tratamento de claudicação em rebanhos leiteiros: aparo com tronco móvel, escore de locomoção e pedilúvio.',
  mainServices: ['Casqueamento preventivo com tronco móvel', 'Tratamento de claudicação e lesões de casco', 'Escore de locomoção e programas de pedilúvio'],
  targetAudience: 'Fazendas leiteiras, cooperativas, laticínios e confinamentos no Brasil com 20 funcionários ou mais.',
  targetIndustries: ['Pecuária leiteira', 'Agropecuária', 'Cooperativas', 'Laticínios'],
  targetCountries: ['Brazil'],
  buyerAreas: ['produção', 'pecuária'],
};

it('pt: "isso não pode esperar. Precisamos de vocês na fazenda até sexta" is urgent, not put off: SQL, P1', () => {
  const result = classifyWithRules({
    fullName: 'Johannes van der Berg', email: 'johannes@agrovanderberg.com.br', jobPosition: 'Gerente de Produção', companyName: 'Agro Van Der Berg', industry: 'Pecuária leiteira', location: 'Carambeí, Brasil', companySize: 48,
    description: 'As vacas recém-paridas estão caindo de produção por problema de casco e isso não pode esperar. Precisamos de vocês na fazenda até sexta.',
  }, HOOF_CARE);
  expect(result.urgency.level).toBe('CRITICAL');
  expect(result.stage).toBe('SQL');
  expect(result.priority).toBe('P1');
});

const SPEECH_ANALYTICS: CompanyProfile = {
  companyName: 'Analítica de Voz',
  shortDescription: 'Analítica de voz con IA para centros de contacto: transcripción de todas las llamadas, evaluación automática de calidad y cuadros de mando de la voz del cliente.',
  mainServices: ['Transcripción y análisis del 100 % de las llamadas', 'Evaluación automática de calidad y cumplimiento de guiones', 'Análisis de sentimiento y motivos de queja'],
  targetAudience: 'Aseguradoras, bancos, telecos, utilities, retail y BPO en España y Portugal con 100 empleados o más.',
  targetIndustries: ['Seguros', 'Banca', 'Telecomunicaciones', 'BPO'],
  targetCountries: ['Spain', 'Portugal'],
};

it('es-ES: "¿os podemos llamar?" asks for a call: HIGH, SQL', () => {
  const result = classifyWithRules({
    fullName: 'Rocío Fuentes', email: 'rfuentes@mutualidadcantabra.es', jobPosition: 'Directora de Operaciones', companyName: 'Mutualidad Cántabra de Seguros', industry: 'Seguros', location: 'Torrelavega, España', companySize: 310,
    description: 'Queremos saber de qué se queja la gente en las llamadas y si los agentes cumplen el guion sin escucharlas una a una. ¿Os podemos llamar?',
  }, SPEECH_ANALYTICS);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

const DRYWALL: CompanyProfile = {
  companyName: 'Drywall Andino',
  shortDescription: 'Suministro de placas de yeso y fibrocemento, perfilería metálica y cielos rasos con entrega en obra en Ecuador.',
  mainServices: ['Placas de yeso y fibrocemento', 'Perfilería metálica y accesorios', 'Cielos rasos suspendidos', 'Cálculo de cantidades y entrega en obra'],
  targetAudience: 'Constructoras, promotoras y empresas de acabados en Ecuador con 25 empleados o más.',
  targetIndustries: ['Construcción', 'Acabados de construcción'],
  targetCountries: ['Ecuador'],
};

it('es: a buyer asking "si venden al por mayor" is not read as a wholesaler pitching', () => {
  const result = classifyWithRules({
    fullName: 'Marco Paredes', email: 'mparedes@acabadospichincha.com.ec', jobPosition: 'Gerente de Compras', companyName: 'Acabados Pichincha', industry: 'Acabados de construcción', location: 'Quito, Ecuador', companySize: 60,
    description: 'Quería saber si venden al por mayor placas de yeso y perfilería para nuestras obras, y si dan crédito a 60 días.',
  }, DRYWALL);
  expect(result.intent.kind).not.toBe('VENDOR_PITCH');
});
