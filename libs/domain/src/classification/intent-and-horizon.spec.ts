// Non-buyers, buyer areas and time horizon for a seller the rules were not written for, in es/en/pt
// (issue 14). The wording differs from eval/generalisation on purpose: these test the categories, not those leads.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const FLEET: CompanyProfile = {
  companyName: 'RutaViva',
  shortDescription: 'Software de ruteo de entregas y rastreo de flotas para distribuidores en México y Brasil.',
  mainServices: ['Ruteo y optimización de entregas', 'Rastreo de flotas en tiempo real', 'Comprobante de entrega digital'],
  targetAudience: 'Distribuidores, transportistas y minoristas de 50 a 5,000 empleados con flota propia.',
  targetIndustries: ['Logistics', 'Retail', 'Distribution'],
  targetCountries: ['Mexico', 'Brazil', 'USA'],
  buyerAreas: ['logística', 'logistics', 'transporte', 'operaciones', 'operations'],
};

const buyer = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Alex Ramos',
  email: 'alex.ramos@distribuidoranorte.mx',
  jobPosition: 'Director de Operaciones',
  companyName: 'Distribuidora Norte',
  industry: 'Distribución',
  location: 'Monterrey, Mexico',
  companySize: 300,
  description,
  ...extra,
});

const stageOf = (lead: LeadInput, profile: CompanyProfile = FLEET) => classifyWithRules(lead, profile).stage;

describe('partners and resellers are not buyers (policy.md section 6, rule 1)', () => {
  it.each([
    ['es', 'Somos integradores y queremos revender sus productos con nuestra cartera; ¿cómo es su programa de canal?'],
    ['en', 'We run a systems integrator and would like to become a partner and resell your platform to our clients.'],
    ['pt', 'Somos consultoria de ERP e queremos entrar no programa de parceiros para revender a solução de vocês.'],
  ])('%s: asking to resell or partner is DISQUALIFIED with the words quoted', (_lang, description) => {
    const result = classifyWithRules(buyer(description), FLEET);
    expect(result.stage).toBe('DISQUALIFIED');
    expect(result.explanation.join(' ')).toMatch(/reseller or partner asking to sell with us \(".+"\)/);
  });
});

describe('job seekers, vendors and private persons in es/en/pt', () => {
  it.each([
    ['es', 'Les comparto mi hoja de vida, tengo experiencia en ruteo y flotillas.'],
    ['en', 'I am applying for the dispatcher role; my CV is attached.'],
    ['pt', 'Gostaria de trabalhar com vocês, segue meu CV em anexo.'],
  ])('%s job seeker: DISQUALIFIED even when the words name the seller’s services', (_lang, description) => {
    expect(stageOf(buyer(description, { email: 'alexramos@gmail.com', companyName: undefined, jobPosition: 'Despachador' }))).toBe('DISQUALIFIED');
  });

  it.each([
    ['es', 'Mi empleador no me pagó las horas extra de noviembre, ¿me ayudan?'],
    ['en', 'My package from an online store never arrived, where is my order?'],
    ['pt', 'Minha encomenda está parada há uma semana, vocês podem ver?'],
  ])('%s private person: DISQUALIFIED', (_lang, description) => {
    expect(stageOf(buyer(description, { email: 'alexramos@gmail.com', companyName: undefined, jobPosition: undefined, industry: undefined }))).toBe('DISQUALIFIED');
  });

  it('a small business owner on a free email with a real need is not a private person', () => {
    const lead = buyer('Somos 35 personas y 8 camionetas; necesitamos rastreo de flotas urgente porque perdimos dos entregas grandes.', {
      email: 'mueblesrivera@gmail.com', jobPosition: 'Dueño', companyName: 'Muebles Rivera', industry: 'Retail', companySize: 35,
    });
    expect(stageOf(lead)).toBe('SQL');
  });
});

