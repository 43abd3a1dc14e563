// Round 80, from holdout124's first run (0.958 stage with rounds 77-79 unseen): visits asked in other words ("gostaria de
// receber a visita de vocês", "que alguém de vocês viesse ver", "¿pueden pasar por la oficina?", "would love for someone to
// come take a look"); "dessa semana" is this week; the day after "uma ligação com o comercial de vocês" is the call's;
// urgency that is another matter's ("eso ya lo vemos con otro proveedor", "(different topic, sorry)").
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const CATCHING: CompanyProfile = {
  companyName: 'Apanha Sul',
  shortDescription: 'Equipes terceirizadas de apanha e carregamento de frangos para integradoras e cooperativas.',
  mainServices: ['Apanha e carregamento de frangos com equipes treinadas em bem-estar animal', 'Gestão de escalas noturnas de apanha', 'Auditoria de lesões no carregamento'],
  targetAudience: 'Integradoras avícolas, cooperativas e frigoríficos de aves no Sul do Brasil com 50 funcionários ou mais.',
  targetIndustries: ['Avicultura', 'Integradora avícola', 'Cooperativa agroindustrial', 'Frigorífico de aves'],
  targetCountries: ['Brazil'],
  buyerAreas: ['produção', 'fomento', 'operações'],
};

const lead = (description: string, extra: Record<string, unknown> = {}) => ({
  fullName: 'Rafael Golin',
  email: 'rafael@avesdooeste.com.br',
  jobPosition: 'Gerente de Produção',
  companyName: 'Aves do Oeste',
  industry: 'Integradora avícola',
  location: 'Chapecó, Brasil',
  companySize: 300,
  description,
  ...extra,
});

it.each([
  ['receber a visita', 'Estamos montando a nova unidade de frango e gostaria de receber a visita de vocês para conversarmos sobre o carregamento.'],
  ['viesse ver', 'Os frangos chegam no frigorífico com hematomas. Queria que alguém de vocês viesse ver o carregamento numa noite dessas.'],
])('pt: a visit asked with "%s" is HIGH: SQL', (_label, description) => {
  const result = classifyWithRules(lead(description), CATCHING);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('pt: "lote pra sair quinta dessa semana" is this week: CRITICAL, P1', () => {
  const result = classifyWithRules(lead('Preciso de uma turma pra pegar os frangos de madrugada, a minha foi pra colheita. Tenho lote pra sair quinta dessa semana.', { jobPosition: 'Dono' }), CATCHING);
  expect(result.urgency.level).toBe('CRITICAL');
  expect(result.priority).toBe('P1');
});

it('pt: the day after "uma ligação com o comercial de vocês" is the call\'s: HIGH, P2', () => {
  const result = classifyWithRules(lead('Quero marcar uma ligação com o comercial de vocês na segunda para fechar os detalhes da apanha.'), CATCHING);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

const QUEUES: CompanyProfile = {
  companyName: 'Fila Cero',
  shortDescription: 'Sistemas de turnos, citas y filas para sucursales de bancos, cooperativas y aseguradoras.',
  mainServices: ['Sistema de turnos y tickets para sucursales', 'Agenda de citas previas para clientes', 'Pantallas y métricas de espera por sucursal'],
  targetAudience: 'Bancos, cooperativas de ahorro, aseguradoras y corredores de seguros en República Dominicana con 50 empleados o más.',
  targetIndustries: ['Banca', 'Cooperativas de ahorro', 'Aseguradoras', 'Corredores de seguros'],
  targetCountries: ['Dominican Republic'],
};

it('es: "¿Pueden pasar por la oficina la semana próxima?" asks a visit: HIGH, SQL', () => {
  const result = classifyWithRules(
    {
      fullName: 'Luis Tavárez', email: 'ltavarez@corredorestavarez.com.do', jobPosition: 'Presidente', companyName: 'Tavárez Corredores', industry: 'Corredores de seguros', location: 'Santo Domingo', companySize: 80,
      description: 'Queremos organizar la llegada de los clientes con cita previa en el nuevo centro. ¿Pueden pasar por la oficina la semana próxima?',
    },
    QUEUES,
  );
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('es: "tenemos urgencia con X, eso ya lo vemos con otro proveedor" is another matter; comparing is MEDIUM: MQL', () => {
  const result = classifyWithRules(
    {
      fullName: 'Mariela Gutiérrez', email: 'mgutierrez@bancoccidental.com.do', jobPosition: 'Gerente de Operaciones', companyName: 'Banco Occidental', industry: 'Banca', location: 'Santiago, República Dominicana', companySize: 400,
      description: 'Tenemos urgencia con el aire acondicionado de la sucursal, eso ya lo vemos con otro proveedor. Sobre los turnos, estamos comparando opciones con calma.',
    },
    QUEUES,
  );
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

const EVENT_AV: CompanyProfile = {
  companyName: 'Keystone Event AV',
  shortDescription: 'In-house audiovisual teams and event production for convention centers, hotels and venues.',
  mainServices: ['In-house AV team management for venues', 'Sound, projection and lighting for meetings and events', 'Hybrid event streaming'],
  targetAudience: 'Convention centers, hotels with meeting space and event venues in the United States with 30 employees or more.',
  targetIndustries: ['Conference centers', 'Hospitality', 'Event venues'],
  targetCountries: ['United States'],
  buyerAreas: ['events', 'operations'],
};

const venue = (description: string) => ({
  fullName: 'Ben Whitaker', email: 'bwhitaker@harborsideinn.com', jobPosition: 'Events Manager', companyName: 'Harborside Inn', industry: 'Hospitality', location: 'Gloucester, MA, United States', companySize: 90, description,
});

it('en: "Would love for someone to come take a look" asks a visit: HIGH, SQL', () => {
  const result = classifyWithRules(venue("Our main function room looks like a cave: people at the back can't hear the speaker. Would love for someone to come take a look."), EVENT_AV);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('en: urgency marked "(different topic, sorry)" is another matter; reviewing options is MEDIUM: MQL', () => {
  const result = classifyWithRules(venue('Urgently need a roofer for the ballroom leak (different topic, sorry). On the AV side, we are reviewing options before our contract ends.'), EVENT_AV);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});
