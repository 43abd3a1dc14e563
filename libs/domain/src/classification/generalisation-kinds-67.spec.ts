// Round 67, from holdout102's and holdout103's first runs (0.911 and 0.940 stage, lists unseen): words that look like
// urgency and are not ("no de Word como hoy" is "as today"; an app that "funciona sin internet" for customers "donde no
// hay señal" describes them, it is no outage; "cómo calculan el precio" asks how, not how much); another matter's hurry
// with ours put off ("después quiero ver lo del CRM", "lo vemos en unos meses, cuando se calme", "para ver mais para a
// frente"); next fiscal year's budget is next year ("orçamento do próximo exercício"); a dated plan is no "later" ("para
// después de la zafra"); more ways of weighing options ("viendo la posibilidad", "estamos viendo qué hacer", "vendo
// algumas opções"); a buyer's own price question ("¿nos pueden dar precio por kilo?") keeps the word model from reading
// a private person; a wholesaler buyer ("vendemos no atacado") is no vendor; steel construction is metalworking.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const CRM: CompanyProfile = {
  companyName: 'Embudo Comercial',
  shortDescription: 'Implementación de CRM, app de pedidos para vendedores de campo, integración CRM-ERP y tableros de ventas para fabricantes y distribuidores en México.',
  mainServices: ['Implementación de CRM y migración de la cartera de clientes', 'App de pedidos para vendedores de campo', 'Integración del CRM con el ERP (SAP B1, CONTPAQi)', 'Tableros de ventas'],
  targetAudience: 'Fabricantes y distribuidores en México con 20 empleados o más.',
  targetIndustries: ['Manufactura', 'Distribución', 'Alimentos y bebidas', 'Materiales de construcción', 'Muebles'],
  targetCountries: ['Mexico'],
  buyerAreas: ['ventas', 'comercial'],
};
const crm = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Adriana Cuevas', email: 'acuevas@mueblesocotlan.com.mx', jobPosition: 'Gerente de Ventas', companyName: 'Muebles Finos de Ocotlán', industry: 'Muebles', location: 'Ocotlán, México', companySize: 140, description, ...fields }, CRM);

