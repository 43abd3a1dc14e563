// The kinds holdout3 showed (issue 14), per category and language: a private person's own life read from what
// they own or who they are (not from a list of possessions), a job seeker's experience plus a job ask, a pitch to
// show the seller "our packages", an incident followed by a present that is fine, heads of schools and owners as
// decision makers, and internationalised e-mail domains. The wording differs from eval/generalisation on purpose.
import { contactFromJobTitle } from '../enrichment/contact-profile';
import { emailType } from '../enrichment/email-type';
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const SOLAR: CompanyProfile = {
  companyName: 'SolTec',
  shortDescription: 'Energía solar para empresas: paneles en techos de plantas y bodegas, auditorías energéticas y monitoreo de consumo.',
  mainServices: ['Paneles solares para techos industriales', 'Auditorías energéticas', 'Monitoreo de consumo eléctrico'],
  targetAudience: 'Plantas, bodegas y comercios de 50 a 5,000 empleados.',
  targetIndustries: ['Manufacturing', 'Logistics', 'Retail'],
  targetCountries: ['Mexico', 'Colombia', 'Brazil'],
};

const buyer = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Irene Salas',
  email: 'irene.salas@bodegasdelnorte.com.mx',
  jobPosition: 'Directora de Operaciones',
  companyName: 'Bodegas del Norte',
  industry: 'Logística',
  location: 'Monterrey, Mexico',
  companySize: 350,
  description,
  ...extra,
});
// Someone who names no company, job or size, writing from a consumer address.
const person = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Irene Salas',
  email: 'irene.salas82@gmail.com',
  location: 'Monterrey, Mexico',
  description,
  ...extra,
});
const classify = (l: LeadInput) => classifyWithRules(l, SOLAR);

