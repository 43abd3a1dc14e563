// The kinds holdout10 showed (issue 14), per category and language: words that only look like a non-buyer inside a
// buyer's text ("cadê meu pedido" quoted from its customers, "which times work for you", "ofrecerles un cupo" to its
// own customers), chronic pains and product features that only look like incidents ("perdemos vendas", "pedido
// offline"), "de pronto" as "maybe", and partners, competitors and private persons in new words.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const ORDERING: CompanyProfile = {
  companyName: 'PedidoFácil',
  shortDescription: 'Plataforma de pedidos B2B para distribuidores de alimentos e bebidas: app de vendas, catálogo e pedido pelo WhatsApp.',
  mainServices: ['App de força de vendas com pedido offline', 'Catálogo e pedido online para clientes do distribuidor', 'Pedido pelo WhatsApp integrado ao ERP'],
  targetAudience: 'Distribuidores de 50 a 3.000 funcionários.',
  targetIndustries: ['Food distribution', 'Beverages', 'Wholesale'],
  targetCountries: ['Brazil', 'Colombia'],
  buyerAreas: ['vendas', 'ventas', 'comercial'],
};
const lead = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Paula Mendes',
  email: 'paula@distribebidas.com.br',
  jobPosition: 'Gerente de Vendas',
  companyName: 'DistriBebidas',
  industry: 'Distribuição de bebidas',
  location: 'Goiânia, Brasil',
  companySize: 260,
  description,
  ...extra,
});
const classify = (l: LeadInput) => classifyWithRules(l, ORDERING);

describe("a buyer's words that only look like something else", () => {
  it.each([
    ['pt', 'Meu time passa o dia respondendo "cadê meu pedido" para os clientes. Podem mandar um orçamento do catálogo online?'],
    ['en', 'My commercial director wants to see your WhatsApp ordering, so I am booking a demo next week. Which times work for you?'],
    ['es', 'Es para ofrecerles a nuestros clientes de tienda un catálogo para pedir en línea. ¿Me pueden cotizar?'],
  ])('%s: still a buyer', (_lang, description) => {
    const result = classify(lead(description));
    expect(result.intent.kind).toBe('BUYER');
    expect(result.stage).not.toBe('DISQUALIFIED');
  });

  it.each([
    ['pt', 'Perdemos muitas vendas porque o cliente não acha o vendedor. Quero testar o app com a equipe nas próximas semanas. Qual o valor?'],
    ['en', 'Our reps still write orders on paper; we want an app with offline ordering. Could you send a proposal this month?'],
  ])('%s: a chronic pain or a product feature is no incident (HIGH, not CRITICAL)', (_lang, description) => {
    expect(classify(lead(description)).urgency.level).toBe('HIGH');
  });

  it('es: "de pronto más adelante" is a maybe, with nothing defined: LOW', () => {
    expect(classify(lead('Hoy en día lo hacemos con personal propio y nos va bien. De pronto más adelante miramos algo, pero no hay nada definido.')).urgency.level).toBe('LOW');
  });
});

describe('not a buyer, in new words', () => {
  it.each([
    ['pt', 'Somos canal de ERP e implantamos em dezenas de distribuidores. Queremos ser revenda de vocês. Qual o modelo de comissão?', 'PARTNER_OR_RESELLER'],
    ['es', 'Tenemos equipos parados y les proponemos subarrendarles o armar un consorcio para licitar juntos.', 'PARTNER_OR_RESELLER'],
    ['pt', 'Somos uma plataforma de pedidos avaliando abrir operação na Colômbia. Qual o tamanho da operação de vocês e os principais clientes?', 'COMPETITOR'],
    ['es', 'Nosotros les reclutamos y les entregamos vendedores listos en 5 días. ¿Les puedo mandar nuestra propuesta?', 'VENDOR_PITCH'],
  ])('%s: DISQUALIFIED (%s)', (_lang, description, kind) => {
    const result = classify(lead(description, { jobPosition: 'Diretor Comercial', companySize: 30, industry: 'Software' }));
    expect([result.stage, result.intent.kind]).toEqual(['DISQUALIFIED', kind]);
  });

  it.each([
    ['es', 'Hola, quería alquilar la app para un matrimonio en una casa de campo el sábado, ¿cuánto cobran?'],
    ['pt', 'Oi, posso comprar pelo site de vocês pra casa, tipo cesta básica do mês?'],
  ])('%s: someone with no company buying for a party or a home: PERSONAL', (_lang, description) => {
    const result = classify(lead(description, { companyName: undefined, jobPosition: undefined, companySize: undefined, industry: undefined, email: 'paula1990@gmail.com' }));
    expect([result.stage, result.intent.kind]).toEqual(['DISQUALIFIED', 'PERSONAL']);
  });
});