it('es-MX: "no de Word como hoy" is "as today", not a deadline: a quote asked is HIGH, P2', () => {
  const result = crm('Solicito cotización para implementar un CRM para 12 vendedores. Queremos que las cotizaciones salgan del sistema y no de Word como hoy.');
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

it('es-MX: an app that "funciona sin internet" for clients "donde no hay señal" is a question, not an outage: LOW', () => {
  const result = crm('¿La app de pedidos funciona sin internet? Muchos de nuestros clientes están en ranchos donde no hay señal.');
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('es-MX: "lo urgente es la auditoría… Después quiero ver lo del CRM" puts ours off: LOW', () => {
  const result = crm('Ahorita lo urgente es la auditoría del SAT del día 15, estamos con todo eso. Después quiero ver lo del CRM, no antes.');
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

const PUMPS: CompanyProfile = {
  companyName: 'Bombatec Paraguay',
  shortDescription: 'Mantenimiento preventivo y correctivo de bombas, reparación en taller, guardia 24 h para pozos y contratos de equipos de presión y bombas contra incendio.',
  mainServices: ['Mantenimiento preventivo de bombas con análisis de vibraciones', 'Reparación de bombas en taller', 'Guardia 24 h para bombas de pozo', 'Contratos de equipos de presión de edificios y bombas contra incendio'],
  targetAudience: 'Frigoríficos, plantas de alimentos y bebidas, aceiteras, ingenios, aguateras, hospitales y edificios de oficinas en Paraguay con 30 empleados o más.',
  targetIndustries: ['Alimentos y bebidas', 'Frigoríficos', 'Edificios corporativos', 'Hospitales'],
  targetCountries: ['Paraguay'],
  buyerAreas: ['mantenimiento', 'producción', 'servicios generales'],
};
const pumps = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Alcides Maidana', email: 'amaidana@fideeria.com.py', jobPosition: 'Jefe de Mantenimiento', companyName: 'Fideería La Asunceña', industry: 'Alimentos y bebidas', location: 'Mariano Roque Alonso, Paraguay', companySize: 180, description, ...fields }, PUMPS);

it('es: "lo de las bombas lo vemos en unos meses, cuando se calme" after another matter\'s hurry is LOW', () => {
  expect(pumps('Con suma urgencia estamos terminando el traslado de la caldera a la nave nueva. Lo de las bombas lo vemos en unos meses, cuando se calme.').urgency.level).toBe('LOW');
});

it('es: "estamos viendo la posibilidad de…" and "estamos viendo qué hacer" weigh options: MEDIUM', () => {
  expect(pumps('Estamos viendo la posibilidad de hacer un análisis de vibraciones a las bombas, varias trabajan con ruido.').urgency.level).toBe('MEDIUM');
  expect(pumps('En los pisos altos no llega el agua con presión en horas pico y el motorcito prende y apaga. Estamos viendo qué hacer.', { jobPosition: 'Gerente de Servicios Generales', industry: 'Edificios corporativos' }).urgency.level).toBe('MEDIUM');
});

const PHARMACY_BENEFIT: CompanyProfile = {
  companyName: 'Botica Sul Benefícios',
  shortDescription: 'Convênio farmácia com desconto em folha, subsídio de medicamentos, acompanhamento de crônicos e gestão do benefício para o RH.',
  mainServices: ['Convênio farmácia com desconto em folha', 'Subsídio de medicamentos pago pela empresa', 'Acompanhamento farmacêutico de pacientes crônicos'],
  targetAudience: 'Indústrias, cooperativas, varejo, transportadoras e hospitais no Sul do Brasil com 50 funcionários ou mais.',
  targetIndustries: ['Indústria', 'Alimentos', 'Metalurgia', 'Cooperativas', 'Varejo'],
  targetCountries: ['Brazil'],
  buyerAreas: ['RH', 'benefícios'],
};

it('pt: "só pra montar o orçamento do próximo exercício, não vamos contratar nada este ano" is next year: LOW', () => {
  const result = classifyWithRules({
    fullName: 'Rogério Fiorentin', email: 'rogerio@pampadoce.com.br', jobPosition: 'Diretor Administrativo', companyName: 'Pampa Doce', industry: 'Alimentos', location: 'Santa Cruz do Sul, Brasil', companySize: 190,
    description: 'Temos no planejamento do ano que vem incluir um convênio farmácia. Por enquanto é só pra montar o orçamento do próximo exercício, não vamos contratar nada este ano.',
  }, PHARMACY_BENEFIT);
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

const PLANT_SANITATION: CompanyProfile = {
  companyName: 'Sanitización Uruguay',
  shortDescription: 'Sanitización nocturna tercerizada de frigoríficos y plantas de alimentos, limpieza profunda de equipos y control de Listeria en Uruguay.',
  mainServices: ['Sanitización nocturna tercerizada de salas de faena, desosado y envasado', 'Limpieza profunda de equipos y cámaras', 'Programas de control de Listeria'],
  targetAudience: 'Frigoríficos, industria láctea y plantas de aves en Uruguay con 50 trabajadores o más.',
  targetIndustries: ['Frigoríficos', 'Industria cárnica', 'Industria láctea'],
  targetCountries: ['Uruguay'],
};

it('es: "para después de la zafra" dates the plan, it is no "later": evaluating is MEDIUM', () => {
  const result = classifyWithRules({
    fullName: 'Gonzalo Rivero', email: 'grivero@carnespuntagorda.com.uy', jobPosition: 'Gerente de Operaciones', companyName: 'Carnes Punta Gorda', industry: 'Industria cárnica', location: 'Montevideo, Uruguay', companySize: 95,
    description: 'No es urgente. Estamos evaluando opciones para la limpieza nocturna de la planta para después de la zafra; queremos comparar con lo que hacemos hoy con gente propia.',
  }, PLANT_SANITATION);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

const RECYCLING: CompanyProfile = {
  companyName: 'Rio Bravo Industrial Recycling',
  shortDescription: 'Industrial recycling for plants in northern Mexico: plastic and metal scrap buying, certified destruction of rejected parts, cross-border transport and IMMEX scrap-export paperwork.',
  mainServices: ['Plastic scrap and purge buying (nylon, ABS, PP)', 'Metal and copper scrap recovery', 'Certified destruction of rejected parts', 'IMMEX scrap-export paperwork'],
  targetAudience: 'Plants and maquiladoras in northern Mexico with 100 employees or more.',
  targetIndustries: ['Maquiladoras', 'Plastic injection', 'Metal stamping', 'Automotive'],
  targetCountries: ['Mexico'],
};

it('es-MX: "¿nos pueden dar precio por kilo de purga?" asks a price: a buyer, not a private person', () => {
  const result = classifyWithRules({
    fullName: 'Brenda Loya', email: 'compras@plastecchihuahua.com.mx', companyName: 'Plásticos Técnicos de Chihuahua', industry: 'Inyección de plástico', location: 'Chihuahua, México', companySize: 350,
    description: '¿Nos pueden dar precio por kilo de purga de nylon y ABS? Y si ustedes ponen los gaylords o los ponemos nosotros.',
  }, RECYCLING);
  expect(result.intent.kind).toBe('BUYER');
  expect(result.stage).toBe('MQL');
});

const GARMENT_SAAS: CompanyProfile = {
  companyName: 'Confecção Digital',
  shortDescription: 'Software para confecções: ficha técnica, PCP, controle de facções e apontamento de produção por tablet, com integração ao e-commerce.',
  mainServices: ['Ficha técnica e PCP para confecção', 'Controle de facções e oficinas terceirizadas', 'Apontamento de produção em tempo real por tablet', 'Integração com loja virtual e ERP'],
  targetAudience: 'Confecções no Brasil com 50 funcionários ou mais.',
  targetIndustries: ['Confecção', 'Vestuário', 'Jeanswear', 'Moda'],
  targetCountries: ['Brazil'],
  buyerAreas: ['produção', 'operações', 'PCP'],
};

it('pt: a jeans maker that "vende no atacado" is a buyer, not a vendor; "estamos vendo algumas opções" weighs options', () => {
  const wholesaler = classifyWithRules({
    fullName: 'Paulo Scarpelli', email: 'paulo@scarpellijeans.com.br', jobPosition: 'Gerente de Operações', companyName: 'Scarpelli Jeans', industry: 'Jeanswear', location: 'Cerquilho, Brasil', companySize: 170,
    description: 'Vocês integram com loja virtual? Vendemos no atacado e no e-commerce e queria entender melhor a plataforma.',
  }, GARMENT_SAAS);
  expect(wholesaler.intent.kind).toBe('BUYER');
  const options = classifyWithRules({
    fullName: 'Nelson Brandão', email: 'nelson@camisariaimperial.com.br', jobPosition: 'Gerente de Produção', companyName: 'Camisaria Imperial', industry: 'Vestuário masculino', location: 'Limeira, Brasil', companySize: 230,
    description: 'Minhas costureiras anotam a produção num papelzinho. Quero saber na hora quantas peças saíram de cada máquina. Estamos vendo algumas opções.',
  }, GARMENT_SAAS);
  expect(options.urgency.level).toBe('MEDIUM');
  expect(options.stage).toBe('MQL');
});

it('pt-PT: a steel-construction target ("Construção metálica") does not take a civil builder', () => {
  const welding: CompanyProfile = {
    companyName: 'CertSolda', shortDescription: 'Certificação EN 1090 e ISO 3834 para metalomecânica.', mainServices: ['Certificação EN 1090 (marcação CE de estruturas)', 'ISO 3834 e qualificação de soldadores'],
    targetAudience: 'Metalomecânicas em Portugal com 20 trabalhadores ou mais.', targetIndustries: ['Metalomecânica', 'Construção metálica', 'Serralharia industrial'], targetCountries: ['Portugal'],
  };
  const result = classifyWithRules({ fullName: 'Filipe Neves', email: 'filipe@construtorasado.pt', jobPosition: 'Diretor de Obra', companyName: 'Construtora do Sado', industry: 'Construção civil', location: 'Setúbal, Portugal', companySize: 230, description: 'Queremos saber mais sobre a EN 1090.' }, welding);
  expect(result.fit.reasons.find((r) => r.includes('industry'))).toMatch(/^- not a target industry/);
});