describe('a private person with a matter of their own life (policy.md sections 2 and 6)', () => {
  it.each([
    ['es', 'Quiero poner paneles en el techo de mi departamento porque el recibo de luz subió mucho. ¿Cuánto sale?'],
    ['es', 'Soy papá de dos niños y quiero ahorrar luz en la casa, ¿me cotizan algo chico?'],
    ['en', 'I want solar panels for my house, just one small kit for my garage. What would it cost?'],
    ['pt', 'Quero instalar uma placa solar pra mim, só uma unidade para o meu apartamento. Quanto custa?'],
  ])('%s: DISQUALIFIED as PERSONAL, quoting their words', (_lang, description) => {
    const result = classify(person(description));
    expect(result.stage).toBe('DISQUALIFIED');
    expect(result.intent.kind).toBe('PERSONAL');
    expect(result.intent.evidence.length).toBeGreaterThan(0);
    expect(result.fit.reasons.join(' ')).toMatch(/not a buyer: a private person with a personal matter \(".+"\)/);
  });

  it.each([
    ['es', 'Tengo un negocio de abarrotes y para mí la luz es el gasto más alto. Queremos paneles este mes.'],
    ['en', 'I run a small bakery; for myself and my staff the power bill is the biggest cost. We want a quote this month.'],
    ['pt', 'Tenho uma loja de roupas e para mim a conta de luz pesa muito. Queremos um orçamento este mês.'],
  ])('%s: the same words from someone who speaks of a business of their own are not a private person', (_lang, description) => {
    const result = classify(person(description));
    expect(result.intent.kind).not.toBe('PERSONAL');
    expect(result.stage).not.toBe('DISQUALIFIED');
  });

  it.each([
    ['es', 'Mi casa matriz en Monterrey consume mucho; queremos paneles en la bodega este mes.'],
    ['en', 'For me the priority is the roof of our plant; we want a proposal this month.'],
  ])('%s: a lead that names its company is never read as a private person from these words', (_lang, description) => {
    const result = classify(buyer(description));
    expect(result.intent.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });
});

describe('a job seeker: experience and a job ask in one text (policy.md section 6)', () => {
  it.each([
    ['es', 'Cuento con experiencia instalando paneles en techos industriales. ¿Tienen algún puesto de vacante abierto en Monterrey?'],
    ['en', 'I have experience as an electrician on rooftop solar and would like to know about openings on your crews.'],
    ['pt', 'Tenho experiência com instalação fotovoltaica e queria saber se há vagas em Monterrey.'],
  ])('%s: DISQUALIFIED as JOB_SEEKER', (_lang, description) => {
    const result = classify(person(description));
    expect(result.stage).toBe('DISQUALIFIED');
    expect(result.intent.kind).toBe('JOB_SEEKER');
  });

  it('a buyer who tells their experience but asks no job is a buyer', () => {
    const result = classify(buyer('Tengo experiencia con auditorías energéticas en otras plantas; queremos una propuesta de paneles este mes.'));
    expect(result.intent.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });
});

describe('a vendor or agency offering to show the seller its packages (policy.md section 6)', () => {
  it.each([
    ['es', 'Generamos prospectos para empresas solares. ¿Le parece si agendamos 15 minutos para mostrarle nuestros paquetes?'],
    ['en', 'We help solar installers grow their pipeline with qualified leads every month. Do you have 20 minutes to show you our packages?'],
    ['pt', 'Geramos leads para empresas de energia solar e gostaríamos de apresentar nossos pacotes em uma conversa rápida.'],
  ])('%s: DISQUALIFIED as VENDOR_PITCH', (_lang, description) => {
    const result = classify(buyer(description, { companyName: 'Crece Leads', industry: 'Marketing', companySize: 12, jobPosition: 'Ejecutivo Comercial' }));
    expect(result.stage).toBe('DISQUALIFIED');
    expect(result.intent.kind).toBe('VENDOR_PITCH');
  });
});

describe('an incident followed by a present that is fine is history (policy.md section 3)', () => {
  it.each([
    ['es', 'Hubo un apagón en la planta que nos paró la producción. Pusimos un generador y desde ahí todo ha funcionado bien. Solo quiero recibir su boletín.'],
    ['en', 'A blackout stopped our line and it was a mess. We added a generator after that, and everything has been fine. Keep me on your mailing list.'],
    ['pt', 'Tivemos um apagão que parou a linha. Depois disso instalamos um gerador e tudo funcionou bem. Quero só receber a sua newsletter.'],
  ])('%s: LOW and NURTURE, not an SQL', (_lang, description) => {
    const result = classify(buyer(description));
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it.each([
    ['es', 'Todo bien por aquí. Ayer un apagón paró la planta y necesitamos respaldo solar urgente.'],
    ['en', 'All good on our side until yesterday: a blackout stopped the plant and we need solar backup urgently.'],
  ])('%s: a calm word before the incident does not hide it', (_lang, description) => {
    const result = classify(buyer(description));
    expect(result.urgency.level).toBe('CRITICAL');
    expect(result.stage).toBe('SQL');
  });
});

describe('titles: heads of schools, owners and dealers of the trade (policy.md section 1)', () => {
  it.each([
    ['Rector', 'C_LEVEL'],
    ['Rectora', 'C_LEVEL'],
    ['Reitora', 'C_LEVEL'],
    ['School Principal', 'C_LEVEL'],
    ['Dono', 'C_LEVEL'],
    ['Empresária', 'C_LEVEL'],
    ['Decano de Ingeniería', 'DIRECTOR'],
    ['General Counsel', 'DIRECTOR'],
    ['Gestora de Operações', 'MANAGER'],
    ['Principal Engineer', 'TECHNICAL'],
    ['Vicerrectora', 'DIRECTOR'],
    ['Vice-reitor', 'DIRECTOR'],
    ['Board Member', 'DIRECTOR'],
    ['Chef Ejecutivo', 'MANAGER'],
  ])('%s is %s', (title, level) => {
    expect(contactFromJobTitle(title).seniorityLevel).toBe(level);
  });
});

describe('internationalised e-mail domains are valid addresses (policy.md section 1)', () => {
  it.each(['jp@colegioñandú.edu.uy', 'ana@construções.com.br', 'ana@xn--construes-x1a.com.br'])('%s is CORPORATE', (email) => {
    expect(emailType(email)).toBe('CORPORATE');
  });
  it.each(['ana@ñandú', 'ana@-bad-.com', 'añ@example.com'])('%s is INVALID', (email) => {
    expect(emailType(email)).toBe('INVALID');
  });
});

describe('urgency in everyday wording (policy.md section 3)', () => {
  it.each([
    ['es', 'Se nos apagó todo y se nos paró la línea de empaque; necesitamos que nos llamen.'],
    ['es', 'Se me borraron las lecturas del medidor y el equipo no arranca.'],
    ['en', 'The inverter broke down and we had a power outage at the warehouse.'],
    ['pt', 'Deu pane no inversor e ficamos sem energia no galpão.'],
  ])('%s: an incident told with a pronoun or plain words is CRITICAL', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('CRITICAL');
  });

  it.each([
    ['es', 'Queremos tener los paneles antes de fin de año.'],
    ['es', 'Lo queremos resolver en el segundo semestre.'],
    ['en', 'We want this done later this year, in the second half.'],
    ['pt', 'Queremos instalar até o fim do trimestre.'],
  ])('%s: a this-year or this-quarter horizon is MEDIUM (planning)', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('MEDIUM');
  });

  it.each([
    ['es', 'Necesito que me llamen para ver la instalación.'],
    ['en', 'Please call me about panels for the warehouse roof.'],
    ['pt', 'Por favor, me liguem para falar do telhado do galpão.'],
  ])('%s: asking for a call is a near-term intent (HIGH)', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('HIGH');
  });

  it.each([
    ['es', 'Ahora mismo no, quizás más adelante lo vemos.'],
    ['en', 'Not at the moment; maybe later on.'],
    ['pt', 'Agora não, talvez mais adiante.'],
  ])('%s: "not right now" is never read as "right now"', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('LOW');
  });

  it.each([
    ['es', 'Sin apuro: estamos viendo opciones para la bodega, ¿nos mandan una propuesta?'],
    ['en', 'No pressure, whenever you can: send us a proposal for the warehouse.'],
    ['pt', 'Sem correria: quando puderem, mandem uma proposta para o galpão.'],
  ])('%s: negated urgency is never CRITICAL', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).not.toBe('CRITICAL');
  });
});

