// Round 73, from holdout110's and holdout111's first runs (0.958 and 0.899 stage with rounds 69-72 unseen): a year gone
// by ("en 2023 se nos dañó…", "em 2022 tivemos…") or a season ("hace dos zafras") dates an incident in the past; "tudo
// certo hoje" is nowadays; "libres de virus" negates the virus; "o preço subiu" asks no price; "prazo vence no dia 20
// deste mês" and "antes de sexta" date the need; a "Housekeeping Manager" runs "ama de llaves"; "favor enviarme fichas y
// precios" asks prices; "¿les paso tarifas?" is a vendor's offer.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const LAUNDRY_CHEMICALS: CompanyProfile = {
  companyName: 'Lavaquim',
  shortDescription: 'Químicos para lavandería con bombas dosificadoras en comodato, visitas técnicas y asesoría de fórmulas.',
  mainServices: ['Químicos para lavandería: detergentes, desmanchadores y suavizantes', 'Bombas dosificadoras en comodato', 'Revisión de fórmulas de lavado'],
  targetAudience: 'Hoteles, hospitales y lavanderías industriales en Honduras, El Salvador y Guatemala con 30 empleados o más.',
  targetIndustries: ['Hotelería', 'Hospitality', 'Hospitales', 'Lavandería industrial'],
  targetCountries: ['Honduras', 'El Salvador', 'Guatemala'],
  buyerAreas: ['ama de llaves', 'lavandería', 'compras'],
};

it('es: "en 2023 se nos dañó un lote…; ya se corrigió" is past: no incident now, NURTURE', () => {
  const result = classifyWithRules({
    fullName: 'Marta Zelaya', email: 'mzelaya@lavanderiasula.hn', jobPosition: 'Gerente de Lavandería', companyName: 'Lavandería Industrial Sula', industry: 'Lavandería industrial', location: 'San Pedro Sula, Honduras', companySize: 95,
    description: 'En 2023 se nos dañó un lote de uniformes por exceso de cloro; ya se corrigió y estamos bien. Solo queremos una segunda opinión sobre las fórmulas, sin compromiso.',
  }, LAUNDRY_CHEMICALS);
  expect(result.urgency.level).not.toBe('CRITICAL');
  expect(result.stage).toBe('NURTURE');
});

it('en: a "Housekeeping Manager" runs the "ama de llaves" buyer area; "not urgent, but send a quote" is HIGH: SQL, P2', () => {
  const result = classifyWithRules({
    fullName: 'Gloria Banegas', email: 'gbanegas@hotelcopanplaza.hn', jobPosition: 'Housekeeping Manager', companyName: 'Hotel Copán Plaza', industry: 'Hospitality', location: 'Copán Ruinas, Honduras', companySize: 65,
    description: 'Not urgent at all, but could you send a quote for detergent, destainer and softener for about 400 kg of linen a day?',
  }, LAUNDRY_CHEMICALS);
  expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  expect(result.stage).toBe('SQL');
  expect(result.priority).toBe('P2');
});

const DEWATERING: CompanyProfile = {
  companyName: 'Hidroseca',
  shortDescription: 'Rebaixamento de lençol freático para escavações de obras: projeto, bombas, ponteiras e operação.',
  mainServices: ['Rebaixamento de lençol freático com ponteiras filtrantes', 'Locação e operação de bombas para controle de água em escavações', 'Monitoramento de recalques e do nível de água'],
  targetAudience: 'Construtoras, incorporadoras e empreiteiras no Rio de Janeiro e Espírito Santo com 50 funcionários ou mais.',
  targetIndustries: ['Construção civil', 'Incorporação', 'Saneamento', 'Fundações'],
  targetCountries: ['Brazil'],
  buyerAreas: ['engenharia', 'obras', 'suprimentos'],
};

