// Round 28: readings from holdout44 to 47's misses (issue 14), in other words than the sets': a maker that introduces
// itself and then asks for what the seller sells is a buyer; an incident told with how often it happens is a standing
// problem, not one now; "today to fix it" and a Portuguese weekday written "sexta-feira" are deadlines; "the rest can
// wait" puts off only the rest; a buyer area matches a title in the singular or in the other language; an HR "People
// Partner" is no partner of the firm.
import { contactFromJobTitle } from '../enrichment/contact-profile';
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const PUMPS: CompanyProfile = {
  companyName: 'Bombas Andinas',
  shortDescription: 'Mantenimiento y reparación de bombas industriales en Perú y Bolivia.',
  mainServices: ['Reparación de bombas centrífugas y de tornillo: rebobinado, sellos mecánicos y balanceo', 'Contratos de mantenimiento preventivo de bombas', 'Alquiler de bombas de respaldo'],
  targetAudience: 'Mineras, plantas de alimentos y sanitarias con 50 empleados o más.',
  targetIndustries: ['Mining', 'Food processing', 'Utilities', 'Manufacturing'],
  targetCountries: ['Peru', 'Bolivia', 'Brazil'],
  buyerAreas: ['plantas de bombeo', 'expansão'],
};
const lead = (description: string, at: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Rocío Quispe',
  email: 'rquispe@lacteosdelsur.com.pe',
  jobPosition: 'Jefa de Compras',
  companyName: 'Lácteos del Sur',
  industry: 'Food processing',
  location: 'Arequipa, Perú',
  companySize: 380,
  description,
  ...at,
});
const classify = (description: string, at: Partial<LeadInput> = {}) => classifyWithRules(lead(description, at), PUMPS);

describe('a maker that introduces itself, then asks for what the seller sells', () => {
  it.each([
    ['es', 'Somos una fábrica de fideos con dos líneas de envasado. Queremos saber el precio de un contrato de mantenimiento preventivo de bombas.'],
    ['pt', 'Somos uma fábrica de laticínios em Minas. Podem nos passar uma proposta de manutenção preventiva das bombas?'],
    ['en', 'We manufacture canned seafood in Callao. Could you send a quote for repairing two centrifugal pumps?'],
  ])('%s: a buyer', (_lang, description) => {
    const result = classify(description);
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });

  it('a firm in the seller\'s own trade that introduces itself and asks prices is no buyer (es)', () => {
    const result = classify('Somos proveedores de reparación de bombas en Cusco. ¿Qué precio manejan ustedes por rebobinado? Es para comparar.');
    expect(result.stage).toBe('DISQUALIFIED');
  });
});

describe('an incident told with how often it happens', () => {
  it.each([
    ['es', 'Se nos quema el sello de la bomba de la línea 2 cada mes; por ahora solo queremos conocer opciones.'],
    ['en', 'The booster pump trips about twice a week. Just gathering information for now.'],
    ['pt', 'A bomba de recalque para toda semana; por enquanto só queremos conhecer o serviço.'],
  ])('%s: a standing problem, not an incident now', (_lang, description) => {
    expect(classify(description).urgency.level).not.toBe('CRITICAL');
  });

  it('the same breakdown this morning is an incident now (es)', () => {
    expect(classify('Se nos quemó el sello de la bomba de la línea 2 esta mañana y la línea está parada.').urgency.level).toBe('CRITICAL');
  });
});

describe('deadlines in other forms', () => {
  it('"today to fix it" is a deadline (en)', () => {
    expect(classify('Our main feed pump failed. We need a technician on site today to replace the seals.').urgency.level).toBe('CRITICAL');
  });

  it.each([['Precisamos da bomba reserva instalada até sexta-feira.'], ['A bomba precisa estar pronta na quinta-feira, sem falta.']])('pt: %s', (description) => {
    expect(classify(description).urgency.level).toBe('CRITICAL');
  });
});

describe('"the rest can wait" puts off only the rest', () => {
  it.each([
    ['es', 'Necesitamos revisar las 4 bombas de la planta de Juliaca esta semana; las demás pueden esperar al próximo año.'],
    ['en', 'We need the two pumps at the Juliaca plant serviced this week; the rest can wait.'],
    ['pt', 'Precisamos revisar as bombas da planta de Juliaca nesta semana; as demais podem esperar.'],
  ])('%s: still CRITICAL', (_lang, description) => {
    expect(classify(description).urgency.level).toBe('CRITICAL');
  });

  it('"it can wait" about the whole need still puts it off (es)', () => {
    expect(classify('Tenemos una auditoría esta semana, así que lo de las bombas puede esperar.').urgency.level).toBe('LOW');
  });
});

describe('buyer areas and job titles', () => {
  it.each([
    ['es', 'Jefe de Planta de Bombeo'],
    ['es', 'Jefe de Proyectos de Expansión'],
  ])('%s: "%s" is a manager in a buyer area, a decision maker', (_lang, jobPosition) => {
    expect(classify('Necesitamos cotizar la reparación de dos bombas.', { jobPosition }).contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
  });

  it.each([['People Partner'], ['HR Business Partner'], ['Talent Partner']])('"%s" is an HR role, not a partner of the firm', (title) => {
    expect(contactFromJobTitle(title).seniorityLevel).not.toBe('C_LEVEL');
  });

  it.each([['Managing Partner'], ['Partner'], ['Senior Partner']])('"%s" is still a partner of the firm', (title) => {
    expect(contactFromJobTitle(title).seniorityLevel).toBe('C_LEVEL');
  });
});