describe('non-buyers told by what they offer or ask for, not by one fixed phrase (policy.md section 6)', () => {
  // A mid-size company in a target industry: only the words can show it is not a buyer.
  const fitCompany = (description: string) => buyer(description, { companyName: 'Grupo Andino', industry: 'Retail', companySize: 300, jobPosition: 'Gerente Comercial' });
  it.each([
    ['VENDOR_PITCH', 'es', 'Ofrecemos instaladores certificados a tarifas bajas para proyectos como el suyo, y podemos empezar el lunes.'],
    ['VENDOR_PITCH', 'en', 'We provide nearshore engineers who can boost your projects from next week.'],
    ['VENDOR_PITCH', 'pt', 'Oferecemos inspeção com drones para aumentar a eficiência de seus projetos.'],
    ['VENDOR_PITCH', 'es', 'Represento a un fabricante de inversores; ¿con quién hablo para ser proveedores?'],
    ['PARTNER_OR_RESELLER', 'es', 'Somos integradores eléctricos en Lima y queremos ser distribuidores autorizados de sus paneles.'],
    ['PARTNER_OR_RESELLER', 'en', 'We would like to white-label your monitoring app for our own customers.'],
    ['COMPETITOR', 'es', 'Nos dedicamos a lo mismo en Perú y queríamos ver cómo cotizan ustedes.'],
    ['COMPETITOR', 'en', 'We also provide rooftop solar in Chile and want to benchmark your pricing.'],
    ['COMPETITOR', 'pt', 'Também oferecemos energia solar em Minas e queremos comparar condições.'],
    ['JOB_SEEKER', 'es', 'Soy electricista y me encantaría sumarme a su equipo de instalación.'],
    ['JOB_SEEKER', 'en', 'I am looking for new opportunities as a solar designer; do you have roles open?'],
    ['JOB_SEEKER', 'pt', 'Gostaria de fazer parte da equipe de vocês como projetista.'],
    ['SPAM', 'es', 'Ganá dinero fácil desde tu casa, cupos limitados!!!'],
    ['SPAM', 'en', 'Extra income from home, act now, limited spots!'],
  ])('%s (%s): %s', (kind, _lang, description) => {
    const result = classify(fitCompany(description));
    expect(result.intent.kind).toBe(kind);
    expect(result.stage).toBe('DISQUALIFIED');
  });

  it.each([
    ['es', 'Ofrecemos logística a hospitales y necesitamos que su equipo nos cotice paneles para la bodega este mes.'],
    ['en', 'We help hospitals with logistics; we need your team to quote panels for our warehouse this month.'],
    ['pt', 'Ajudamos hospitais com logística e precisamos que sua equipe faça um orçamento de painéis este mês.'],
  ])('%s: a buyer who introduces what they do and asks for the seller’s service stays a buyer', (_lang, description) => {
    const result = classify(fitCompany(description));
    expect(result.intent.kind).toBe('BUYER');
    expect(result.stage).not.toBe('DISQUALIFIED');
  });
});

