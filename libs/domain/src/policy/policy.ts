// The classification policy as data (../shared/policy.md v1): thresholds, SLA minutes, owners and the
// word lists the rules read leads with. Sales ops change these numbers and words, not the code.
import type { OwnerRole, Priority } from '../classification/types';

export type PolicyLanguage = 'es' | 'en' | 'pt';

/** Phrases per language, written naturally (accents and case do not matter); a trailing "*" matches any ending. */
export type KeywordList = Record<PolicyLanguage, string[]>;

export interface ClassificationPolicy {
  version: string;
  /** Minimum fit score for each grade (score 0-100; below C is D). */
  fit: { A: number; B: number; C: number };
  /** Minimum urgency score for each level (below MEDIUM is LOW). */
  urgency: { CRITICAL: number; HIGH: number; MEDIUM: number };
  /** Minimum data-quality score for each label (below REVIEW is POOR). */
  dataQuality: { GOOD: number; REVIEW: number };
  /** Company size bands, in employees. */
  companySize: {
    /** Up to this many employees is a micro business (LOW deal size). */
    microMax: number;
    /** The smallest "medium" company when the seller's profile gives no range. */
    midMarketMin: number;
    /** From this many employees the deal is company-wide (HIGH deal size). */
    enterpriseMin: number;
  };
  /** Minutes to first response per priority; null means no SLA (a nurture sequence or nothing). */
  slaMinutes: Record<Priority, number | null>;
  priorities: { sqlCritical: Priority; sqlHigh: Priority; mql: Priority; review: Priority; nurture: Priority; disqualified: Priority };
  owners: { sqlLargeDeal: OwnerRole; sql: OwnerRole; mql: OwnerRole; review: OwnerRole; nurture: OwnerRole; disqualified: OwnerRole };
  keywords: PolicyKeywords;
}

export interface PolicyKeywords {
  urgency: {
    /** An incident or operational risk now: CRITICAL. */
    incident: KeywordList;
    /** Urgency said in words: CRITICAL. */
    explicit: KeywordList;
    /** A deadline today, tomorrow or this week: CRITICAL. */
    deadline: KeywordList;
    /**
     * "Hoy", "today", "hoje" alone: a deadline only where it closes a clause ("preciso de um técnico hoje.") or is
     * followed by a todayTail word ("hoje mesmo", "today please"); elsewhere it means "nowadays" ("hoje cada loja usa
     * um caixa", "today it takes three weeks"), which is no deadline.
     */
    today: KeywordList;
    /** Words after a today word that keep it a deadline: "mesmo", "please", "si es posible", "e", "and". */
    todayTail: KeywordList;
    /** A near-term plan with intent (quote, proposal, demo, call, approved budget, this month): HIGH. */
    nearTerm: KeywordList;
    /** Evaluating or planning (comparing options, shortlisting vendors): MEDIUM. */
    evaluating: KeywordList;
    /** A quarter-or-year horizon ("next quarter", "este año"): MEDIUM as a plan, nothing in a sentence that reports all is well. */
    horizon: KeywordList;
    /** The present told as fine ("este año todo funcionó bien", "no issues since"): a horizon beside it is a report, not a plan. */
    calmState: KeywordList;
    /** They ask for information only ("solo envíennos información", "just send some info"): LOW unless a near-term intent. */
    infoOnly: KeywordList;
    /** "All", "everything", "todo", "tudo": with a good-state word (calmWord) a few words later, the present told as fine. */
    calmSubject: KeywordList;
    /** "bien", "fine", "well", "bem", "normal": see calmSubject. */
    calmWord: KeywordList;
    /** "solo", "just", "only", "só", "apenas": with an information word (infoWord) a few words later, information only. */
    infoRestrictor: KeywordList;
    /** "información", "info", "brochure", "catálogo", "material": see infoRestrictor. */
    infoWord: KeywordList;
    /** No timeline, information only, next year, curiosity: LOW when evaluating, MEDIUM even with a quote request. */
    noTimeline: KeywordList;
    /** "no es urgente", "not urgent": never CRITICAL. */
    notUrgent: KeywordList;
    /** Time-of-day phrases that look like deadlines but are not ("en la mañana" is not "mañana"). */
    notDeadline: KeywordList;
    /** "Not now, we have no time for this": whatever urgency the text has is about something else, so LOW. */
    deferral: KeywordList;
    /** A past, closed time ("last year", "el año pasado"): an incident told after it is history, not urgency. */
    past: KeywordList;
    /** "Since then", "desde entonces", "desde então": an incident told before it is history, not urgency. */
    sinceThen: KeywordList;
    /** An incident word that describes waiting, not a stop ("o caminhão fica parado esperando"): not an incident. */
    idle: KeywordList;
    /**
     * Another pressing matter (an audit, an inspection, the year-end close, the harvest): when the text also puts the
     * seller's topic off in another sentence, the urgency said beside it is about that matter, not about us.
     */
    otherMatter: KeywordList;
    /**
     * Dates near enough for a request to stay HIGH ("este mes", "next week", "los próximos meses", "this quarter",
     * "orçamento aprovado"): without one, a request beside a farther horizon ("una propuesta; decidimos el próximo
     * trimestre", "sometime this year") is MEDIUM at most.
     */
    soon: KeywordList;
    /** "If", "en caso de", "por si", "caso": an incident said a few words after it is a risk they imagine, not one now. */
    conditional: KeywordList;
  };
  /** Words that cancel an urgency word shortly after them ("no hay caída", "to avoid data loss"). */
  negators: KeywordList;
  nonBuyer: {
    student: KeywordList;
    jobSeeker: KeywordList;
    /** A vendor or agency selling to the seller. */
    vendor: KeywordList;
    /** A competitor studying the seller. */
    competitor: KeywordList;
    /** A reseller, integrator or agency asking to partner, resell or white-label: selling with us, not buying. */
    partner: KeywordList;
    /** Spam needs two different hits from this list (one word like "crypto" can be a real business). */
    spam: KeywordList;
    /** A form test ("prueba de formulario", "this is a test"). */
    test: KeywordList;
    /** A private person with a personal problem ("mis fotos", "my paycheck"). */
    privatePerson: KeywordList;
    /**
     * A person's own life, not a business: their family, home, car, health, trip, order or single-unit purchase ("mi
     * hijo", "my car", "pra mim", "un solo coche"). Read only when the lead names no company and speaks of no business
     * of its own (ownBusiness): then it is a private person (policy.md s2 and s6).
     */
    personalMatter: KeywordList;
    /** "Mi", "me", "my", "I", "meu", "eu": a person speaking of themselves. See firstPersonPlural. */
    firstPersonSingular: KeywordList;
    /**
     * "Nosotros", "nuestra", "we", "our", "nossa", "somos": someone speaking for an organisation. A lead with no company,
     * no job title and a consumer address that speaks only in firstPersonSingular is a private person.
     */
    firstPersonPlural: KeywordList;
    /** The lead speaks of a business of its own ("mi negocio", "our customers", "minha loja"): not a private person. */
    ownBusiness: KeywordList;
    /** "Ofrecemos", "we provide", "ajudamos": followed in the same sentence by one of the seller's own assets (sellerAsset), a pitch. */
    offerToYou: KeywordList;
    /** "Necesitamos", "we need", "nos coticen": the writer asks for something, so an offerToYou pair is a buyer's self-introduction. */
    buyerAsk: KeywordList;
    /** "Su sitio web", "your team", "seus clientes", "empresas como la suya": what a vendor offers to improve. */
    sellerAsset: KeywordList;
    /** "Tengo experiencia", "years of experience", "sou formado": with a job ask (jobAsk) in the text, a job seeker. */
    experienceClaim: KeywordList;
    /** "Vacantes", "openings", "vagas", "trabajar con ustedes": see experienceClaim. */
    jobAsk: KeywordList;
  };
  /** Whole-field values that mean "nothing" (N/A, asdf, test). */
  placeholders: string[];
  /** Words that carry no need: a description made only of these ("info", "hola", "more information") says nothing. */
  contentFree: KeywordList;
  /** Instructions to the classifier inside a lead's text: the sentence is ignored, never obeyed. */
  promptInjection: KeywordList;
  company: {
    /** Places a company operates from (plural), read after a number or "several"/"our": "3 plantas", "all 40 stores". */
    siteNouns: KeywordList;
    /** Words before a site noun that mean more than one: "varias", "nuestras", "both". */
    severalWords: KeywordList;
    /** Signs of a medium/large, company-wide scope: "corporativo", "data center", "nube híbrida". */
    largeScope: KeywordList;
    /** Signs of a micro business or personal use. */
    micro: KeywordList;
    /** Nouns counting people: "500 empleados", "35 people". */
    employeeNouns: KeywordList;
    /** A deal about one device: "mi computadora", "two laptops". */
    singleDevice: KeywordList;
    /** Integrations, migrations, hybrid set-ups: HIGH complexity. */
    complex: KeywordList;
  };
}

/** Every possessive before every noun: "mi carro", "my car", "meu carro" (a private person's own things). */
const owned = (possessives: string[], nouns: string[]): string[] => possessives.flatMap((p) => nouns.map((n) => `${p} ${n}`));

