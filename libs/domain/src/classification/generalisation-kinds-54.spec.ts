// Round 54, from holdout79's and holdout80's first runs (0.952 and 0.905 stage, lists unseen): "urgent care" is a kind
// of clinic, not urgency; a customer that put "all our shipments on hold" is pressing, not putting the need off; a writer
// busy with another urgent matter ("salgo urgente mañana… estaré sin señal", "estou resolvendo com urgência… à parte
// disso") leaves what they evaluate a plan; "benchmarking providers" evaluates; "me manda o valor" asks a price; vendors'
// "running a promotion", "posso apresentar um orçamento".
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const COURIER: CompanyProfile = {
  companyName: 'Sunshine Med Courier',
  shortDescription: 'STAT and scheduled medical courier routes for hospitals, labs and clinic groups in Florida.',
  mainServices: ['STAT specimen runs between clinics and labs', 'Scheduled daily specimen routes', 'Temperature-controlled pharmacy deliveries'],
  targetAudience: 'Hospitals, reference labs, clinic groups and pharmacies in Florida with 25 employees or more.',
  targetIndustries: ['Healthcare', 'Laboratories', 'Pharmacies'],
  targetCountries: ['United States'],
  buyerAreas: ['operations', 'laboratory'],
};
const clinic = (description: string, fields: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Dana Holt', email: 'dholt@baysideclinics.com', jobPosition: 'COO', companyName: 'Bayside Clinics', industry: 'Healthcare',
  location: 'Tampa, FL', companySize: 420, description, ...fields,
});
const read = (description: string, fields: Partial<LeadInput> = {}) => classifyWithRules(clinic(description, fields), COURIER);

it('en: "our 14 urgent care locations" names clinics; evaluating this quarter is MEDIUM', () => {
  const result = read("We're evaluating medical courier vendors this quarter for our 14 urgent care locations. How do you price scheduled pickups versus STAT?");
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('en: "benchmarking providers ahead of next fiscal quarter" evaluates (MEDIUM)', () => {
  expect(read("We're benchmarking providers for our specimen routes ahead of next fiscal quarter. Could you share your scope and a sample route report?").urgency.level).toBe('MEDIUM');
});

const K9: CompanyProfile = {
  companyName: 'Canes de Detección',
  shortDescription: 'Equipos caninos de detección de explosivos y narcóticos para puertos, bodegas y eventos.',
  mainServices: ['Detección canina de narcóticos en contenedores y bodegas', 'Detección de explosivos en eventos y accesos', 'Patrullaje canino de plantas industriales'],
  targetAudience: 'Puertos, empresas logísticas, centros comerciales y petroleras en Colombia y Panamá con 100 empleados o más.',
  targetIndustries: ['Logistics', 'Oil and gas', 'Retail'],
  targetCountries: ['Colombia', 'Panama'],
  buyerAreas: ['seguridad', 'operaciones'],
};
const port = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Ana Luz Restrepo', email: 'arestrepo@terminaldelcaribe.com', jobPosition: 'Jefe de Compras', companyName: 'Terminal del Caribe', industry: 'Logística portuaria', location: 'Cartagena, Colombia', companySize: 650, description, ...fields }, K9);

it('en: a customer that "put all our shipments on hold until" a screening is pressing us (CRITICAL), not a put-off', () => {
  const result = port('Our largest customer has put all our shipments on hold until we can show K9 screening of every container. We need a narcotics detection team at the warehouse ASAP, ideally tomorrow morning.', { jobPosition: 'Head of Security' });
  expect(result.urgency.level).toBe('CRITICAL');
  expect(result.stage).toBe('SQL');
});

it('es: "salgo urgente mañana… estaré sin señal" is the writer\'s trip; the evaluation for next quarter is MEDIUM', () => {
  const result = port('Salgo urgente mañana a visitar una planta y estaré sin señal hasta el jueves, así que respondan por correo. Estamos evaluando patrullaje canino para los tanques, posiblemente para el próximo trimestre.');
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('en: "we\'re running a promotion… free shipping included" is a vendor', () => {
  const result = port("Hi, we manufacture detection training aids. We're running a promotion for K9 units in Colombia with free shipping included. Who could I show a demo to?", {
    fullName: 'Mark Reyes', email: 'mreyes@k9aids.com', jobPosition: 'Sales Manager', companyName: 'K9 Aids Inc', industry: 'Manufacturing', companySize: 40,
  });
  expect(result.intent?.kind).toBe('VENDOR_PITCH');
  expect(result.stage).toBe('DISQUALIFIED');
});

const AUCTIONS: CompanyProfile = {
  companyName: 'Leilões Industriais do Sul',
  shortDescription: 'Leilões online de máquinas, veículos e estoques industriais.',
  mainServices: ['Leilões online de máquinas e veículos industriais', 'Laudos de avaliação de ativos', 'Recuperação de ativos para bancos'],
  targetAudience: 'Indústrias, mineradoras, agronegócio e bancos no Brasil com 50 funcionários ou mais.',
  targetIndustries: ['Manufacturing', 'Agriculture', 'Mining', 'Finance'],
  targetCountries: ['Brazil'],
  buyerAreas: ['patrimônio', 'suprimentos'],
};
const owner = (description: string) =>
  classifyWithRules({ fullName: 'Valdir Sousa', email: 'valdir.sousa@serrariaipe.com.br', jobPosition: 'Proprietário', companyName: 'Serraria Ipê', industry: 'Indústria madeireira', location: 'Lages, SC, Brasil', companySize: 70, description }, AUCTIONS);

it('pt: "me manda o valor da comissão" asks a price (HIGH)', () => {
  const result = owner('quero vender umas maquinas da serraria, 2 serras fita e um caminhao munck. vcs fazem leilao disso? me manda o valor da comissão de vcs');
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('pt: "estou resolvendo com urgência… À parte disso, no próximo trimestre queremos avaliar" is MEDIUM', () => {
  expect(owner('Estou resolvendo com urgência uma paralisação de caminhoneiros que travou nossas entregas hoje. À parte disso, no próximo trimestre queremos avaliar um leilão dos tratores mais antigos.').urgency.level).toBe('MEDIUM');
});