it('pt: "em 2022 tivemos um alagamento… tudo certo hoje" is past, and "hoje" is nowadays: MEDIUM, MQL', () => {
  const result = classifyWithRules({
    fullName: 'Ricardo Paiva', email: 'rpaiva@construtoralitoral.com.br', jobPosition: 'Diretor de Engenharia', companyName: 'Construtora Litoral', industry: 'Construção civil', location: 'Niterói, Brasil', companySize: 170,
    description: 'Em 2022 tivemos um alagamento de cava numa obra em Santa Rosa que atrasou dois meses e deu dor de cabeça com vizinho. Resolvido, obra entregue, tudo certo hoje. Para as próximas queremos avaliar ter um fornecedor homologado para controle de água.',
  }, DEWATERING);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('pt: urgency about steel ("o preço subiu") and ours still in design: LOW, NURTURE', () => {
  const result = classifyWithRules({
    fullName: 'Sandra Lopes', email: 'slopes@construtoraguanabara.com.br', jobPosition: 'Gerente de Suprimentos', companyName: 'Construtora Guanabara', industry: 'Construção civil', location: 'Rio de Janeiro, Brasil', companySize: 130,
    description: 'Urgente mesmo pra gente essa semana é fechar o fornecedor de aço, o preço subiu. Sobre controle de água, é para uma obra que ainda está em projeto, só quero conhecer a empresa.',
  }, DEWATERING);
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

const PLANTLETS: CompanyProfile = {
  companyName: 'Biofábrica Valle Alto',
  shortDescription: 'Plantines in vitro libres de enfermedades: caña, banano, piña y minitubérculos de papa.',
  mainServices: ['Plantines in vitro de caña de azúcar libres de enfermedades', 'Minitubérculos de semilla de papa prebásica', 'Limpieza y multiplicación de variedades propias del cliente'],
  targetAudience: 'Ingenios, productores de semilla y empresas agrícolas en Bolivia y el sur del Perú con 40 empleados o más.',
  targetIndustries: ['Ingenio azucarero', 'Caña de azúcar', 'Semilla de papa', 'Agroindustria'],
  targetCountries: ['Bolivia', 'Peru'],
  buyerAreas: ['producción', 'campo', 'semilleros'],
};

it('es: "hace dos zafras tuvimos un brote…; ya estamos limpios. Queremos evaluar…" is past: MEDIUM, MQL', () => {
  const result = classifyWithRules({
    fullName: 'Ernesto Vaca', email: 'evaca@ingeniosanaurelio.com.bo', jobPosition: 'Gerente de Producción', companyName: 'Ingenio San Aurelio', industry: 'Caña de azúcar', location: 'Santa Cruz, Bolivia', companySize: 300,
    description: 'Hace dos zafras tuvimos un brote de escaldadura que nos costó varias hectáreas; se controló. Ahora queremos evaluar usar plantines de laboratorio en los semilleros.',
  }, PLANTLETS);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es: "plantas libres de virus" asks for virus-free plants; no virus outbreak: not CRITICAL', () => {
  const result = classifyWithRules({
    fullName: 'Paula Rojas', email: 'projas@agricolavallegrande.com.bo', jobPosition: 'Gerente de Producción', companyName: 'Agrícola Valle Grande', industry: 'Agroindustria', location: 'Cochabamba, Bolivia', companySize: 120,
    description: 'Estamos buscando proveedor de plantines de caña libres de virus para renovar 200 ha el próximo año.',
  }, PLANTLETS);
  expect(result.urgency.level).not.toBe('CRITICAL');
  expect(result.stage).not.toBe('SQL');
});

it('es: "favor enviarme fichas técnicas de sus variedades y precios" asks prices: HIGH (an engineer: MQL)', () => {
  const result = classifyWithRules({
    fullName: 'Jorge Saavedra', email: 'jsaavedra@ingenioguabira.com.bo', jobPosition: 'Ingeniero Agrónomo', companyName: 'Ingenio Guabirá', industry: 'Ingenio azucarero', location: 'Montero, Bolivia', companySize: 900,
    description: 'Tenemos harto raquitismo en los semilleros, necesitamos material limpio para la próxima plantación. Favor enviarme fichas técnicas de sus variedades y precios.',
  }, PLANTLETS);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('MQL');
});

it('es: "ofrecemos agrofilm… les paso cotización sin compromiso" is a vendor: DISQUALIFIED', () => {
  const result = classifyWithRules({
    fullName: 'Diego Arce', email: 'darce@agroplasticosdelvalle.com.bo', jobPosition: 'Gerente', companyName: 'Agroplásticos del Valle', industry: 'Agroinsumos', location: 'Cochabamba, Bolivia', companySize: 35,
    description: 'Estimados, ofrecemos agrofilm para invernaderos, malla sombra y bandejas con entrega en Cochabamba. Les paso cotización sin compromiso para su vivero.',
  }, PLANTLETS);
  expect(result.stage).toBe('DISQUALIFIED');
});
