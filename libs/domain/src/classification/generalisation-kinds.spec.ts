// The kinds holdout2 showed (issue 14), per category and language: urgency about another matter, an incident told
// before "since then", waiting that is not a stop, non-buyers in new wording, greetings, and a small buyer abroad.
// The wording differs from eval/generalisation on purpose: these test the categories, not those leads.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const COLD_CHAIN: CompanyProfile = {
  companyName: 'FrioSeguro',
  shortDescription: 'Monitoreo de temperatura para cadena de frío: sensores inalámbricos, alertas y reportes de auditoría.',
  mainServices: ['Sensores de temperatura inalámbricos', 'Alertas de temperatura en tiempo real', 'Reportes de cadena de frío para auditorías'],
  targetAudience: 'Distribuidores de alimentos y farmacéuticas de 50 a 5,000 empleados.',
  targetIndustries: ['Food', 'Distribution', 'Logistics'],
  targetCountries: ['Mexico', 'Colombia', 'Brazil'],
  buyerAreas: ['calidad', 'quality', 'qualidade', 'logística', 'logistics'],
};

const lead = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Dana Ruiz',
  email: 'dana.ruiz@alimentosdelvalle.com.mx',
  jobPosition: 'Directora de Operaciones',
  companyName: 'Alimentos del Valle',
  industry: 'Alimentos',
  location: 'Guadalajara, Mexico',
  companySize: 400,
  description,
  ...extra,
});

const person: Partial<LeadInput> = { email: 'dana.ruiz77@gmail.com', companyName: undefined, jobPosition: undefined, industry: undefined, companySize: undefined };
const classify = (l: LeadInput) => classifyWithRules(l, COLD_CHAIN);

describe('urgency about another matter, with the seller’s topic put off (policy.md section 3)', () => {
  it.each([
    ['es', 'Tenemos una inspección sanitaria el jueves y todo es para ayer. Lo de los sensores lo retomamos el año que viene.'],
    ['en', 'We are in the middle of a customer audit this week, everything here is urgent. The monitoring project can wait until next year.'],
    ['pt', 'Estamos com uma auditoria do cliente nesta semana e tudo é urgente. Sobre os sensores, só no ano que vem.'],
  ])('%s: LOW, NURTURE, and the put-off words are quoted', (_lang, description) => {
    const result = classify(lead(description));
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
    expect(result.urgency.signals.join(' ')).toMatch(/they put it off: ".+" \(urgency elsewhere is not urgency for us\)/);
  });

  it.each([
    ['es', 'El cliente nos audita la cadena de frío el viernes. Necesitamos sensores de temperatura urgente.'],
    ['en', 'Our customer audits our cold chain on Friday. We need temperature sensors urgently.'],
    ['pt', 'O cliente vai auditar a cadeia de frio na sexta. Precisamos de sensores de temperatura com urgência.'],
  ])('%s: an audit that drives the need, not put off, stays CRITICAL', (_lang, description) => {
    const result = classify(lead(description));
    expect(result.urgency.level).toBe('CRITICAL');
    expect(result.stage).toBe('SQL');
  });
});

describe('an incident told before "since then" is history (policy.md section 3)', () => {
  it.each([
    ['es', 'Hace tiempo se nos cayó el monitoreo y perdimos un lote; desde entonces cambiamos de equipo y todo funciona. Por ahora solo queremos novedades.'],
    ['en', 'Our old loggers failed during a heatwave and we lost a shipment; since then we replaced them. For now just send us your newsletter.'],
    ['pt', 'Os sensores antigos falharam e perdemos uma carga; desde então trocamos tudo. Por enquanto só quero receber novidades.'],
  ])('%s: not CRITICAL, NURTURE', (_lang, description) => {
    const result = classify(lead(description));
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('an incident after "since then" is current', () => {
    expect(classify(lead('Desde entonces cambiamos de proveedor, pero ayer se cayó el monitoreo otra vez y perdimos un lote.')).urgency.level).toBe('CRITICAL');
  });
});

describe('waiting is not a stop (policy.md section 3)', () => {
  it.each([
    ['es', 'El camión se queda parado esperando el reporte de temperatura en cada entrega. ¿Nos mandan una cotización?'],
    ['en', 'The truck sits idle at every dock while we print the temperature log. Could you send a quote?'],
    ['pt', 'O caminhão fica parado esperando o relatório de temperatura em cada entrega. Podem mandar uma cotação?'],
  ])('%s: HIGH (a quote), not CRITICAL', (_lang, description) => {
    const result = classify(lead(description));
    expect(result.urgency.level).toBe('HIGH');
    expect(result.priority).toBe('P2');
  });
});

describe('non-buyers in new wording (policy.md section 6, rule 1)', () => {
  it.each([
    ['es', 'Vi la convocatoria de pasantías de ingeniería y quisiera postular.', 'JOB_SEEKER'],
    ['en', 'I would love to apply for your summer internship in IoT.', 'JOB_SEEKER'],
    ['pt', 'Vi a vaga de estágio em engenharia e gostaria de me candidatar.', 'JOB_SEEKER'],
    ['es', 'Fabricamos cajas térmicas a precios de fábrica; ¿podemos enviarles muestras?', 'VENDOR_PITCH'],
    ['en', 'We make data loggers at factory prices and would like to send you samples.', 'VENDOR_PITCH'],
    ['pt', 'Produzimos sondas de temperatura com preço de fábrica e podemos enviar amostras.', 'VENDOR_PITCH'],
    ['es', 'Alguien usó mi DNI para comprar a mi nombre, ¿qué hago?', 'PERSONAL'],
    ['en', 'Someone used my social security number on an invoice, can you help?', 'PERSONAL'],
    ['pt', 'Comprei uma geladeira e preciso da segunda via da nota.', 'PERSONAL'],
  ])('%s: "%s" is DISQUALIFIED as %s', (_lang, description, intent) => {
    const result = classify(lead(description, intent === 'PERSONAL' ? person : {}));
    expect(result.stage).toBe('DISQUALIFIED');
    expect(result.intent?.kind).toBe(intent);
  });
});

describe('a greeting says nothing (policy.md section 6, rule 2)', () => {
  it.each([
    ['es', 'Hola, ¿cómo estás?'],
    ['en', 'Hi, how is it going?'],
    ['pt', 'Oi, tudo bem?'],
  ])('%s: REVIEW', (_lang, description) => {
    expect(classify(lead(description)).stage).toBe('REVIEW');
  });
});

describe('a small buyer abroad is fit C, not D (policy.md section 2)', () => {
  it.each([
    ['es', 'Necesitamos sensores de temperatura para nuestras cámaras de frío este mes.'],
    ['en', 'We need temperature sensors for our cold rooms this month.'],
    ['pt', 'Precisamos de sensores de temperatura para nossas câmaras frias este mês.'],
  ])('%s: outside the target countries and below the target size: NURTURE', (_lang, description) => {
    const result = classify(lead(description, { location: 'Lima, Peru', companySize: 30 }));
    expect(result.fit.grade).toBe('C');
    expect(result.stage).toBe('NURTURE');
  });

  it('a micro business abroad outside the target industries stays D', () => {
    const result = classify(lead('Necesito sensores de temperatura para la nevera de mi local.', { location: 'Lima, Peru', companySize: 4, industry: 'Peluquería' }));
    expect(result.fit.grade).toBe('D');
    expect(result.stage).toBe('DISQUALIFIED');
  });
});
