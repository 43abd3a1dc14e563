// Round 47, from the misses left over all labelled sets (seen sets: evaluations read as no timeline): "no budget yet"
// says nothing of when, so it no longer outweighs an evaluation ("estamos evaluando…; todavía no hay presupuesto
// definido" is MEDIUM), while "just to get an idea" is information only; "quiero que alguien me llame", "qnt custa?"
// ask; "collecting quotations" compares (MEDIUM); "can someone come look" asks for a visit.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const ELECTRICAL: CompanyProfile = {
  companyName: 'Tableros Andinos',
  shortDescription: 'Modernización de tableros eléctricos y subestaciones para centros comerciales e industrias.',
  mainServices: ['Modernización y sustitución de tableros eléctricos de baja tensión', 'Mantenimiento de subestaciones', 'Termografía y estudios de carga'],
  targetAudience: 'Centros comerciales, hospitales e industrias con 50 empleados o más.',
  targetIndustries: ['Retail', 'Healthcare', 'Manufacturing', 'Real estate'],
  targetCountries: ['Colombia', 'Peru', 'Brazil', 'United States'],
  buyerAreas: ['mantenimiento', 'operaciones'],
};
const mallLead = (description: string, fields: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Julián Prieto', email: 'jprieto@plazamayor.com.co', jobPosition: 'Gerente de Operaciones', companyName: 'Plaza Mayor Centro Comercial', industry: 'Centros comerciales',
  location: 'Medellín, Colombia', companySize: 180, description, ...fields,
});
const read = (description: string, fields: Partial<LeadInput> = {}) => classifyWithRules(mallLead(description, fields), ELECTRICAL);

it.each([
  ['es', 'Los tableros eléctricos del centro comercial ya tienen muchos años. Estamos evaluando si cambiarlos por etapas o de una vez; todavía no hay presupuesto definido.'],
  ['pt', 'Estamos avaliando a modernização dos quadros elétricos do shopping. Nada definido ainda, a ideia é fazer este ano.'],
])('%s: an evaluation without a budget yet is still an evaluation (MEDIUM, MQL): "%s"', (_lang, description) => {
  const result = read(description, _lang === 'pt' ? { location: 'Curitiba, Brasil', email: 'jprieto@shoppingsul.com.br' } : {});
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es: "es más que nada para tener una idea; no tenemos presupuesto" is information only (LOW)', () => {
  const result = read('Quisiera información referencial de cuánto se podría ahorrar modernizando los tableros, es más que nada para tener una idea; este año no tenemos presupuesto para eso.');
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it.each([
  ['es', 'Los tableros de la zona de comidas se calientan mucho. Quiero que alguien me llame para explicarme cómo sería un estudio de carga.'],
  ['pt', 'vcs fazem termografia de quadro eletrico? qnt custa'],
])('%s: a call or a price asked in shorthand is an ask: "%s"', (_lang, description) => {
  expect(['HIGH', 'MEDIUM']).toContain(read(description, _lang === 'pt' ? { location: 'Curitiba, Brasil', email: 'jprieto@shoppingsul.com.br', jobPosition: 'Analista de Manutenção' } : {}).urgency.level);
  expect(read(description).urgency.level).not.toBe('LOW');
});

it('en: "I have been asked to collect quotations" compares offers (MEDIUM), it does not order', () => {
  const result = read('Our last internal audit flagged two distribution boards as non-compliant. I have been asked to collect quotations to replace them. Could you send one?', {
    fullName: 'Karen Mills', email: 'kmills@riverbendhospital.org', jobPosition: 'Maintenance Supervisor', companyName: 'Riverbend Hospital', industry: 'Healthcare', location: 'Tulsa, OK, USA',
  });
  expect(result.urgency.level).toBe('MEDIUM');
});

it('en: "can someone come look" asks for a visit', () => {
  const result = read('the breakers in the food court keep tripping every evening and the panel is warm to the touch. who handles that? can someone come look', {
    fullName: 'Karen Mills', email: 'kmills@riverbendmall.com', jobPosition: 'Operations Manager', companyName: 'Riverbend Mall', industry: 'Retail', location: 'Tulsa, OK, USA',
  });
  expect(result.urgency.level).not.toBe('LOW');
});