describe('an incident they imagine is not one happening now (policy.md section 3: "an incident or operational risk now")', () => {
  it.each([
    ['es', 'Si se corta la luz en la planta perdemos el turno completo; queremos respaldo solar.'],
    ['en', 'If the grid ever goes down we lose a full shift; we want solar backup.'],
    ['pt', 'Caso a energia caia, perdemos o turno inteiro; queremos um backup solar.'],
  ])('%s: not CRITICAL', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).not.toBe('CRITICAL');
  });

  it.each([
    ['es', 'Ayer se cortó la luz y perdimos el turno; si vuelve a pasar perdemos el cliente.'],
    ['en', 'The grid went down yesterday and we lost a shift; if it happens again we lose the client.'],
  ])('%s: a real incident beside a conditional one stays CRITICAL', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('CRITICAL');
  });
});

describe("a need in the lead's own words matches the seller's service (policy.md section 2, need)", () => {
  const seller = (service: string): CompanyProfile => ({ ...SOLAR, mainServices: [service, 'Capacitación de personal'] });
  it.each([
    ['es', 'Mantenimiento de refrigeración industrial', 'Se nos calienta la cámara de frío de los lácteos cada tarde.'],
    ['pt', 'Manutenção de refrigeração industrial', 'A câmara fria do açougue não segura a temperatura.'],
    ['es', 'Gestión de viajes corporativos', 'Nuestros vendedores compran pasajes y hoteles cada uno por su cuenta.'],
    ['en', 'Expense management for travelling teams', 'Our reps lose receipts and the expense reports take weeks.'],
    ['pt', 'Sistema de frente de caixa para restaurantes', 'As comandas ainda são em papel e o fechamento de caixa não bate.'],
    ['es', 'Software LIMS para laboratorios', 'Perdemos el rastro de las muestras entre recepción y análisis.'],
    ['en', 'Contract lifecycle management', 'Nobody knows when our supplier contracts expire and renewals slip.'],
    ['es', 'Firma electrónica de documentos', 'Queremos dejar de imprimir contratos para firmarlos; buscamos firma digital.'],
    ['es', 'Instalación de paneles solares en techos', 'La cuenta de luz de la bodega es enorme; ¿conviene poner placas?'],
  ])('%s: "%s" ← %s', (_lang, service, description) => {
    expect(classifyWithRules(buyer(description), seller(service)).matchedServices).toContain(service);
  });
});