const KEYWORDS: PolicyKeywords = {
  urgency: {
    incident: {
      es: ['caida', 'caidas', 'caido', 'caidos', 'se cayo', 'se cayeron', 'se callo', 'no funciona', 'dejo de funcionar', 'fallo', 'fallaron', 'falla', 'fallando', 'falla critica', 'fallo critico', 'perdimos', 'perdida de datos', 'perdida de informacion', 'se borro', 'se borraron', 'se me borraron', 'borraron', 'ransomware', 'hackeo', 'hackearon', 'ataque', 'ciberataque', 'cifro', 'cifraron', 'cifrados', 'encriptaron', 'secuestro de datos', 'virus', 'paro de linea', 'paro de produccion', 'linea parada', 'esta parada', 'esta parado', 'produccion detenida', 'operacion detenida', 'sin servicio', 'sin sistema', 'fuera de linea', 'offline', 'no hemos podido', 'murio', 'se murio', 'colapso', 'se quemo', 'corrupta', 'corrupto', 'brecha de seguridad', 'nos robaron', 'robo', 'malware', 'intrusion', 'fraude', 'fuga de datos', 'sin internet', 'sin conexion', 'apagon', 'multa', 'clausura', 'nos van a multar', 'se paro', 'se detuvo', 'se dano', 'se descompuso', 'se trabo', 'se colgo', 'se congelo', 'se inundo', 'se incendio', 'no arranca', 'no prende', 'no enciende', 'no responde', 'esta caido', 'esta caida', 'estan caidos', 'estan caidas', 'fuera de servicio', 'sin luz', 'sin energia', 'corte de luz', 'corte de energia', 'averia', 'averiado', 'averiada', 'descompuesto', 'descompuesta', 'inundacion', 'nos hackearon', 'nos estafaron'],
      en: ['outage', 'outages', 'is down', 'are down', 'went down', 'goes down', 'been down', 'server down', 'system down', 'site down', 'crashed', 'crash', 'failed', 'failing', 'failure', 'broke', 'broken', 'not working', 'stopped working', 'data loss', 'lost data', 'lose data', 'lost all', 'ransomware', 'breach', 'hacked', 'cyberattack', 'attack', 'encrypted', 'production stopped', 'line down', 'line is down', 'shut down', 'shutdown', 'degraded', 'offline', 'corrupted', 'deleted', 'wiped', 'malware', 'stolen', 'fraud', 'suspended', 'fined', 'penalty', 'broke down', 'breakdown', 'not responding', 'power cut', 'power outage', 'blackout', 'no power', 'caught fire', 'flooded', 'out of service', 'out of order', 'robbed', 'theft', 'went offline'],
      pt: ['caiu', 'fora do ar', 'parou', 'parada', 'parado', 'falha', 'falhou', 'falhando', 'falha critica', 'perdemos', 'perda de dados', 'ransomware', 'ataque', 'sequestro de dados', 'nao funciona', 'parou de funcionar', 'sem sistema', 'travou', 'invadiram', 'vazamento', 'malware', 'roubo', 'fraude', 'multa', 'quebrou', 'pifou', 'deu pane', 'pane', 'nao liga', 'nao responde', 'sem energia', 'sem luz', 'queda de energia', 'apagao', 'alagou', 'enchente', 'estragou', 'danificado', 'danificada', 'fora de servico', 'travado', 'travada', 'fomos hackeados', 'foi hackeado', 'roubaram', 'furtaram', 'furto'],
    },
    explicit: {
      es: ['urgen*', 'me urge', 'nos urge', 'urge', 'cuanto antes', 'lo antes posible', 'lo mas pronto posible', 'lo mas rapido posible', 'a la brevedad', 'a la mayor brevedad', 'para ayer', 'sin demora', 'de inmediato', 'inmediat*', 'ya mismo', 'ayuda ya', 'ahora mismo', 'emergencia', 'asap'],
      en: ['urgen*', 'asap', 'as soon as possible', 'as soon as you can', 'immediately', 'immediate', 'right away', 'emergency', 'time sensitive', 'timesensitive', 'time critical', 'without delay'],
      pt: ['urgen*', 'o quanto antes', 'o mais rapido possivel', 'o mais breve possivel', 'para ontem', 'imediat*', 'emergencia', 'agora mesmo', 'com urgencia'],
    },
    deadline: {
      es: ['hoy mismo', 'para hoy', 'manana', 'para manana', 'pasado manana', 'esta semana', 'esta misma semana', 'este lunes', 'este martes', 'este miercoles', 'este jueves', 'este viernes', 'este sabado', 'este domingo', 'antes del lunes', 'antes del martes', 'antes del miercoles', 'antes del jueves', 'antes del viernes', 'antes del sabado', 'fin de esta semana', 'en 24 horas', 'en 48 horas', 'antes de 24 horas', 'este fin de semana'],
      en: ['by today', 'end of day', 'eod', 'tomorrow', 'this week', 'this monday', 'this tuesday', 'this wednesday', 'this thursday', 'this friday', 'this saturday', 'this sunday', 'by monday', 'by tuesday', 'by wednesday', 'by thursday', 'by friday', 'end of week', 'end of this week', 'within 24 hours', 'within 48 hours', 'this weekend'],
      pt: ['hoje mesmo', 'ainda hoje', 'para hoje', 'pra hoje', 'ate o fim do dia', 'amanha', 'esta semana', 'nesta semana', 'essa semana', 'nessa semana', 'esta segunda*', 'esta terca*', 'esta quarta*', 'esta quinta*', 'esta sexta*', 'nesta sexta*', 'neste sabado', 'em 24 horas', 'em 48 horas'],
    },
    today: { es: ['hoy'], en: ['today'], pt: ['hoje'] },
    todayTail: {
      es: ['mismo', 'y', 'para', 'por favor', 'porfa', 'si es posible', 'si se puede', 'de ser posible', 'sin falta', 'antes', 'a mas tardar', 'en la tarde', 'por la tarde', 'en la noche', 'pero', 'ya'],
      en: ['and', 'please', 'pls', 'if', 'before', 'by', 'so', 'at', 'but', 'or', 'if possible', 'without fail', 'afternoon', 'evening', 'morning', 'too', 'as well'],
      pt: ['mesmo', 'ainda', 'e', 'pra', 'para', 'por favor', 'pf', 'se possivel', 'se der', 'sem falta', 'antes', 'a tarde', 'a noite', 'de manha', 'mas', 'ou'],
    },
    nearTerm: {
      es: ['este mes', 'fin de mes', 'fin del mes', 'el mes que viene', 'mes que viene', 'proximo mes', 'el mes entrante', 'proximas semanas', 'proxima semana', 'siguiente semana', 'la semana que viene', 'semana entrante', 'pronto', 'presupuesto', 'presupuesto aprobado', 'presupuesto autorizado', 'cotizacion', 'cotizar', 'propuesta', 'propuesta tecnica', 'demo', 'demostracion', 'llamada', 'agendar', 'reunion', 'comprar', 'adquirir', 'contratar', 'precio', 'tarifa', 'tarifas', 'cuanto cuesta', 'cuanto cobran', 'cuanto sale', 'llamen', 'me llamen', 'nos llamen', 'llamarme', 'llamarnos', 'hablar con un asesor', 'hablar con ventas', 'hablar con un ejecutivo', 'hablar con un vendedor', 'cotice', 'coticen', 'nos cotice', 'nos coticen', 'me cotice', 'me coticen', 'este mismo mes', 'cotizan', 'me cotizan', 'nos cotizan', 'me cotizas', 'cotizame', 'cotizanos', 'pasenme precio', 'me pasan precio', 'nos pasan precio'],
      en: ['this month', 'end of the month', 'end of month', 'next month', 'next week', 'next few weeks', 'coming weeks', 'in the coming weeks', 'within weeks', 'soon', 'budget approved', 'approved budget', 'budget is approved', 'budget was approved', 'have budget', 'quote', 'quotation', 'pricing', 'price quote', 'proposal', 'demo', 'a call', 'call me', 'call us', 'phone call', 'quick call', 'schedule a meeting', 'book a meeting', 'pick a vendor', 'choose a vendor', 'select a vendor', 'purchase', 'buy', 'rfp', 'start date', 'start dates', 'how much', 'rates', 'give me a call', 'give us a call', 'talk to sales', 'speak with sales', 'speak to sales', 'talk to someone', 'approved the budget', 'before month end', 'by month end', 'end of this month'],
      pt: ['este mes', 'neste mes', 'mes que vem', 'proximo mes', 'proximas semanas', 'proxima semana', 'semana que vem', 'orcamento', 'orcamento aprovado', 'cotacao', 'proposta', 'demonstracao', 'demo', 'reuniao', 'ligacao', 'agendar', 'comprar', 'contratar', 'preco', 'quanto custa', 'me liguem', 'nos liguem', 'me ligar', 'nos ligar', 'falar com um consultor', 'falar com vendas', 'falar com um vendedor', 'falar com alguem', 'esse mes', 'nesse mes', 'ainda este mes', 'ainda esse mes', 'quanto sai', 'quanto fica', 'quanto cobram', 'qual o valor', 'qual o preco'],
    },
    evaluating: {
      es: ['evaluando', 'evaluar', 'estamos evaluando', 'comparando', 'comparar', 'comparativa', 'revisando opciones', 'analizando opciones', 'analizando', 'explorando opciones', 'planeando', 'planeamos', 'roadmap', 'cotizaciones', 'propuestas', 'proveedores', 'buscando proveedor', 'buscamos proveedor', 'buscando opciones', 'analizar opciones', 'pensando en cambiar', 'estamos pensando'],
      en: ['evaluating', 'evaluate', 'comparing', 'compare', 'comparison', 'considering', 'exploring options', 'reviewing options', 'looking at options', 'planning', 'roadmap', 'shortlist', 'quotes', 'proposals', 'vendors', 'rfi', 'looking for a provider', 'looking for a vendor', 'looking for options', 'thinking about'],
      pt: ['avaliando', 'avaliar', 'comparando', 'comparar', 'planejando', 'analisando', 'propostas', 'fornecedores'],
    },
    horizon: {
      es: ['proximo trimestre', 'siguiente trimestre', 'este ano', 'durante el ano', 'proximos meses', 'este trimestre', 'este semestre', 'fin de ano', 'fin del ano', 'finales de ano', 'finales del ano', 'antes de fin de ano', 'segundo semestre', 'primer semestre', 'proximo semestre', 'siguiente semestre', 'fin de trimestre', 'fin del trimestre', 'en unos meses', 'dentro de unos meses', 'a lo largo del ano', 'en el transcurso del ano', 'algun momento de este ano', 'algun momento del ano'],
      en: ['next quarter', 'this year', 'coming months', 'next few months', 'next months', 'this quarter', 'end of the year', 'end of year', 'year end', 'second half', 'first half', 'next semester', 'this semester', 'in a few months', 'within the year', 'later this year', 'end of the quarter', 'end of quarter', 'sometime this year', 'at some point this year'],
      pt: ['proximo trimestre', 'este ano', 'neste ano', 'proximos meses', 'este trimestre', 'neste trimestre', 'fim do ano', 'final do ano', 'segundo semestre', 'primeiro semestre', 'proximo semestre', 'este semestre', 'neste semestre', 'fim do trimestre', 'final do trimestre', 'daqui a alguns meses', 'em alguns meses', 'ao longo do ano', 'durante o ano', 'deste ano', 'desse ano', 'nesse ano', 'algum momento deste ano'],
    },
    calmState: {
      es: ['todo bien', 'todo salio bien', 'todo ha ido bien', 'todo fue bien', 'todo funciono bien', 'todo funciona bien', 'todo en orden', 'todo normal', 'sin incidentes', 'ningun problema', 'ningun incidente', 'anduvo bien', 'va bien', 'no ha vuelto a pasar', 'no volvio a pasar', 'no se repitio', 'no se ha repetido', 'nunca mas paso', 'sin problemas desde', 'ningun problema desde', 'ni un problema'],
      en: ['all fine', 'all went fine', 'all went well', 'everything went fine', 'everything went well', 'everything is fine', 'everything has been fine', 'all good', 'no incidents', 'ran smoothly', 'running smoothly', 'went smoothly', 'has been fine', 'been fine since', 'havent had a problem', 'havent had a single problem', 'havent had any problem', 'havent had any problems', 'no problems since', 'not a single problem', 'never happened again', 'hasnt happened again', 'has not happened again'],
      pt: ['tudo certo', 'tudo bem', 'tudo correu bem', 'tudo funcionou bem', 'tudo funciona bem', 'tudo normal', 'sem incidentes', 'nenhum problema', 'correu bem', 'funcionou bem', 'foi tranquilo', 'esta tranquilo', 'nunca mais se repetiu', 'nunca mais aconteceu', 'nao se repetiu', 'nao voltou a acontecer', 'sem problemas desde', 'nenhum problema desde'],
    },
    infoOnly: {
      es: ['solo envien informacion', 'solo enviennos informacion', 'solo manden informacion', 'solo mandenme informacion', 'solo mandennos informacion', 'solo quiero informacion', 'solo necesito informacion', 'solo pido informacion', 'unicamente informacion', 'solo material informativo', 'solo un folleto', 'solo el catalogo', 'solo para tener informacion', 'solo para estar informados', 'su newsletter', 'su boletin', 'lista de correo', 'lista de envios'],
      en: ['just information', 'just info', 'just some info', 'just send information', 'just send some information', 'just send info', 'just send some info', 'just send us information', 'just send us some info', 'only information', 'only want information', 'just want information', 'just a brochure', 'just the brochure', 'just to stay informed', 'just to keep on file', 'for our files', 'your newsletter', 'the newsletter', 'mailing list'],
      pt: ['so informacoes', 'apenas informacao', 'apenas informacoes', 'so mandem informacoes', 'so enviem informacoes', 'so mandem material', 'apenas mandem informacoes', 'apenas enviem informacoes', 'so queremos informacoes', 'so quero informacoes', 'so para ter informacoes', 'so para ficar informados', 'apenas um folder', 'so o catalogo', 'sua newsletter', 'seu boletim', 'lista de emails'],
    },
    calmSubject: {
      es: ['todo', 'todos los sistemas', 'todo el sistema'],
      en: ['everything', 'all', 'it all', 'all systems'],
      pt: ['tudo', 'todos os sistemas'],
    },
    calmWord: {
      es: ['bien', 'normal', 'normalmente', 'en orden', 'perfecto', 'tranquilo', 'estable', 'sin novedad'],
      en: ['fine', 'well', 'ok', 'okay', 'normal', 'normally', 'smoothly', 'stable', 'good'],
      pt: ['bem', 'normal', 'normalmente', 'certo', 'tranquilo', 'estavel', 'perfeito', 'em ordem'],
    },
    infoRestrictor: {
      es: ['solo', 'solamente', 'unicamente', 'nada mas'],
      en: ['just', 'only', 'simply', 'merely'],
      pt: ['so', 'somente', 'apenas'],
    },
    infoWord: {
      es: ['informacion', 'info', 'folleto', 'catalogo', 'material informativo', 'brochure', 'novedades'],
      en: ['information', 'info', 'brochure', 'leaflet', 'catalog', 'catalogue', 'material', 'materials', 'newsletter'],
      pt: ['informacao', 'informacoes', 'info', 'folder', 'catalogo', 'material', 'materiais', 'novidades'],
    },
    noTimeline: {
      es: ['a futuro', 'en el futuro', 'mas adelante', 'el proximo ano', 'proximo ano', 'el ano que viene', 'ano que viene', 'sin proyecto', 'no tenemos proyecto', 'solo informacion', 'solo queremos informacion', 'informacion general', 'por curiosidad', 'curiosidad', 'sin fecha', 'sin planes', 'no hay planes', 'no tenemos planes', 'por el momento no', 'por ahora no', 'largo plazo', 'sin presupuesto', 'no tenemos presupuesto', 'no hay presupuesto', 'cuando tengamos presupuesto', 'siguiente ano', 'el otro ano', 'ahora mismo no', 'de momento no', 'en este momento no', 'recien empezando', 'recien empezamos', 'etapa temprana', 'nada en vista', 'no tengo nada en vista', 'no busco nada en particular', 'nada en particular', 'nada concreto', 'no tengo fecha', 'no tenemos fecha', 'sin prevision'],
      en: ['in the future', 'down the road', 'someday', 'next year', 'no timeline', 'no project', 'no plans', 'dont have a project', 'do not have a project', 'not right now', 'just curious', 'curious', 'just looking', 'just browsing', 'just want to know', 'collecting info', 'just collecting', 'information only', 'for reference', 'long term', 'no budget', 'dont have budget', 'do not have budget', 'when we have budget', 'once we have budget', 'next fiscal year', 'not at the moment', 'not at this time', 'early stage', 'very early', 'not looking for anything', 'nothing specific', 'nothing concrete', 'nothing in particular', 'no timeframe', 'no eta', 'no date yet'],
      pt: ['no futuro', 'futuramente', 'mais adiante', 'ano que vem', 'proximo ano', 'sem projeto', 'so queremos conhecer', 'so informacao', 'por enquanto', 'curiosidade', 'sem planos', 'longo prazo', 'sem orcamento', 'quando tivermos orcamento', 'agora nao', 'no momento nao', 'neste momento nao', 'fase inicial', 'estamos comecando', 'nada em vista', 'nao tenho nada em vista', 'nada especifico', 'nada concreto', 'sem previsao', 'nao tenho previsao', 'nao temos previsao', 'sem data'],
    },
    notUrgent: {
      es: ['no es urgente', 'nada urgente', 'no urgente', 'sin urgencia', 'no hay urgencia', 'no hay prisa', 'sin prisa', 'no corre prisa', 'no tenemos prisa', 'sin apuro', 'no hay apuro', 'no tenemos apuro', 'sin afan', 'no hay afan', 'no es prioridad', 'no es prioritario', 'sin apuros'],
      en: ['not urgent', 'no urgency', 'isnt urgent', 'is not urgent', 'no rush', 'no hurry', 'not in a hurry', 'not a priority', 'no pressure', 'whenever you can', 'at your convenience', 'no deadline', 'not time sensitive'],
      pt: ['nao e urgente', 'nada urgente', 'sem urgencia', 'sem pressa', 'nao tem pressa', 'nao temos pressa', 'sem correria', 'quando puderem', 'nao e prioridade', 'nao e prioritario'],
    },
    notDeadline: {
      es: ['esta manana', 'en la manana', 'por la manana', 'de la manana', 'en las mananas', 'por las mananas', 'manana y tarde', 'hoy en dia', 'hoy dia', 'hoy por hoy', 'hasta hoy', 'a dia de hoy', 'de hoy en adelante', 'hoy usamos', 'hoy tenemos', 'hoy trabajamos'],
      en: ['today we', 'as of today', 'to this day', 'today s', 'nowadays', 'up to today', 'until today'],
      pt: ['hoje em dia', 'ate hoje', 'hoje usamos', 'hoje temos'],
    },
    deferral: {
      es: ['no tenemos tiempo', 'no hay tiempo', 'no es momento', 'no es el momento', 'ahora no podemos', 'no podemos ver esto', 'no podemos atender', 'escribanme el proximo', 'escribanme mas adelante', 'toca dejarlo para', 'dejarlo para el ano', 'dejarlo para despues', 'dejarlo para mas adelante', 'lo dejamos para despues', 'lo dejamos para el proximo', 'ahora no puedo', 'no puedo atender', 'puede esperar', 'pueden esperar', 'lo vemos mas adelante', 'presupuesto congelado', 'compras congeladas', 'proyectos congelados', 'no necesito nada', 'no necesitamos nada'],
      en: ['no time for', 'not the right time', 'not a good time', 'cant look at this', 'cannot look at this', 'get back to us next', 'reach out next', 'contact me next year', 'can wait', 'reach out again', 'get back to me in', 'check back in', 'circle back in', 'on hold', 'projects are frozen', 'project is frozen', 'budget is frozen', 'budget freeze', 'spending freeze', 'purchases are frozen', 'is frozen', 'dont need anything', 'do not need anything'],
      pt: ['nao temos tempo', 'agora nao podemos', 'nao e o momento', 'nao e momento', 'sem tempo para', 'nos procurem no proximo', 'pode esperar', 'podem esperar', 'fica para depois', 'fica para o ano que vem', 'fica para o proximo ano', 'deixar para depois', 'deixar para o ano que vem', 'deixar para o proximo', 'deixamos para depois', 'compras congeladas', 'contratacoes congeladas', 'compras estao congeladas', 'contratacoes estao congeladas', 'orcamento congelado', 'projetos congelados', 'nao preciso de nada', 'nao precisamos de nada'],
    },
    past: {
      es: ['el ano pasado', 'ano pasado', 'hace un ano', 'hace anos', 'hace dos anos', 'el ano anterior', 'en el pasado', 'hace tiempo', 'tiempo atras', 'anos atras'],
      en: ['last year', 'a year ago', 'years ago', 'the year before', 'in the past', 'some time ago', 'a while ago', 'a while back'],
      pt: ['ano passado', 'o ano passado', 'ha um ano', 'ha anos', 'no ano anterior', 'no passado', 'tempos atras', 'anos atras', 'faz tempo', 'um tempo atras'],
    },
    sinceThen: {
      es: ['desde entonces', 'desde ese momento', 'desde esa vez', 'desde aquella vez', 'a partir de entonces', 'despues de eso', 'luego de eso', 'tras eso', 'desde aquel entonces', 'despues de aquello', 'a partir de ahi'],
      en: ['since then', 'ever since', 'since that time', 'from then on', 'after that', 'since that', 'afterwards', 'after which'],
      pt: ['desde entao', 'desde aquela vez', 'desde aquela epoca', 'a partir dai', 'de la para ca', 'depois disso', 'apos isso', 'depois daquilo'],
    },
    idle: {
      es: ['queda parado', 'queda parada', 'quedan parados', 'quedan paradas', 'se queda parado', 'se quedan parados', 'parado esperando', 'parados esperando'],
      en: ['sits idle', 'sit idle', 'sitting idle', 'stands idle', 'standing idle', 'waits idle'],
      pt: ['fica parado', 'fica parada', 'ficam parados', 'ficam paradas', 'parado esperando', 'parados esperando', 'parada esperando'],
    },
    soon: {
      es: ['este mes', 'fin de mes', 'fin del mes', 'el mes que viene', 'mes que viene', 'proximo mes', 'el mes entrante', 'proximas semanas', 'proxima semana', 'siguiente semana', 'la semana que viene', 'semana entrante', 'pronto', 'presupuesto aprobado', 'presupuesto autorizado', 'proximos meses', 'este trimestre', 'este semestre', 'fin de trimestre', 'fin del trimestre', 'en unos meses', 'dentro de unos meses', 'este mismo mes'],
      en: ['this month', 'end of the month', 'end of month', 'next month', 'next week', 'next few weeks', 'coming weeks', 'in the coming weeks', 'within weeks', 'soon', 'budget approved', 'approved budget', 'budget is approved', 'budget was approved', 'coming months', 'next few months', 'next months', 'this quarter', 'this semester', 'end of the quarter', 'end of quarter', 'in a few months', 'approved the budget', 'end of this month'],
      pt: ['este mes', 'neste mes', 'mes que vem', 'proximo mes', 'proximas semanas', 'proxima semana', 'semana que vem', 'orcamento aprovado', 'proximos meses', 'este trimestre', 'neste trimestre', 'este semestre', 'neste semestre', 'fim do trimestre', 'final do trimestre', 'daqui a alguns meses', 'em alguns meses', 'esse mes', 'nesse mes'],
    },
    conditional: {
      es: ['en caso de', 'en caso que', 'por si', 'si se', 'si el', 'si la', 'si los', 'si las', 'si nuestro', 'si nuestra', 'si nos', 'si hay', 'si llega a', 'si llegara a', 'si algun dia', 'si un dia', 'ante un posible', 'ante una posible'],
      en: ['if', 'in case', 'in case of', 'should', 'what if', 'were to'],
      pt: ['em caso de', 'caso', 'se algum dia', 'se um dia', 'se acontecer', 'para o caso de'],
    },
    otherMatter: {
      es: ['audit*', 'inspeccion', 'inspecciones', 'fiscalizacion', 'cierre fiscal', 'cierre contable', 'cierre del ejercicio', 'cierre de ano', 'balance anual', 'declaracion anual', 'plena cosecha', 'la cosecha', 'temporada alta', 'mudanza'],
      en: ['audit*', 'inspection', 'inspections', 'year end close', 'closing the books', 'tax filing', 'the harvest', 'peak season', 'office move'],
      pt: ['auditori*', 'fiscalizacao', 'inspecao', 'fechando o balanco', 'fechamento do balanco', 'fechamento fiscal', 'declaracao anual', 'colheita', 'safra', 'alta temporada', 'mudanca de escritorio'],
    },
  },
  negators: {
    es: ['no', 'sin', 'nunca', 'ningun', 'ninguna', 'ninguno', 'nada', 'ni', 'cero', 'evitar', 'prevenir', 'antes de que'],
    en: ['no', 'not', 'never', 'without', 'zero', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'havent', 'hasnt', 'avoid', 'prevent', 'nor'],
    pt: ['nao', 'sem', 'nunca', 'nenhum', 'nenhuma', 'nem', 'zero', 'evitar', 'prevenir'],
  },
  nonBuyer: {
    student: {
      es: ['soy estudiante', 'somos estudiantes', 'estudiante de', 'mi tesis', 'tesis', 'tesina', 'proyecto escolar', 'trabajo escolar', 'tarea escolar', 'mi tarea', 'una tarea sobre', 'haciendo una tarea', 'para una tarea', 'para la escuela', 'para mi clase', 'servicio social', 'mi profesor', 'mi maestro', 'investigacion academica', 'proyecto universitario', 'soy alumno', 'soy alumna', 'trabajo de fin de grado', 'trabajo fin de grado', 'tfg', 'tfm', 'trabajo final de la materia', 'tesista'],
      en: ['i am a student', 'im a student', 'as a student', 'student project', 'school project', 'class project', 'university project', 'thesis', 'dissertation', 'homework', 'my professor', 'my teacher', 'capstone', 'for a class', 'college assignment'],
      pt: ['sou estudante', 'somos estudantes', 'tcc', 'trabalho de conclusao', 'dissertacao', 'tese', 'trabalho da faculdade', 'trabalho escolar', 'meu professor', 'projeto da faculdade'],
    },
    jobSeeker: {
      es: ['busco empleo', 'busco trabajo', 'buscando empleo', 'buscando trabajo', 'estoy buscando empleo', 'estoy buscando trabajo', 'tienen vacantes', 'tienen alguna vacante', 'hay vacantes', 'vacante disponible', 'bolsa de trabajo', 'mi cv', 'mi curriculum', 'adjunto mi cv', 'adjunto cv', 'oportunidad laboral', 'me gustaria trabajar con ustedes', 'quiero trabajar con ustedes', 'postularme', 'solicitud de empleo', 'busco practicas', 'practicas profesionales', 'me interesa trabajar', 'formar parte de su equipo', 'unirme a su equipo', 'hoja de vida', 'mi hoja de vida', 'adjunto mi curriculum', 'cualquier vacante', 'alguna vacante', 'postularme para', 'me postulo', 'quisiera postular', 'me gustaria postular', 'me encantaria postular', 'convocatoria de pasantias', 'busco pasantia', 'busco una pasantia', 'adjunto mi portafolio', 'participar de los procesos de seleccion', 'participar del proceso de seleccion', 'si hay vacantes', 'si tienen vacantes', 'estan contratando', 'me contraten', 'contratarme', 'sumarme a su equipo', 'sumarme a su empresa', 'sumarme al equipo', 'formar parte del equipo', 'buscando practicantes', 'buscando pasantes', 'reciben practicantes', 'aceptan practicantes', 'nuevas oportunidades laborales'],
      en: ['looking for a job', 'looking for work', 'job opening', 'job openings', 'any openings', 'are you hiring', 'job application', 'apply for a position', 'my resume', 'my cv', 'attached my cv', 'attached is my resume', 'seeking employment', 'open positions', 'internship opportunity', 'join your team', 'work for you', 'applying for the', 'im applying', 'i am applying', 'my resume for', 'resume for the', 'position posted', 'role posted', 'my cv is attached', 'your internship', 'internship position', 'apply for the internship', 'love to apply', 'like to apply for', 'portfolio attached', 'attached my portfolio', 'if you are hiring', 'if youre hiring', 'any open roles', 'hire me', 'looking for new opportunities', 'new job opportunities', 'roles open', 'open roles', 'taking interns', 'hiring interns'],
      pt: ['procuro emprego', 'procurando emprego', 'busco emprego', 'vaga de emprego', 'tem vagas', 'alguma vaga', 'meu curriculo', 'segue meu curriculo', 'oportunidade de trabalho', 'trabalhar com voces', 'gostaria de trabalhar', 'voces tem vagas', 'segue meu cv', 'meu cv', 'enviar meu curriculo', 'vaga de estagio', 'procuro estagio', 'busco estagio', 'participar do processo seletivo', 'participar dos processos seletivos', 'gostaria de me candidatar', 'segue meu portfolio', 'se ha vagas', 'ha vagas', 'se tem vagas', 'se voces tem vagas', 'estao contratando', 'me contratar', 'fazer parte da equipe', 'fazer parte do time', 'fazer parte da empresa', 'contratam estagiarios', 'buscando estagiarios', 'novas oportunidades profissionais'],
    },
    vendor: {
      es: ['les ofrecemos', 'le ofrecemos', 'queremos ofrecerles', 'ofrecerles', 'les ofrezco', 'podemos ayudarles', 'les podemos ayudar', 'empresas como la suya', 'empresas como ustedes', 'vimos que su', 'su pagina no', 'su sitio web no', 'les comparto nuestro catalogo', 'les comparto catalogo', 'le comparto nuestro catalogo', 'les envio nuestro catalogo', 'adjunto nuestro catalogo', 'lista de precios para distribuidores', 'precios de distribuidor', 'precios especiales para ustedes', 'que revendan', 'revendan nuestros', 'resultados garantizados', 'presentarles nuestros servicios', 'presentarles nuestra empresa', 'alianza comercial', 'les escribo para ofrecer', 'le escribo para ofrecer', 'quisiera ofrecerles', 'me gustaria ofrecerles', 'me gustaria presentarles', 'ser su proveedor', 'podemos ser su proveedor', 'revender nuestros', 'podriamos ayudarles', 'somos una agencia', 'somos distribuidores', 'precios mayoristas', 'cubrir sus vacantes', 'agencia de reclutamiento', 'mejorar su plataforma', 'precios de fabrica', 'precio de fabrica', 'enviarles muestras', 'enviarle muestras', 'enviarles nuestra lista de precios', 'sus proximos proyectos', 'abiertos a una llamada', 'mostrarle nuestros', 'mostrarles nuestros', 'mostrarle nuestras', 'mostrarles nuestras', 'presentarle nuestros', 'presentarle nuestras', 'presentarle nuestra', 'presentarles nuestra', 'nuestros paquetes', 'prospectos calificados', 'contactos calificados', 'generamos prospectos', 'generamos leads', 'generamos clientes', 'le podemos entregar', 'les podemos entregar', 'aumentar sus ventas', 'incrementar sus ventas', 'minutos para mostrarle', 'minutos para presentarle', 'para ser proveedor', 'ser proveedores', 'registrarnos como proveedor', 'alta de proveedor', 'equipos como el suyo', 'empresas como la tuya', 'tu sitio web', 'tu pagina web', 'te paso una propuesta', 'le paso una propuesta', 'le envio nuestras tarifas', 'te envio nuestras tarifas', 'nuestras tarifas', 'te garantizamos', 'le garantizamos', 'garantizamos', 'reuniones al mes', 'leads por mes', 'leads b2b', 'diagnostico gratuito', 'auditoria gratuita', 'puedo mostrarte', 'puedo mostrarle', 'tenes 15 minutos', 'tienes 15 minutos', 'tiene 15 minutos', 'le agendamos', 'les agendamos', 'te agendamos'],
      en: ['companies like yours', 'businesses like yours', 'firms like yours', 'we can help you', 'we help it companies', 'we noticed your', 'i noticed your', 'happy to share case studies', 'share our case studies', 'qualified meetings', 'book meetings', 'share our catalog', 'attached our catalog', 'wholesale prices', 'resell our', 'reseller program', 'guaranteed results', 'partnership opportunity', 'introduce our services', 'would you be interested in our', 'we are a leading provider', 'i would like to introduce', 'id like to introduce', 'we would like to offer you', 'we can offer you', 'become your supplier', 'be your vendor', 'we offer offshore', 'support your roadmap', 'lead generation agency', 'we sell refurbished', 'bulk quote', 'free trial', 'factory prices', 'factory price', 'send you samples', 'send you a price list', 'send you our price list', 'your next projects', 'be open to a call', 'open to a quick call', 'minutes to show you', 'show you our services', 'show you our solution', 'show you our packages', 'qualified leads', 'we generate leads', 'our packages', 'grow your sales', 'increase your sales', 'become a supplier', 'become a vendor', 'vendor registration', 'supplier registration', 'teams like yours', 'ready to join your', 'intro call', 'introductory call', 'free audit', 'free diagnosis', 'free assessment', 'we guarantee', 'meetings per month', 'meetings a month', 'leads per month', 'leads a month', 'b2b leads', 'can i show you', 'have 15 minutes', 'grow their engineering', 'grow your engineering'],
      pt: ['oferecemos a voces', 'oferecer a voces', 'empresas como a sua', 'empresas como a de voces', 'vimos que o seu', 'segue nosso catalogo', 'compartilho nosso catalogo', 'parceria comercial', 'revender nossos', 'resultados garantidos', 'apresentar nossos servicos', 'somos uma agencia', 'podemos gerar', 'leads qualificados', 'oferecemos servicos', 'preco de fabrica', 'precos de fabrica', 'enviar amostras', 'enviar nossa tabela', 'seus proximos projetos', 'abertos a uma conversa', 'mostrar nossos', 'mostrar nossas', 'apresentar nossos', 'apresentar nossas', 'apresentar nossa', 'nossos pacotes', 'geramos leads', 'geramos clientes', 'prospects qualificados', 'contatos qualificados', 'aumentar suas vendas', 'minutos para mostrar', 'minutos para apresentar', 'ser fornecedor', 'ser fornecedores', 'cadastro de fornecedor', 'cadastro de fornecedores', 'equipes como a sua', 'ajudar voces a conseguir', 'posso te mostrar', 'posso mostrar', 'diagnostico gratuito', 'auditoria gratuita', 'garantimos', 'reunioes por mes', 'leads por mes', 'leads b2b', 'te envio nossa tabela', 'nossa tabela de precos', 'tem 15 minutos'],
    },
    competitor: {
      es: ['igual que ustedes', 'al igual que ustedes', 'estudio de mercado', 'investigacion de mercado', 'analisis de la competencia', 'somos competencia', 'somos su competencia', 'que marcas manejan', 'como estructuran sus servicios', 'otra empresa de software', 'trabajo en otra empresa', 'tambien somos', 'que plataforma usan', 'lo mismo que ustedes', 'lo mismo que ofrecen', 'tambien ofrecemos', 'tambien brindamos', 'nos dedicamos a lo mismo', 'modelo de precios', 'tabla de precios de ustedes', 'precio por watt', 'los mismos proyectos', 'mismos clientes que ustedes', 'tambien desarrollamos', 'tambien fabricamos', 'tambien instalamos'],
      en: ['market research', 'competitive analysis', 'we are your competitor', 'we are a competitor', 'we are also a', 'same business as you', 'how you structure your', 'we also sell', 'another vendor of', 'we also provide', 'we also offer', 'the same as you', 'same services as you', 'benchmark your', 'as well and we', 'bid on the same', 'same projects as you', 'price per watt', 'pricing model', 'which brands you', 'we also build', 'we also develop', 'we also install'],
      pt: ['pesquisa de mercado', 'estudo de mercado', 'igual a voces', 'somos concorrentes', 'analise da concorrencia', 'trabalho em outra empresa', 'tambem somos', 'o mesmo que voces', 'tambem oferecemos', 'tambem prestamos', 'trabalhamos com o mesmo', 'modelo de precos', 'benchmarking de precos', 'tabela de voces', 'tambem desenvolvemos', 'tambem fabricamos', 'tambem instalamos', 'mesmos clientes que voces'],
    },
    spam: {
      es: ['cripto', 'criptomonedas', 'bitcoin', 'forex', 'casino', 'apuestas', 'gana dinero', 'ganar dinero', 'desde casa', 'rendimientos garantizados', 'haz clic aqui', 'has ganado', 'loteria', 'oportunidad de inversion', 'prestamos rapidos', 'viagra', 'backlinks', 'desde tu casa', 'cupos limitados', 'plazas limitadas', 'dinero facil', 'ingresos extra', 'ingreso extra', 'sistema de inversion', 'prestamos inmediatos', 'sin aval', 'recibe tu plata', 'escribenos al whatsapp', 'bono de bienvenida', 'registrate ahora', 'gana hasta', 'dinero rapido', 'casino online', 'tragamonedas'],
      en: ['crypto', 'bitcoin', 'forex', 'casino', 'betting', 'make money', 'earn money', 'from home', 'work from home', 'returns guaranteed', 'guaranteed returns', 'monthly returns', 'click here', 'visit our site', 'you have won', 'lottery', 'investment opportunity', 'payday loan', 'viagra', 'backlinks', 'adult content', 'easy money', 'extra income', 'limited spots', 'act now', 'cheap price', 'sign up now', 'welcome bonus', 'earn up to', 'instant loans', 'no credit check', 'fast cash', 'online casino', 'slots'],
      pt: ['cripto', 'bitcoin', 'forex', 'cassino', 'apostas', 'ganhe dinheiro', 'ganhar dinheiro', 'trabalhe de casa', 'retornos garantidos', 'clique aqui', 'voce ganhou', 'loteria', 'oportunidade de investimento', 'de casa', 'vagas limitadas', 'renda extra', 'dinheiro facil', 'ganhe ate', 'cadastre agora', 'cadastre se agora', 'bonus de boas vindas', 'jogo do tigrinho', 'tigrinho', 'emprestimo na hora', 'dinheiro rapido', 'cassino online'],
    },
    test: {
      es: ['prueba de formulario', 'esto es una prueba', 'es una prueba', 'solo es una prueba', 'mensaje de prueba', 'lead de prueba', 'registro de prueba', 'no contestar', 'favor de no contestar', 'solo probando', 'ignorar este mensaje'],
      en: ['this is a test', 'just testing', 'testing the form', 'form test', 'test lead', 'test message', 'test submission', 'please ignore', 'do not reply', 'ignore this'],
      pt: ['teste de formulario', 'isto e um teste', 'apenas testando', 'so testando', 'mensagem de teste', 'nao responder'],
    },
    privatePerson: {
      es: ['mis fotos', 'mi usb', 'mi laptop', 'mi computadora personal', 'mi pc', 'uso personal', 'mi recibo', 'mis recibos', 'mi sueldo', 'mi salario', 'mi patron', 'mi aguinaldo', 'mi finiquito', 'mi liquidacion', 'mi nomina', 'mi quincena', 'mi empleador', 'mi prima', 'mi certificado laboral', 'mi antiguo trabajo', 'mi propia', 'mi iphone', 'mi cuenta de instagram', 'mi cuenta de facebook', 'me hackearon mi', 'mi dni', 'mi cedula', 'mi numero de identificacion', 'no recibi mi factura', 'no me dieron factura', 'duplicado de mi factura', 'compre un', 'compre una', 'mis archivos personales', 'archivos personales', 'mi contrasena', 'mi correo personal'],
      en: ['my photos', 'my laptop', 'my paycheck', 'my payslip', 'my pay stub', 'my salary', 'my employer', 'personal use', 'my smart watch', 'my smartwatch', 'my iphone', 'my instagram', 'my facebook', 'my package', 'my order', 'my social security', 'my ssn', 'my tax id', 'my receipt', 'i bought a', 'i bought an', 'my personal files', 'personal files', 'my password', 'my personal email'],
      pt: ['minhas fotos', 'meu computador', 'uso pessoal', 'meu holerite', 'meu salario', 'meu patrao', 'meu empregador', 'minha encomenda', 'meu pedido', 'meu pacote', 'meu iphone', 'meu instagram', 'meu cpf', 'nao recebi a nota', 'nao recebi minha nota', 'comprei um', 'comprei uma', 'meus arquivos pessoais', 'arquivos pessoais', 'minha senha', 'meu email pessoal'],
    },
    personalMatter: {
      es: [...owned(['mi', 'mis'], ['arrendador', 'medico', 'doctor', 'dentista', 'pozo', 'contrato', 'correo', 'clave', 'hermana', 'hermano', 'novia', 'novio', 'cumpleanos', 'hijo', 'hija', 'hijos', 'hijas', 'nino', 'nina', 'ninos', 'bebe', 'esposa', 'esposo', 'marido', 'pareja', 'mama', 'papa', 'madre', 'padre', 'abuela', 'abuelo', 'familia', 'mascota', 'perro', 'gato', 'carro', 'coche', 'auto', 'moto', 'bici', 'bicicleta', 'casa', 'departamento', 'depto', 'depa', 'hogar', 'cuarto', 'recamara', 'habitacion', 'techo', 'cochera', 'celular', 'telefono', 'movil', 'computadora', 'compu', 'tablet', 'impresora', 'tele', 'television', 'cuenta bancaria', 'tarjeta', 'tarjeta de credito', 'prestamo', 'deuda', 'pension', 'jubilacion', 'seguro medico', 'salud', 'examen', 'examenes', 'analisis', 'resultados', 'cita', 'receta', 'vacaciones', 'viaje', 'luna de miel', 'boda', 'boleto', 'vuelo', 'pedido', 'compra', 'paquete', 'comida', 'almuerzo', 'cena', 'alquiler', 'arriendo', 'renta', 'contrato de alquiler', 'contrato de arriendo', 'casero', 'divorcio', 'herencia', 'pasaporte', 'visa', 'licencia de conducir', 'aire acondicionado']),
        'para mi casa', 'mi jardin', 'depa que alquilo', 'casa que alquilo', 'soy madre', 'soy padre', 'soy mama', 'soy papa', 'madre de un alumno', 'padre de un alumno', 'madre de familia', 'padre de familia', 'como padre', 'como madre', 'soy un particular', 'persona particular', 'carro particular', 'auto particular', 'coche particular', 'uso particular', 'uso domestico', 'para mi uso', 'para mi', 'un solo', 'una sola', 'una unidad', 'por unidad', 'soy jubilado', 'soy jubilada', 'soy paciente', 'como paciente'],
      en: [...owned(['my'], ['well', 'dentist', 'contract', 'email', 'sister', 'brother', 'girlfriend', 'boyfriend', 'birthday', 'son', 'daughter', 'kids', 'kid', 'child', 'children', 'baby', 'wife', 'husband', 'mom', 'dad', 'mother', 'father', 'family', 'pet', 'dog', 'cat', 'car', 'motorbike', 'bike', 'house', 'home', 'apartment', 'flat', 'room', 'bedroom', 'garage', 'phone', 'cellphone', 'computer', 'tablet', 'printer', 'tv', 'bank account', 'credit card', 'card', 'loan', 'debt', 'pension', 'health insurance', 'health', 'test results', 'results', 'blood test', 'appointment', 'prescription', 'doctor', 'vacation', 'holiday', 'holidays', 'trip', 'honeymoon', 'wedding', 'flight', 'ticket', 'purchase', 'lunch', 'dinner', 'food', 'rent', 'lease', 'landlord', 'divorce', 'inheritance', 'passport', 'visa', 'driver license', 'air conditioner']),
        'for my home', 'my garden', 'at home', 'i am a parent', 'im a parent', 'as a parent', 'parent of a student', 'as a private person', 'private individual', 'for myself', 'for my own use', 'just one', 'a single one', 'one unit', 'single unit', 'single units', 'im retired', 'i am retired', 'as a patient', 'im a patient', 'i am a patient', 'home use', 'domestic use'],
      pt: [...owned(['meu', 'minha', 'meus', 'minhas'], ['medico', 'medica', 'dentista', 'poco', 'contrato', 'senhorio', 'email', 'irma', 'irmao', 'namorada', 'namorado', 'aniversario', 'filho', 'filha', 'filhos', 'filhas', 'crianca', 'criancas', 'bebe', 'esposa', 'marido', 'mae', 'pai', 'avo', 'familia', 'cachorro', 'gato', 'carro', 'moto', 'bicicleta', 'apartamento', 'ape', 'quarto', 'telhado', 'garagem', 'celular', 'telefone', 'notebook', 'tablet', 'impressora', 'tv', 'televisao', 'conta bancaria', 'cartao', 'cartao de credito', 'emprestimo', 'divida', 'aposentadoria', 'plano de saude', 'saude', 'exame', 'exames', 'resultado', 'resultados', 'exame de sangue', 'consulta', 'receita', 'ferias', 'viagem', 'lua de mel', 'casamento', 'passagem', 'voo', 'compra', 'lanche', 'almoco', 'jantar', 'comida', 'aluguel', 'contrato de aluguel', 'divorcio', 'heranca', 'passaporte', 'visto', 'carteira de motorista', 'cnh', 'ar condicionado']),
        'minha casa', 'meu jardim', 'em casa', 'sou mae', 'sou pai', 'mae de um aluno', 'mae de aluno', 'pai de aluno', 'pai de um aluno', 'como mae', 'como pai', 'pessoa fisica', 'para mim', 'pra mim', 'so uma', 'so um', 'uma unidade', 'um unico', 'uma unica', 'vendem unidade', 'por unidade', 'uso domestico', 'sou aposentado', 'sou aposentada', 'sou paciente', 'como paciente', 'para minha familia', 'pra minha casa'],
    },
    firstPersonSingular: {
      es: ['mi', 'mis', 'me', 'yo', 'mio', 'mia', 'conmigo'],
      en: ['i', 'im', 'ive', 'my', 'me', 'mine', 'myself'],
      pt: ['eu', 'meu', 'minha', 'meus', 'minhas', 'me', 'mim', 'comigo'],
    },
    firstPersonPlural: {
      es: ['nosotros', 'nosotras', 'nuestra', 'nuestro', 'nuestras', 'nuestros', 'somos', 'tenemos', 'necesitamos', 'queremos', 'buscamos', 'estamos', 'contamos', 'usamos', 'trabajamos', 'nos'],
      en: ['we', 'our', 'ours', 'us', 'were', 'weve', 'ourselves'],
      pt: ['nos', 'nossa', 'nosso', 'nossas', 'nossos', 'somos', 'temos', 'precisamos', 'queremos', 'estamos', 'buscamos', 'usamos', 'trabalhamos', 'a gente'],
    },
    ownBusiness: {
      es: ['mi empresa', 'mi negocio', 'mi tienda', 'mi local', 'mi restaurante', 'mi consultorio', 'mi clinica', 'mi taller', 'mi fabrica', 'mi planta', 'mi pyme', 'mi emprendimiento', 'mi despacho', 'mi oficina', 'mi flota', 'mis camiones', 'mis unidades', 'mis empleados', 'mis trabajadores', 'mis clientes', 'nuestra empresa', 'nuestro negocio', 'nuestra compania', 'nuestra organizacion', 'nuestros clientes', 'nuestros empleados', 'nuestras sucursales', 'nuestra planta', 'nuestra fabrica', 'nuestro colegio', 'nuestra escuela', 'nuestro restaurante', 'nuestro equipo', 'somos una empresa', 'tenemos una empresa', 'tengo una empresa', 'tengo un negocio', 'tengo una tienda', 'tengo un restaurante', 'tengo un taller'],
      en: ['my company', 'my business', 'my shop', 'my store', 'my restaurant', 'my clinic', 'my practice', 'my firm', 'my office', 'my fleet', 'my trucks', 'my employees', 'my staff', 'my clients', 'my customers', 'our company', 'our business', 'our firm', 'our organization', 'our clients', 'our customers', 'our employees', 'our staff', 'our team', 'our stores', 'our plant', 'our school', 'we are a', 'i own a', 'i run a'],
      pt: ['minha empresa', 'meu negocio', 'minha loja', 'meu restaurante', 'minha clinica', 'meu consultorio', 'minha oficina', 'minha fabrica', 'minha frota', 'meus caminhoes', 'meus funcionarios', 'meus colaboradores', 'meus clientes', 'nossa empresa', 'nosso negocio', 'nossa organizacao', 'nossos clientes', 'nossos funcionarios', 'nossos colaboradores', 'nossas lojas', 'nossa fabrica', 'nossa escola', 'nosso restaurante', 'nossa equipe', 'somos uma empresa', 'tenho uma empresa', 'tenho um negocio', 'tenho uma loja', 'tenho um restaurante'],
    },
    offerToYou: {
      es: ['ofrecemos', 'brindamos', 'proveemos', 'ayudamos a', 'podemos ofrecerle', 'podemos ofrecerles', 'podemos ayudar a', 'queremos ayudar a'],
      en: ['we offer', 'we provide', 'we help', 'we supply', 'we can help', 'can boost', 'can grow'],
      pt: ['oferecemos', 'fornecemos', 'ajudamos', 'podemos ajudar', 'queremos ajudar'],
    },
    buyerAsk: {
      es: ['necesitamos', 'necesito', 'requerimos', 'queremos que', 'nos cotice', 'nos coticen', 'cotizacion', 'cotizar', 'buscamos un proveedor', 'buscamos proveedor', 'solicitamos'],
      en: ['we need', 'i need', 'we require', 'we are looking for', 'were looking for', 'send us a quote', 'send me a quote', 'a quote for', 'quote us', 'need a quote', 'get a quote', 'we would like to buy', 'we want to buy'],
      pt: ['precisamos', 'preciso', 'queremos que', 'orcamento', 'cotacao', 'buscamos um fornecedor', 'procuramos um fornecedor', 'solicitamos'],
    },
    sellerAsset: {
      es: ['su sitio', 'tu sitio', 'su pagina', 'tu pagina', 'su equipo', 'tu equipo', 'sus clientes', 'tus clientes', 'su empresa', 'tu empresa', 'sus proyectos', 'tus proyectos', 'sus ventas', 'tus ventas', 'su negocio', 'tu negocio', 'como el suyo', 'como la suya', 'como ustedes'],
      en: ['your website', 'your site', 'your team', 'your clients', 'your customers', 'your company', 'your projects', 'your sales', 'your business', 'your pipeline', 'like yours'],
      pt: ['seu site', 'sua equipe', 'seu time', 'seus clientes', 'sua empresa', 'seus projetos', 'suas vendas', 'seu negocio', 'como a sua', 'como o seu', 'voces a conseguir'],
    },
    experienceClaim: {
      es: ['tengo experiencia', 'anos de experiencia', 'cuento con experiencia', 'mi experiencia', 'mi perfil', 'mi trayectoria', 'soy egresado', 'soy egresada', 'recien egresado', 'recien egresada', 'me gradue', 'soy licenciado', 'soy licenciada'],
      en: ['i have experience', 'years of experience', 'years experience', 'my experience', 'my background', 'my profile', 'i graduated', 'recent graduate'],
      pt: ['tenho experiencia', 'anos de experiencia', 'minha experiencia', 'meu perfil', 'minha trajetoria', 'sou formado', 'sou formada', 'me formei', 'recem formado', 'recem formada'],
    },
    jobAsk: {
      es: ['vacante', 'vacantes', 'empleo', 'oportunidad laboral', 'trabajar con ustedes', 'trabajar para ustedes', 'trabajar en su', 'trabajar remoto', 'trabajar a distancia', 'pasantia', 'practicas'],
      en: ['job', 'jobs', 'opening', 'openings', 'a position at', 'a position in', 'any position', 'position available', 'work for you', 'work with you', 'work remotely', 'internship', 'hiring'],
      pt: ['vaga', 'vagas', 'emprego', 'trabalhar com voces', 'trabalhar para voces', 'trabalhar na', 'trabalhar no', 'trabalhar remotamente', 'trabalho remoto', 'estagio'],
    },
    partner: {
      es: ['revender su', 'revender sus', 'revendedores', 'ser aliados', 'ser sus aliados', 'programa de canal', 'programa de partners', 'programa de socios', 'asociarnos', 'marca blanca', 'alianza comercial', 'distribuidor autorizado', 'distribuidores autorizados', 'ser distribuidores', 'ser distribuidor', 'integrador autorizado', 'ser sus socios', 'para nuestros clientes sus', 'whitelabel', 'ser sus representantes', 'ser representantes', 'representarlos', 'condiciones para aliados', 'programa de aliados', 'para aliados', 'para socios comerciales', 'ser sus distribuidores'],
      en: ['reseller', 'resell your', 'white label', 'channel program', 'partner program', 'become a partner', 'managed services partners', 'referral partnership', 'authorized reseller', 'authorised reseller', 'white labelling', 'white labeling', 'become a distributor', 'become your distributor', 'resell it to our', 'for our customers under', 'whitelabel', 'whitelabelling', 'whitelabeling', 'whitelabeled', 'become your representative', 'represent you in', 'represent your brand', 'terms for partners', 'partner terms', 'become your partner'],
      pt: ['revender a solucao', 'revender a solucao de voces', 'revender seu', 'programa de parceiros', 'ser parceiros', 'marca branca', 'canal de revenda', 'distribuidor autorizado', 'ser distribuidores', 'ser distribuidor', 'revenda autorizada', 'revender para nossos clientes', 'whitelabel', 'ser representantes', 'representar voces', 'representar a marca', 'condicoes para parceiros', 'para parceiros', 'ser distribuidores de voces'],
    },
  },
  placeholders: ['n/a', 'na', 'n.a.', 'none', 'null', 'nil', 'ninguno', 'ninguna', 'no aplica', 'no', 'sin', 'x', 'xx', 'xxx', 'xxxx', 'test', 'testing', 'teste', 'prueba', 'pruebas', 'asdf', 'asd', 'qwerty', 'abc', 'abcd', 'aaa', 'aaaa', '123', '1234', '12345', '0', '00', '-', '.', '...', '?', 'no tengo', 'sin empresa', 'no se', 'unknown', 'desconocido', 'sin nombre', 'nombre', 'empresa', 'company', 'name', 'lorem ipsum', 'foo', 'bar', 'demo'],
  contentFree: {
    es: ['hola', 'buenas', 'buenos', 'buen', 'dia', 'dias', 'tardes', 'noches', 'info', 'informacion', 'informes', 'mas', 'me', 'nos', 'interesa', 'interesan', 'interesado', 'interesada', 'interesados', 'quiero', 'quisiera', 'queremos', 'por', 'favor', 'porfa', 'gracias', 'saludos', 'solicito', 'solicitamos', 'pido', 'detalles', 'contacto', 'contactar', 'contactenme', 'contactarme', 'sobre', 'de', 'la', 'el', 'los', 'las', 'un', 'una', 'y', 'que', 'su', 'sus', 'servicio', 'servicios', 'producto', 'productos', 'ustedes', 'ok', 'si', 'recibir', 'enviar', 'envien', 'mandar', 'manden', 'conocer', 'saber', 'mayor', 'general', 'acerca', 'lo', 'le', 'les', 'a', 'con', 'para', 'del', 'al', 'en', 'estoy', 'estamos', 'muchas', 'gustaria', 'necesito', 'necesitamos', 'llamenme', 'llamar', 'contacten', 'contactarnos', 'comunicarse', 'comunicarme', 'pueden', 'podrian', 'puede', 'mandarme', 'enviarme', 'tal', 'como', 'estas', 'esta', 'todo', 'bien', 'cordiales', 'cordial', 'cordialmente', 'atentamente', 'atte', 'abrazo', 'saludo'],
    en: ['hi', 'hello', 'hey', 'dear', 'good', 'morning', 'afternoon', 'evening', 'info', 'information', 'more', 'please', 'pls', 'plz', 'thanks', 'thank', 'you', 'i', 'im', 'am', 'we', 'are', 'interested', 'in', 'your', 'services', 'service', 'products', 'product', 'details', 'contact', 'me', 'us', 'want', 'would', 'like', 'to', 'know', 'get', 'send', 'the', 'a', 'an', 'about', 'regards', 'some', 'any', 'of', 'on', 'and', 'learn', 'can', 'could', 'request', 'id', 'need', 'call', 'back', 'reach', 'out', 'touch', 'with', 'how', 'is', 'it', 'doing', 'going', 'whats', 'up', 'best', 'kind', 'cordially', 'sincerely', 'cheers', 'greetings'],
    pt: ['ola', 'oi', 'bom', 'boa', 'dia', 'tarde', 'noite', 'informacao', 'informacoes', 'mais', 'por', 'favor', 'obrigado', 'obrigada', 'gostaria', 'quero', 'tenho', 'interesse', 'interessado', 'interessada', 'sobre', 'os', 'as', 'servicos', 'produtos', 'contato', 'me', 'nos', 'de', 'da', 'do', 'receber', 'saber', 'conhecer', 'voces', 'seus', 'suas', 'preciso', 'precisamos', 'entrar', 'em', 'tudo', 'bem', 'certo', 'beleza', 'como', 'vai', 'e', 'ai', 'atenciosamente', 'att', 'abracos', 'abraco', 'saudacoes', 'cordialmente'],
  },
  promptInjection: {
    es: ['ignora las reglas', 'ignora todas las reglas', 'ignora las instrucciones', 'ignora todas las instrucciones', 'ignorar las reglas', 'ignorar las instrucciones', 'instrucciones anteriores', 'reglas anteriores', 'clasifica este lead', 'clasificame como', 'marca este lead', 'marcame como', 'nota para el sistema', 'nota para la ia', 'asigna prioridad', 'con prioridad p1', 'marcar como sql', 'prompt del sistema'],
    en: ['ignore the rules', 'ignore all rules', 'ignore previous instructions', 'ignore all previous', 'ignore your instructions', 'disregard the rules', 'disregard previous', 'previous instructions', 'classify this lead', 'classify me as', 'mark me', 'mark this lead', 'note to the system', 'note to the ai', 'system prompt', 'mark as sql', 'priority p1'],
    pt: ['ignore as regras', 'ignore todas as regras', 'ignore as instrucoes', 'desconsidere as regras', 'instrucoes anteriores', 'regras anteriores', 'classifique este lead', 'marque este lead', 'nota para o sistema', 'prioridade p1'],
  },
  company: {
    siteNouns: {
      es: ['plantas', 'sucursales', 'tiendas', 'sedes', 'ubicaciones', 'oficinas', 'almacenes', 'bodegas', 'cedis', 'centros de distribucion', 'fabricas', 'naves industriales', 'restaurantes', 'farmacias', 'hoteles', 'clinicas', 'hospitales', 'escuelas', 'planteles', 'campus', 'puntos de venta', 'puntos', 'centros de datos', 'franquicias', 'agencias', 'estaciones', 'obras', 'filiales', 'locales', 'unidades de negocio', 'cines', 'gimnasios'],
      en: ['plants', 'branches', 'stores', 'sites', 'locations', 'offices', 'warehouses', 'distribution centers', 'factories', 'facilities', 'restaurants', 'pharmacies', 'hotels', 'clinics', 'hospitals', 'schools', 'campuses', 'points of sale', 'data centers', 'datacenters', 'franchises', 'outlets', 'depots', 'dealerships', 'gyms'],
      pt: ['plantas', 'filiais', 'lojas', 'sedes', 'escritorios', 'armazens', 'centros de distribuicao', 'fabricas', 'restaurantes', 'farmacias', 'hoteis', 'clinicas', 'hospitais', 'escolas', 'pontos de venda', 'data centers', 'franquias', 'agencias'],
    },
    severalWords: {
      es: ['varias', 'varios', 'multiples', 'muchas', 'muchos', 'todas las', 'todos los', 'nuestras', 'nuestros', 'ambas', 'ambos', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'doce', 'distintas', 'distintos', 'diferentes', 'diversas', 'diversos'],
      en: ['several', 'multiple', 'many', 'all', 'all our', 'our', 'both', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'various', 'different'],
      pt: ['varias', 'varios', 'multiplas', 'muitas', 'muitos', 'todas as', 'todos os', 'nossas', 'nossos', 'ambas', 'ambos', 'duas', 'tres', 'quatro', 'cinco', 'diversas', 'diversos', 'diferentes'],
    },
    largeScope: {
      es: ['corporativo', 'toda la empresa', 'toda la organizacion', 'a nivel nacional', 'nivel nacional', 'en todo el pais', 'multinacional', 'migracion completa', 'nube hibrida', 'centro de datos', 'centros de datos', 'respaldo corporativo', 'iot a escala', 'todas las sucursales', 'todas las plantas', 'todas las tiendas', 'varias plantas', 'multisede', 'multiplanta'],
      en: ['company wide', 'companywide', 'enterprise wide', 'organization wide', 'nationwide', 'multinational', 'full migration', 'complete migration', 'hybrid cloud', 'data center', 'data centers', 'datacenter', 'corporate backup', 'iot at scale', 'all branches', 'all locations', 'all our stores', 'all sites', 'global rollout', 'multi site', 'multisite'],
      pt: ['corporativo', 'toda a empresa', 'nivel nacional', 'em todo o pais', 'multinacional', 'migracao completa', 'nuvem hibrida', 'data center', 'centro de dados', 'todas as filiais', 'todas as lojas', 'varias plantas'],
    },
    micro: {
      es: ['mi negocio', 'mi pequeno negocio', 'pequeno negocio', 'negocio familiar', 'micro empresa', 'microempresa', 'changarro', 'emprendedor', 'emprendedora', 'freelance', 'autonomo', 'trabajo solo', 'trabajo sola', 'uso personal', 'mi consultorio'],
      en: ['my small business', 'small business', 'family business', 'sole proprietor', 'freelancer', 'freelance', 'one man', 'one person', 'personal use', 'side project', 'home office'],
      pt: ['meu negocio', 'pequeno negocio', 'negocio familiar', 'microempresa', 'autonomo', 'freelancer', 'uso pessoal', 'mei'],
    },
    employeeNouns: {
      es: ['empleados', 'colaboradores', 'trabajadores', 'personas', 'operadores', 'guardias', 'vendedores', 'choferes', 'agentes'],
      en: ['employees', 'people', 'staff', 'workers', 'team members', 'guys', 'associates', 'fte', 'ftes'],
      pt: ['funcionarios', 'colaboradores', 'empregados', 'pessoas', 'trabalhadores'],
    },
    singleDevice: {
      es: ['mi computadora', 'una computadora', 'una laptop', 'mi laptop', 'dos laptops', 'un solo equipo', 'una sola pc', 'mi celular', 'mi usb'],
      en: ['my computer', 'one computer', 'a laptop', 'my laptop', 'two laptops', 'a single pc', 'one pc', 'my phone'],
      pt: ['meu computador', 'um computador', 'um notebook', 'dois notebooks', 'meu celular'],
    },
    complex: {
      es: ['integracion', 'integraciones', 'integrar', 'migracion', 'migrar', 'nube hibrida', 'hibrido', 'hibrida', 'varias plantas', 'multisede', 'centro de datos', 'api', 'erp', 'alta disponibilidad', 'replicacion', 'iot'],
      en: ['integration', 'integrations', 'integrate', 'migration', 'migrate', 'hybrid', 'multi site', 'multisite', 'data center', 'api', 'erp', 'high availability', 'replication', 'iot', 'disaster recovery'],
      pt: ['integracao', 'integrar', 'migracao', 'migrar', 'hibrida', 'hibrido', 'data center', 'api', 'erp', 'alta disponibilidade', 'iot'],
    },
  },
};

export const DEFAULT_POLICY: ClassificationPolicy = {
  version: 'v1',
  fit: { A: 75, B: 55, C: 35 },
  urgency: { CRITICAL: 80, HIGH: 60, MEDIUM: 35 },
  dataQuality: { GOOD: 70, REVIEW: 40 },
  companySize: { microMax: 10, midMarketMin: 50, enterpriseMin: 500 },
  slaMinutes: { P1: 5, P2: 60, P3: 1440, P4: null },
  priorities: { sqlCritical: 'P1', sqlHigh: 'P2', mql: 'P3', review: 'P3', nurture: 'P4', disqualified: 'P4' },
  owners: { sqlLargeDeal: 'AE_ENTERPRISE', sql: 'AE', mql: 'SDR', review: 'SALES_OPS', nurture: 'MARKETING', disqualified: 'NONE' },
  keywords: KEYWORDS,
};
