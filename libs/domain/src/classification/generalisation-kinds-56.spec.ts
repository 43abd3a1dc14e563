// Round 56, from holdout81's and holdout82's first runs (0.952 and 0.952 stage, lists unseen): a visit wanted
// ("queremos una visita de su equipo") is asked as much as one requested with "¿pueden…?"; "¿nos mandan precios?" asks
// prices; "a gente está estudando" evaluates; "into next year's capital budget" has no timeline this year; "hoje é tudo
// no olhômetro" is "nowadays", not a deadline ("hoje e amanhã" still is); patients "cuando llaman a la oficina" ask
// nothing of the seller; partners' "indicamos os nossos clientes… recebemos 10% de repasse" and a recruiter's "three
// vetted profiles" are not buyers.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const DREDGING: CompanyProfile = {
  companyName: 'Dragados del Pacífico',
  shortDescription: 'Dragado de canales portuarios, descolmatación de embalses y batimetrías en Perú y Ecuador.',
  mainServices: ['Descolmatación de embalses, bocatomas y desarenadores', 'Dragado de canales de acceso portuario', 'Batimetrías y estudios hidrográficos'],
  targetAudience: 'Terminales portuarios, mineras, centrales hidroeléctricas y empresas de agua en Perú y Ecuador con 200 empleados o más.',
  targetIndustries: ['Ports', 'Mining', 'Hydroelectric power', 'Water utilities'],
  targetCountries: ['Peru', 'Ecuador'],
  buyerAreas: ['mantenimiento', 'operaciones'],
};
const plant = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Rosa Quispe', email: 'rquispe@hidroandina.com.pe', jobPosition: 'Gerente de Mantenimiento', companyName: 'Hidroandina S.A.', industry: 'Generación hidroeléctrica', location: 'Cusco, Perú', companySize: 300, description, ...fields }, DREDGING);

it('es: "queremos una visita de su equipo" asks for a visit (HIGH), like "¿pueden venir?"', () => {
  const result = plant('El embalse perdió volumen útil por sedimentos y queremos una visita de su equipo para plantear la descolmatación.');
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('en: "we\'d like a site visit" asks for a visit (HIGH)', () => {
  expect(plant("Our intake keeps silting up after the rains. We'd like a site visit from your team to scope the dredging.").urgency.level).toBe('HIGH');
});

it('es: "¿nos mandan precios?" asks for prices (HIGH)', () => {
  expect(plant('necesitamos batimetría del embalse y descolmatación de la bocatoma, nos mandan precios?').urgency.level).toBe('HIGH');
});

it('es: users "cuando llamen a la oficina" ask the seller nothing; evaluating this year stays MEDIUM', () => {
  const result = plant('Queremos que la central avise a los usuarios cuando llamen a la oficina por el agua turbia y descolmatar el embalse. Estamos viendo cómo resolverlo este año.');
  expect(result.urgency.level).toBe('MEDIUM');
});

const SURVEY: CompanyProfile = {
  companyName: 'Agrimensura Brasil',
  shortDescription: 'Levantamentos topográficos, georreferenciamento e mapeamento com drone e LiDAR no Brasil.',
  mainServices: ['Levantamentos topográficos planialtimétricos e as-built', 'Mapeamento aéreo com drone e LiDAR', 'Georreferenciamento de imóveis rurais'],
  targetAudience: 'Agronegócio, mineração, energia e incorporadoras no Brasil com 50 funcionários ou mais.',
  targetIndustries: ['Agribusiness', 'Mining', 'Energy', 'Real estate development'],
  targetCountries: ['Brazil'],
  buyerAreas: ['operações', 'engenharia'],
};
const quarry = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Lúcia Prado', email: 'lucia@pedreirasul.com.br', jobPosition: 'Gerente de Operações', companyName: 'Pedreira Sul', industry: 'Mineração', location: 'Jacareí, SP, Brasil', companySize: 210, description, ...fields }, SURVEY);

it('pt: "hoje é tudo no olhômetro" is "nowadays": evaluating this year is MEDIUM, not a deadline today', () => {
  const result = quarry('Precisamos medir o volume dos montes de brita com drone e hoje é tudo no olhômetro. Estamos pensando em resolver isso este ano.');
  expect(result.urgency.signals.join(' ')).not.toContain('deadline');
  expect(result.urgency.level).toBe('MEDIUM');
});

it('pt: "hoje e amanhã" is still today (and tomorrow)', () => {
  expect(quarry('Precisamos do levantamento topográfico do pátio com drone hoje e amanhã no máximo.').urgency.level).toBe('CRITICAL');
});

it('pt: "a gente está estudando" evaluates (MEDIUM)', () => {
  expect(quarry('A gente está estudando mapear a cava com drone e LiDAR. Quero levar uma ideia de valores pra diretoria.').urgency.level).toBe('MEDIUM');
});

it('pt: "indicamos os nossos clientes… recebemos 10% de repasse" is a partner, not a buyer', () => {
  const result = quarry('Somos uma consultoria e sempre precisamos de base topográfica. Que tal uma parceria: indicamos os nossos clientes para vocês e recebemos 10% de repasse sobre cada contrato?', {
    companyName: 'Verde Consultoria', industry: 'Consultoria ambiental', companySize: 18, jobPosition: 'Sócia', email: 'simone@verdeconsultoria.com.br',
  });
  expect(result.stage).toBe('DISQUALIFIED');
});

const SEALCOAT: CompanyProfile = {
  companyName: 'Peach State Paving',
  shortDescription: 'Parking-lot sealcoating, crack filling, patching and striping in Georgia and the Carolinas.',
  mainServices: ['Commercial sealcoating', 'Crack filling and asphalt patching', 'Line striping and ADA signage'],
  targetAudience: 'Property managers, HOAs, retail centres, schools and churches in Georgia, the Carolinas and Tennessee with 30 employees or more.',
  targetIndustries: ['Property management', 'Education', 'Retail'],
  targetCountries: ['United States'],
  buyerAreas: ['facilities'],
};
const school = (description: string, fields: Partial<LeadInput> = {}) =>
  classifyWithRules({ fullName: 'Robert Hale', email: 'rhale@cobbchristian.org', jobPosition: 'Director of Facilities', companyName: 'Cobb Christian School', industry: 'Education', location: 'Marietta, GA', companySize: 160, description, ...fields }, SEALCOAT);

it('en: "into next year\'s capital budget" has no timeline this year: LOW, NURTURE', () => {
  const result = school("We'll be putting parking lot sealcoating and restriping into next year's capital budget. Would appreciate some general info for planning.");
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('en: a recruiter offering "three vetted profiles" of sealcoating crews is a vendor', () => {
  const result = school('We recruit and pre-screen paving crew leads for contractors in the Southeast. Could we send you three vetted profiles this week?', {
    fullName: 'Beth Lyons', email: 'blyons@crewbridge.com', jobPosition: 'Partnerships Lead', companyName: 'CrewBridge Recruiting', industry: 'Staffing', companySize: 15,
  });
  expect(result.stage).toBe('DISQUALIFIED');
});