describe('round 2 (holdout4’s kinds), per category and language', () => {
  it.each([
    ['es', 'Hola, me llegó una multa por un contrato que firmé y no entiendo nada, ¿me lo explican?'],
    ['en', 'Hi, I got a letter about something I signed last year and I am lost, can someone explain it to me?'],
    ['pt', 'Oi, recebi uma cobrança estranha e não entendo o que assinei. Alguém me explica?'],
  ])('%s: someone with no company, job or business address who speaks only of themselves is a private person', (_lang, description) => {
    const result = classify(person(description));
    expect(result.intent.kind).toBe('PERSONAL');
    expect(result.stage).toBe('DISQUALIFIED');
  });

  it.each([
    ['es', 'Hola, somos una ferretería de barrio y queremos paneles para el techo del local este mes.'],
    ['en', 'Hi, we run a small print shop and want a quote for rooftop panels this month.'],
    ['pt', 'Olá, nós temos uma padaria e queremos um orçamento de placas este mês.'],
  ])('%s: the same anonymous form written for an organisation ("we") is not a private person', (_lang, description) => {
    expect(classify(person(description)).intent.kind).not.toBe('PERSONAL');
  });

  it.each([
    ['es', 'CRÉDITOS INMEDIATOS sin aval!!! escríbenos al WhatsApp'],
    ['en', 'FAST CASH LOANS no credit check, apply today'],
    ['pt', 'Ganhe até R$ 3.000 por semana!!! cadastre agora'],
  ])('%s: one spam phrase with shouting is spam', (_lang, description) => {
    const result = classify(person(description));
    expect(result.intent.kind).toBe('SPAM');
    expect(result.stage).toBe('DISQUALIFIED');
  });

  it('one spam-like word from a real buyer, without shouting, is not spam', () => {
    expect(classify(buyer('Queremos paneles para la bodega del casino del hotel este mes.')).intent.kind).toBe('BUYER');
  });

  it.each([['es', 'Saludos cordiales.'], ['en', 'Kind regards'], ['pt', 'Atenciosamente']])('%s: a sign-off alone is REVIEW', (_lang, description) => {
    expect(classify(buyer(description)).stage).toBe('REVIEW');
  });

  it.each([
    ['es', 'Comparamos arrendar contra comprar la planta; lo definimos el próximo trimestre.'],
    ['en', 'Please send a proposal; we will decide sometime this year.'],
    ['pt', 'Mandem uma proposta; a decisão fica para algum momento deste ano.'],
  ])('%s: a request beside a quarter-or-year horizon with no nearer date is MEDIUM', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('MEDIUM');
  });

  it.each([
    ['es', 'Necesitamos una propuesta en los próximos meses para la bodega.'],
    ['en', 'We need a proposal this quarter for the warehouse roof.'],
  ])('%s: a request with a near date stays HIGH', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('HIGH');
  });

  it.each([
    ['es', 'Hace tres veranos un apagón nos dejó sin frío un día entero. Pusimos un generador y no ha vuelto a pasar. No busco nada en particular.'],
    ['en', 'A storm knocked out our power two winters ago. We added batteries afterwards and have not had a single problem since.'],
    ['pt', 'Um apagão parou a câmara fria há dois anos. Instalamos um gerador e nunca mais aconteceu. Não tenho nada em vista.'],
  ])('%s: an old incident that has not happened again is history: LOW', (_lang, description) => {
    expect(classify(buyer(description)).urgency.level).toBe('LOW');
  });

  it.each([
    ['COMPETITOR', 'en', 'We install rooftop solar in Arequipa too and bid on the same projects as you; which brands you use?'],
    ['COMPETITOR', 'pt', 'Também instalamos usinas no Sul e queria entender o modelo de preços de vocês.'],
    ['PARTNER_OR_RESELLER', 'es', 'Somos instaladores en Cusco y queremos ser sus representantes; ¿qué condiciones tienen para aliados?'],
    ['VENDOR_PITCH', 'es', 'Te garantizamos 40 reuniones al mes con gerentes de planta. ¿Tenés 15 minutos?'],
    ['VENDOR_PITCH', 'en', 'We book meetings for solar installers. Open to a quick intro call on Thursday?'],
  ])('%s (%s): %s', (kind, _lang, description) => {
    const result = classify(buyer(description, { companyName: 'Grupo Andino', industry: 'Retail', companySize: 300, jobPosition: 'Gerente Comercial' }));
    expect(result.intent.kind).toBe(kind);
    expect(result.stage).toBe('DISQUALIFIED');
  });

  it('a Country Manager runs the company in that country (C-level)', () => {
    expect(contactFromJobTitle('Country Manager').seniorityLevel).toBe('C_LEVEL');
  });
});