describe('buyerAreas (policy.md section 1)', () => {
  const manager = (jobPosition: string) => buyer('Necesitamos una cotización de ruteo para 60 unidades este mes.', { jobPosition });

  it.each([['es', 'Gerente de Logística'], ['en', 'Logistics Manager'], ['pt', 'Coordenador de Transportes']])(
    '%s: a manager in a buyer area is a business decision maker, so an urgent fit lead is SQL',
    (_lang, title) => {
      const result = classifyWithRules(manager(title), FLEET);
      expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
      expect(result.stage).toBe('SQL');
    },
  );

  it('without buyerAreas nothing changes: the same manager is an influencer and the lead MQL', () => {
    const { buyerAreas: _none, ...withoutAreas } = FLEET;
    const result = classifyWithRules(manager('Gerente de Logística'), withoutAreas);
    expect(result.contactProfile.roleType).toBe('INFLUENCER');
    expect(result.stage).toBe('MQL');
  });

  it('a manager outside the buyer areas stays an influencer', () => {
    expect(classifyWithRules(manager('Gerente de Marketing'), FLEET).contactProfile.roleType).toBe('INFLUENCER');
  });
});

describe('horizon and urgency about something else (policy.md section 3)', () => {
  it.each([
    ['es', 'Esta semana cerramos el año fiscal y es urgente, así que no tenemos tiempo para esto; hablemos en febrero.'],
    ['en', 'We have an urgent board deadline tomorrow, so no time for this now. Maybe later.'],
    ['pt', 'Estamos com um inventário urgente amanhã, agora não podemos ver isso.'],
  ])('%s: urgency about another matter while putting the topic off is LOW, so NURTURE', (_lang, description) => {
    const result = classifyWithRules(buyer(description), FLEET);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it.each([
    ['es', 'El año pasado se nos cayó el sistema de rastreo en plena temporada. Queremos conocer su solución.'],
    ['en', 'Last year our dispatch system went down for two days. We would like to learn about your tracking.'],
    ['pt', 'Ano passado nosso rastreamento caiu na Black Friday. Queremos conhecer a ferramenta.'],
  ])('%s: an incident last year is history, not CRITICAL', (_lang, description) => {
    expect(classifyWithRules(buyer(description), FLEET).urgency.level).not.toBe('CRITICAL');
  });

  it.each([
    ['es', 'Queremos definir un sistema de ruteo este trimestre.'],
    ['en', 'We want to choose a routing tool this quarter.'],
    ['pt', 'Queremos escolher um roteirizador neste trimestre.'],
  ])('%s: a quarter horizon is MEDIUM at most, so a decision maker is MQL, not SQL', (_lang, description) => {
    const result = classifyWithRules(buyer(description), FLEET);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it.each([
    ['es', 'Por ahora no tenemos presupuesto ni proyecto de ruteo.'],
    ['en', 'We have no budget and no project for routing yet.'],
    ['pt', 'Por enquanto não temos orçamento para roteirização.'],
  ])('%s: a negated budget is not an approved budget: NURTURE', (_lang, description) => {
    expect(stageOf(buyer(description))).toBe('NURTURE');
  });
});

describe('information only and a horizon that reports the present (policy.md section 3)', () => {
  it.each([
    ['es', 'Estamos analizando herramientas de ruteo; por ahora solo mándennos su folleto.'],
    ['en', 'We are comparing routing tools, but for now just email us your catalog.'],
    ['pt', 'Estamos comparando roteirizadores; por ora só enviem o material de vocês.'],
  ])('%s: evaluating but asking for information only is LOW, so NURTURE', (_lang, description) => {
    const result = classifyWithRules(buyer(description), FLEET);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it.each([
    ['es', 'Solo quiero información de precios: necesitamos una cotización de ruteo esta semana.'],
    ['en', 'Only information on pricing matters here: we need a routing quote by Friday, our fleet is down.'],
    ['pt', 'Só queremos informação de preço: precisamos de cotação de roteirização amanhã.'],
  ])('%s: "only information" beside a deadline or an incident does not hide the urgency', (_lang, description) => {
    expect(classifyWithRules(buyer(description), FLEET).urgency.level).toBe('CRITICAL');
  });

  it.each([
    ['es', 'Hace dos años perdimos entregas por el rastreo; este año todo ha ido muy bien con lo que tenemos.'],
    ['en', 'Two years ago our tracking failed at peak; this year it all ran pretty smoothly.'],
    ['pt', 'Há anos tivemos falha no rastreamento; neste ano tudo correu muito bem.'],
  ])('%s: "this year" in a sentence that says all went well is not a plan: LOW', (_lang, description) => {
    const result = classifyWithRules(buyer(description), FLEET);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it.each([
    ['es', 'Todo va bien con el ruteo actual. Queremos cambiar de sistema de rastreo este año.'],
    ['en', 'Everything is fine with dispatch today. We plan to replace our fleet tracking this year.'],
    ['pt', 'Tudo bem com a operação atual. Queremos trocar o rastreamento de frota neste ano.'],
  ])('%s: a horizon in its own sentence is still a plan (MEDIUM), whatever another sentence reports', (_lang, description) => {
    expect(classifyWithRules(buyer(description), FLEET).urgency.level).toBe('MEDIUM');
  });

  it.each([
    ['es', 'No es urgente, pero solo queremos información de ruteo para el próximo trimestre.'],
    ['en', 'Not urgent: just send information on route planning for next quarter.'],
    ['pt', 'Não é urgente; apenas mandem informações sobre roteirização.'],
  ])('%s: negation and information only together are never above LOW', (_lang, description) => {
    expect(classifyWithRules(buyer(description), FLEET).urgency.level).toBe('LOW');
  });
});

describe('too little to decide (policy.md section 6, rule 2)', () => {
  it.each(['N/A', '-', '👍', 'hola', 'more info'])('"%s" as the whole description is REVIEW, not NURTURE', (description) => {
    expect(stageOf(buyer(description))).toBe('REVIEW');
  });
});

describe('intent: who is writing, with the words that showed it', () => {
  const personal = { email: 'alexramos@gmail.com', companyName: undefined, jobPosition: undefined, industry: undefined };
  it.each([
    ['es', 'JOB_SEEKER', 'Busco trabajo como chofer, tengo licencia federal.', personal],
    ['en', 'JOB_SEEKER', 'Are you hiring route planners? I can start Monday.', personal],
    ['pt', 'JOB_SEEKER', 'Procuro emprego como motorista, segue meu currículo.', personal],
    ['es', 'VENDOR_PITCH', 'Somos una agencia de marketing y podemos ayudarles a conseguir más clientes.', {}],
    ['en', 'VENDOR_PITCH', 'We help IT companies book meetings with qualified buyers every week.', {}],
    ['pt', 'VENDOR_PITCH', 'Somos uma agência e podemos gerar leads qualificados para vocês.', {}],
    ['es', 'PARTNER_OR_RESELLER', 'Queremos ser aliados y revender su software en Guatemala.', {}],
    ['en', 'PARTNER_OR_RESELLER', 'We are a reseller in Texas interested in your partner program.', {}],
    ['pt', 'PARTNER_OR_RESELLER', 'Temos interesse no programa de parceiros para revenda no Sul.', {}],
    ['es', 'STUDENT', 'Soy estudiante y hago mi tesis sobre ruteo de vehículos.', personal],
    ['en', 'STUDENT', 'I am a student working on a thesis about last-mile delivery.', personal],
    ['pt', 'STUDENT', 'Sou estudante e meu TCC é sobre roteirização.', personal],
    ['es', 'PERSONAL', 'Me hackearon mi cuenta de Instagram y no puedo entrar.', personal],
    ['en', 'PERSONAL', 'My iPhone lost all my photos after the update.', personal],
    ['pt', 'PERSONAL', 'Meu pedido não chegou, cadê minha encomenda?', personal],
    ['es', 'COMPETITOR', 'Hacemos lo mismo y quisiera un estudio de mercado de sus precios.', {}],
    ['en', 'SPAM', 'Make money from home with crypto, click here now!', personal],
    ['es', 'UNCLEAR', 'hola', {}],
    ['es', 'BUYER', 'Necesitamos rastreo de flotas para 80 camiones este mes.', {}],
  ] as const)('%s %s', (_lang, kind, description, extra) => {
    const result = classifyWithRules(buyer(description, extra), FLEET);
    expect(result.intent?.kind).toBe(kind);
    if (kind !== 'BUYER' && kind !== 'UNCLEAR') {
      expect(result.intent?.evidence.length).toBeGreaterThan(0);
      // The policy decides the stage from it: every non-buyer is DISQUALIFIED.
      expect(result.stage).toBe('DISQUALIFIED');
    }
  });

  it('a competitor writing from a listed domain is named by the domain', () => {
    const result = classifyWithRules(buyer('¿Cuánto cobran por el rastreo?', { email: 'ana@rutasrivales.mx' }), { ...FLEET, competitorDomains: ['rutasrivales.mx'] });
    expect(result.intent).toEqual({ kind: 'COMPETITOR', evidence: ['rutasrivales.mx'] });
  });
});
