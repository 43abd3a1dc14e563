// How soon the lead needs it (policy.md section 3), from the description's own words, with negation:
// "no es urgente" is never CRITICAL.
import type { CompiledPolicy } from '../policy/compiled-policy';
import type { LeadLanguage } from '../enrichment/language';
import type { ClassificationPolicy } from '../policy/policy';
import { urgencyLevelFor } from '../policy/thresholds';
import { outside, type PhraseHit } from '../text/phrases';
import { saidJustBefore, sentenceOf, type LeadText } from './lead-text';
import { unitDays } from './time-spans';
import type { ClassificationResult } from './types';

type Urgency = ClassificationResult['urgency'];

// Score bands per level: the level is read back from the score with the policy's thresholds.
const BASE = { CRITICAL: 85, HIGH: 65, MEDIUM: 45 } as const;
const PER_EXTRA_SIGNAL = 4;
// A level's score: its base, plus PER_EXTRA_SIGNAL for each of up to three signals beyond the first.
const levelScore = (base: number, signals: number) => base + PER_EXTRA_SIGNAL * Math.min(signals - 1, 3);
const NONE_HITS: readonly PhraseHit[] = Object.freeze([]);
const NEGATION_WINDOW = 2;
// How many bridge words a negator may reach across besides ("não há uma demanda imediata").
const BRIDGE_REACH = 3;
// Words after "last year" that still belong to it, in its sentence ("last year our ERP server went down for a week";
// "el año pasado tuvimos un cabo enredado en la hélice de un wellboat y perdimos dos días").
const PAST_WINDOW = 16;
// Words between an incident and a closed past time told after it ("travou duas vezes no ano passado").
const PAST_AFTER_WINDOW = 4;
// Words after "if" / "en caso de" that are still the condition or its consequence ("si en el campamento se nos cae la
// cámara de frío, perdemos la comida"; "if our main server ever goes down"), within the same sentence.
const CONDITIONAL_WINDOW = 14;

/**
 * Hits not cancelled by a negator just before them ("sin caídas", "to avoid data loss"). A negator reaches no further
 * than its clause: in "para no perder nada, ¿cuánto costaría?" the question is asked, not denied. With `bridge`, the
 * words it holds do not count as distance ("no hay una necesidad inmediata", "no estoy por comprar").
 */
function affirmed(hits: readonly PhraseHit[], text: LeadText, negators: Set<string>, language?: LeadLanguage, bridge?: Set<string>): readonly PhraseHit[] {
  const words = text.allWords;
  const isNegator = (word: string) => negators.has(word) && !falseFriend(word, language);
  return hits.filter((hit) => {
    // Bridge words ("hay", "una", "necesidad") are crossed without counting, up to BRIDGE_REACH words in all.
    let counted = 0;
    for (let back = 1; back <= NEGATION_WINDOW + BRIDGE_REACH && counted < NEGATION_WINDOW; back++) {
      const at = hit.firstWord - back;
      if (at < 0 || text.closesClause(at)) break;
      if (isNegator(words[at]) || (at >= 2 && negators.has(words.slice(at - 2, at + 1).join(' ')))) return false;
      if (!bridge?.has(words[at])) counted++;
    }
    return true;
  });
}

// Words the lists hold for one language that mean something else in another, so they count only outside it: Spanish
// "no" negates, Portuguese "no" is "em o" ("no mês que vem", "no servidor"); Spanish "pronto" is soon, Portuguese
// "pronto" is ready ("o laboratório fica pronto no próximo trimestre"); Portuguese "caso" is "if" ("caso o servidor
// caia"), Spanish "caso" a case ("que un agente tome el caso de inmediato").
const FALSE_FRIENDS: Partial<Record<LeadLanguage, ReadonlySet<string>>> = { pt: new Set(['no', 'pronto']), es: new Set(['caso']) };
const falseFriend = (word: string, language: LeadLanguage | undefined) => !!language && !!FALSE_FRIENDS[language]?.has(word);

/** Whether no clause ends in the words [from, to): "passar para gás, por causa do custo" is two clauses. */
function openBetween(text: LeadText, from: number, to: number): boolean {
  for (let w = from; w < to; w++) if (text.closesClause(w)) return false;
  return true;
}

// Words after "evaluando si" / "deciding whether" that are still what is weighed, in its clause: both alternatives of
// "estamos a avaliar se compensa manter as peças de mão com um contrato de manutenção ou comprar novas" (12 words to the
// second; with 10 the "comprar" was read as a purchase).
const WEIGHED_WINDOW = 14;
const VERSUS = new Set(['vs', 'versus']);

/**
 * Of `hits`, those inside what a "whether" weighs ("estamos avaliando se vale a pena terceirizar ou contratar mais
 * gente", "deciding whether to hire a firm": within a few words after it, with no clause ended between): they weigh the
 * step; they do not take it.
 */
function weighed(text: LeadText, hits: readonly PhraseHit[]): readonly PhraseHit[] {
  const weighing = hits.length ? text.found('weighing') : NONE_HITS;
  if (!weighing.length) return NONE_HITS;
  // From the whether's last word on: "avaliando se, por enquanto, …" closes the clause at "se". A parenthesised aside
  // neither counts nor closes it: "avaliando se compensa reformar a calandra antiga (mais de 15 anos) ou comprar uma nova".
  const within = (w: PhraseHit, hit: PhraseHit) => {
    let words = 0;
    for (let k = w.endWord - 1; k < hit.firstWord; k++) {
      if (text.inParentheses(k)) continue;
      // "Estamos comparando dos caminos: comprar equipos … o tercerizar", "tercerizar la nitruración vs. comprar un horno
      // propio": a colon that lists the options, and the stop of "vs.", keep the options inside what is weighed.
      const colon = text.colonAfter(k);
      if (text.closesClause(k) && !colon && !VERSUS.has(text.allWords[k]!)) return false;
      // The options listed after the colon are counted from it ("comparando dos o tres opciones para dejar los
      // desechables en el food hall: comprar vajilla … o contratar el servicio completo").
      if (colon) words = 0;
      else if (k >= w.endWord) words++;
    }
    return words <= WEIGHED_WINDOW;
  };
  // A step named inside the whether itself ("estamos analisando comprar um projeto", "evaluando contratar") is weighed too.
  return hits.filter((hit) => weighing.some((w) => (w.firstWord <= hit.firstWord && hit.firstWord < w.endWord) || (w.endWord <= hit.firstWord && within(w, hit))));
}

/** The lead compares options (a weighing word outside asides) and every ask is a criterion it compares on. */
function comparedOnOnly(text: LeadText, asks: readonly PhraseHit[], aside: readonly PhraseHit[]): boolean {
  if (!outside(text.found('weighing'), aside).length) return false;
  const criteria = text.found('comparedOn');
  return asks.every((hit) => criteria.some((c) => c.firstWord <= hit.firstWord && hit.endWord <= c.endWord));
}

// How far the second word of a pair may follow the first: "todo ha funcionado bien", "just send me your brochure".
const PAIR_WINDOW = 4;
// How far prices may follow a request to send, in its sentence: the things to send listed first.
const SENT_PRICE_WINDOW = 8;
// Words between a material ("material técnico") and the evaluating word that says what it holds ("comparando").
const MATERIAL_WINDOW = 1;

/**
 * A word of list `first` followed, in the same sentence and within `window` words, by one of list `then`: the span. A
 * window wider than PAIR_WINDOW also keeps to one clause.
 */
function pairs(text: LeadText, first: readonly PhraseHit[], then: readonly PhraseHit[], window = PAIR_WINDOW): PhraseHit[] {
  const spans: PhraseHit[] = [];
  if (!first.length || !then.length) return spans;
  for (const a of first) {
    const b = then.find((hit) => hit.firstWord >= a.endWord && hit.firstWord - a.endWord < window && sentenceOf(text, hit.firstWord) === sentenceOf(text, a.firstWord) && (window <= PAIR_WINDOW || openBetween(text, a.endWord, hit.firstWord)));
    if (b) spans.push({ text: text.allWords.slice(a.firstWord, b.endWord).join(' '), firstWord: a.firstWord, endWord: b.endWord });
  }
  return spans;
}

/**
 * "Solicitamos oferta", "envíen su oferta", "please send us your offer": an offer asked of the seller is a quote request;
 * so are prices asked to be sent ("¿nos podéis pasar precios orientativos?").
 */
function offersAsked(text: LeadText): readonly PhraseHit[] {
  const sent = text.found('sendRequest');
  const offers = pairs(text, merged(text.found('offerRequest'), sent), text.found('offerWord'));
  // Prices asked at the end of a list of what to send ("favor enviarme fichas técnicas de sus variedades y precios").
  const asked = sent.length ? merged(offers, pairs(text, sent, text.found('priceWord'), SENT_PRICE_WINDOW)) : offers;
  // "¿Podéis venir a verlo?", "can someone come out and look at our setup?": a visit or a call asked of the seller.
  const visits = pairs(text, text.found('visitAsk'), text.found('visitWord'));
  return visits.length ? merged(asked, visits) : asked;
}

// What makes a past time the start of something still going on ("desde", "since", "from").
const SINCE: ReadonlySet<string> = new Set(['desde', 'since', 'from']);

// Who the conversation is with, between it and its day: "uma call com vocês na quinta", "a call with you on Thursday",
// "una reunión con ustedes el martes", "uma ligação com o comercial de vocês na segunda".
const MEETING_COMPANIONS: ReadonlySet<string> = new Set([
  'com', 'voces', 'vcs', 'vc', 'voce', 'contigo', 'con', 'ustedes', 'usted', 'vos', 'with', 'you', 'your', 'team', 'su', 'equipo', 'equipe', 'a', 'de',
  'o', 'el', 'the', 'comercial', 'vendas', 'ventas', 'sales', 'area', 'do', 'del', 'of',
]);
const MAX_COMPANIONS = 5;

/** Whether the words in [from, to) are at most MAX_COMPANIONS words of who the meeting is with. */
function companionsOnly(text: LeadText, from: number, to: number): boolean {
  if (to - from > MAX_COMPANIONS) return false;
  for (let w = from; w < to; w++) if (!MEETING_COMPANIONS.has(text.allWords[w]!)) return false;
  return true;
}

/**
 * Of `deadlines`, the days named right after a conversation, in its sentence ("set up a call this week", "reunión
 * mañana", "uma call com vocês na quinta"): when to talk, not when the need is due. Another word between them ("uma
 * reunião ainda esta semana") presses for the week itself, which stays a deadline.
 */
function meetingDays(text: LeadText, deadlines: readonly PhraseHit[]): readonly PhraseHit[] {
  const meetings = text.found('meetingWord');
  if (!meetings.length || !deadlines.length) return [];
  return deadlines.filter((d) => meetings.some((m) => m.endWord <= d.firstWord && companionsOnly(text, m.endWord, d.firstWord) && sentenceOf(text, m.firstWord) === sentenceOf(text, d.firstWord)));
}

// How far an approval word may follow its budget word: "the budget for this has already been approved".
const BUDGET_WINDOW = 6;
// How far a budget word may follow its approval word: "aprovado no orçamento", "approved in our budget".
const APPROVED_IN_WINDOW = 2;

/**
 * An approved budget said across a few words ("el presupuesto para este proyecto ya fue aprobado", "budget for this has
 * already been approved at corporate level"): the budget word and the approval word in one clause, with no negator
 * between them ("the budget has not been approved yet" is no budget).
 */
function approvedBudgets(text: LeadText, negators: Set<string>): PhraseHit[] {
  const spans: PhraseHit[] = [];
  const approvals = text.found('approvalWord');
  if (!approvals.length) return spans;
  const budgetWords = text.found('budgetWord');
  for (const budget of budgetWords) {
    const approval = approvals.find((a) => a.firstWord >= budget.endWord && a.firstWord - budget.endWord <= BUDGET_WINDOW);
    if (!approval) continue;
    let open = true;
    for (let w = budget.firstWord; w < approval.firstWord && open; w++) open = !text.closesClause(w) && !negators.has(text.allWords[w]!);
    if (open) spans.push({ text: text.allWords.slice(budget.firstWord, approval.endWord).join(' '), firstWord: budget.firstWord, endWord: approval.endWord });
  }
  // The other order: "temos aprovado no orçamento deste ano um programa", "aprobado en el presupuesto", "approved in
  // our budget". Only a few words apart, with nothing closing the clause and no negator before the approval.
  for (const approval of approvals) {
    if (spans.some((s) => s.firstWord <= approval.firstWord && approval.endWord <= s.endWord)) continue;
    if (approval.firstWord > 0 && negators.has(text.allWords[approval.firstWord - 1]!)) continue;
    const budget = budgetWords.find((b) => b.firstWord >= approval.endWord && b.firstWord - approval.endWord <= APPROVED_IN_WINDOW);
    if (budget && openBetween(text, approval.firstWord, budget.firstWord)) spans.push({ text: text.allWords.slice(approval.firstWord, budget.endWord).join(' '), firstWord: approval.firstWord, endWord: budget.endWord });
  }
  if (spans.length > 1) spans.sort((a, b) => a.firstWord - b.firstWord);
  return spans;
}

/** Whether every meaningful word of a hit is one of the seller's own (its services' and description's words). */
function allOwnWords(hit: PhraseHit, text: LeadText, ownStems: ReadonlySet<string> | undefined): boolean {
  if (!ownStems?.size) return false;
  let any = false;
  for (let k = 0; k < text.wordIndex.length; k++) {
    const at = text.wordIndex[k]!;
    if (at < hit.firstWord || at >= hit.endWord) continue;
    if (!ownStems.has(text.stems[k]!)) return false;
    any = true;
  }
  return any;
}

/**
 * Urgency words that name the seller's service rather than the lead's hurry: "sinalização de emergência", "emergency
 * lighting", "atención de urgencias" for a seller whose services say so. Such a word is one of the seller's own words
 * and so is a meaningful word beside it (a preposition between is skipped); "tenemos una emergencia" stays urgent.
 */
function namingOurService(hits: readonly PhraseHit[], text: LeadText, ownStems: ReadonlySet<string> | undefined): readonly PhraseHit[] {
  if (!hits.length || !ownStems?.size) return hits;
  const stemAt = new Map<number, string>();
  text.wordIndex.forEach((word, k) => stemAt.set(word, text.stems[k]!));
  const own = (word: number) => {
    const s = stemAt.get(word);
    return s !== undefined && ownStems.has(s);
  };
  return hits.filter((hit) => {
    if (hit.endWord - hit.firstWord !== 1 || !own(hit.firstWord)) return true;
    // The nearest meaningful word on each side, within two words.
    for (const step of [-1, 1]) {
      for (let at = hit.firstWord + step, k = 0; k < 2 && at >= 0 && at < text.allWords.length; at += step, k++) {
        if (!stemAt.has(at)) continue;
        if (own(at)) return false;
        break;
      }
    }
    return true;
  });
}

// Words between "the rest" and the deferral it is the subject of ("las demás sucursales pueden esperar").
const REST_WINDOW = 3;
// How far from an incident word a frequency may stand and still say how often it happens.
const RECURRING_WINDOW = 5;

/** Incidents not told with how often they happen ("perdemos dos turnos por semana" is a standing problem, not one now). */
function standing(hits: readonly PhraseHit[], text: LeadText): readonly PhraseHit[] {
  const recurring = hits.length ? text.found('recurring') : NONE_HITS;
  if (!recurring.length) return hits;
  return hits.filter(
    (hit) =>
      !recurring.some(
        (r) =>
          sentenceOf(text, r.firstWord) === sentenceOf(text, hit.firstWord) &&
          (r.firstWord >= hit.endWord ? r.firstWord - hit.endWord : hit.firstWord - r.endWord) <= RECURRING_WINDOW,
      ),
  );
}

/** Both lists' hits in text order. */
function merged(a: readonly PhraseHit[], b: readonly PhraseHit[]): readonly PhraseHit[] {
  if (!b.length) return a;
  if (!a.length) return b;
  return [...a, ...b].sort((x, y) => x.firstWord - y.firstWord);
}

/** "Todo funcionó bien", "everything has been fine": the text tells the present as calm. */
function calmStatements(text: LeadText, negators: Set<string>): readonly PhraseHit[] {
  // "No funciona bien" is no calm: a negator just before cancels it, as it cancels an incident word.
  return affirmed(merged(text.found('calmState'), pairs(text, text.found('calmSubject'), text.found('calmWord'))), text, negators);
}

/** The horizon phrases that are not inside a longer no-timeline phrase ("nothing to do this year" is no plan for the year). */
function horizonsOf(text: LeadText): readonly PhraseHit[] {
  const horizon = text.found('horizon');
  const none = horizon.length ? text.found('noTimeline') : horizon;
  if (!none.length) return horizon;
  return horizon.filter((h) => !none.some((n) => n.firstWord <= h.firstWord && h.endWord <= n.endWord && n.endWord - n.firstWord > h.endWord - h.firstWord));
}

/**
 * A quarter-or-year horizon is a plan ("para este año", MEDIUM), unless its sentence tells the present as fine
 * ("el año pasado se paró la planta; este año todo funcionó bien"): then it reports, it does not plan.
 */
function plannedHorizon(text: LeadText, horizon: readonly PhraseHit[], calm: readonly PhraseHit[]): readonly PhraseHit[] {
  if (!horizon.length || !calm.length) return horizon;
  const calmSentences = new Set(calm.map((hit) => sentenceOf(text, hit.firstWord)));
  return horizon.filter((hit) => !calmSentences.has(sentenceOf(text, hit.firstWord)));
}

/**
 * Where urgency belongs to another pressing matter (an audit, an inspection, the year-end close, a stuck shipment): from
 * the sentence naming the matter up to the words that put the seller's topic off ("next year", "no time for this") or
 * turn to it ("aparte de eso", "apart from that"), whether those come in a later sentence or later in the same one
 * ("vistoria amanhã, então vou ser rápido: terceirizar no ano que vem"); null when nothing ends it (an abbreviation
 * such as "GlobalG.A.P." can split one sentence in two). An audit that drives the need ("el cliente nos audita el
 * viernes; necesitamos sensores urgente") is neither put off nor turned from, so it stays urgent. `putOff` is set
 * only when the topic was put off; a turn leaves the request that follows it as it is.
 */
function otherMatterSpan(text: LeadText, busy: readonly PhraseHit[], busyPutOffs: readonly PhraseHit[], deferrals: readonly PhraseHit[]): { from: number; to: number; putOff: PhraseHit | null } | null {
  const matter = text.found('otherMatter');
  if (!matter.length) return null;
  const first = matter[0];
  const after = (hit: PhraseHit) => hit.firstWord >= first.endWord;
  const putOff = merged(merged(merged(text.found('noTimeline'), deferrals), busyPutOffs), text.found('forNow')).find(after);
  // Being busy with it ends the matter too, but puts nothing off when a request follows ("ando corriendo. Aparte de eso…").
  const turn = merged(text.found('topicTurn'), busy).find(after);
  const end = putOff && (!turn || putOff.firstWord <= turn.firstWord) ? putOff : turn;
  if (!end) return null;
  return { from: text.sentences[sentenceOf(text, first.firstWord)].fromWord, to: end.firstWord, putOff: end === putOff ? putOff : null };
}

/**
 * "Hoy", "today", "hoje" as a deadline: where it closes a clause ("necesito un técnico hoy."), a tail word follows
 * ("hoje mesmo", "today please") or it is written in capitals. Followed by the rest of a clause it means "nowadays"
 * ("hoje cada loja usa um caixa diferente", "hoy no tenemos proyecto"): no deadline. Inside a longer deadline phrase it
 * is already counted.
 */
function todayDeadlines(text: LeadText): readonly PhraseHit[] {
  const today = text.found('today');
  if (!today.length) return today;
  // The Portuguese tail "e" ("hoje e amanhã") is "and" only as written: "hoje é tudo no olhômetro" is "nowadays it is",
  // and only the accent, which normalising drops, tells the two apart.
  const tails = text.found('todayTail').filter((tail) => text.quote(tail).toLowerCase() !== '"é"');
  // "Queria comparar com o que a gente faz hoje.": today after how things are done now, in its sentence, is "nowadays".
  const nowadays = text.found('todayAsNowadays');
  return outside(today, text.found('deadline')).filter(
    (hit) => (standsAlone(text, hit) || tails.some((tail) => tail.firstWord === hit.endWord)) && !(nowadays.length && saidJustBefore(text, nowadays, hit, NOWADAYS_WINDOW)),
  );
}
// The longest time unit a near ask may be dated in to count as nearer than a quarter-or-year horizon.
const DAYS_IN_A_WEEK = 7;
const DAYS_IN_A_YEAR = 365;
// Words between a plan and the year it is for ("planificando para el año que viene").
const YEAR_PLAN_WINDOW = 3;
// Words between how things are done now and the today it dates: "que atende a gente hoje", "nobody does it regularly today".
const NOWADAYS_WINDOW = 4;

/**
 * Whether a time word stands for itself: it closes its clause ("necesito un técnico hoy.", "que venga ya") or is written
 * in capitals, shouted, wherever it stands ("que alguien venga HOY a revisarlas", "entre YA").
 */
function standsAlone(text: LeadText, hit: PhraseHit): boolean {
  if (text.closesClause(hit.endWord - 1)) return true;
  const quoted = text.quote(hit);
  return quoted.length > 3 && quoted === quoted.toUpperCase() && quoted !== quoted.toLowerCase();
}

/**
 * "Ya", "já" as "now": where it closes a clause ("ocupo alguien que venga ya", "lo frene ya.") or is shouted ("que
 * alguien entre YA a arreglarlo"). Followed by the rest of a clause it means "already" ("ya tenemos proveedor"): nothing.
 */
function nowUrgency(text: LeadText): readonly PhraseHit[] {
  const now = text.found('nowWord');
  if (!now.length) return now;
  return outside(now, text.found('explicit')).filter((hit) => standsAlone(text, hit));
}

/** Whether a word of a hit is a time unit (unitDays) whose length in days passes `test` ("año" 365, "semanas" 7). */
function namesUnit(text: LeadText, hit: PhraseHit, test: (days: number) => boolean): boolean {
  for (let w = hit.firstWord; w < hit.endWord; w++) {
    const days = unitDays(text.allWords[w]!);
    if (days !== undefined && test(days)) return true;
  }
  return false;
}

/**
 * `needWords`: where the description names the seller's services, as positions in its meaningful words
 * (NeedMatch.positions): urgency told only before them may be another matter's.
 */
export function assessUrgency(text: LeadText, compiled: CompiledPolicy, policy: ClassificationPolicy, language?: LeadLanguage, ownStems?: ReadonlySet<string>, needWords?: readonly number[]): Urgency {
  if (!text.normalized) return { score: 5, level: urgencyLevelFor(5, policy), signals: ['no description: no timeline given'] };
  const f = text.found;
  // What only looks like urgency is set aside: "no es urgente" (remembered), "en la mañana" (not "mañana"),
  // and no-timeline phrases ("sin presupuesto" is not a budget).
  // "…no podemos ensamblar nada. ¡Urgente!": a calm phrase read across a full stop ("nada urgente") is two sentences, not one.
  const calm = f('notUrgent').filter((hit) => openBetween(text, hit.firstWord, hit.endWord - 1));
  // "Just send some information" is no timeline either (policy.md s3: information only is LOW).
  const infoOnly = outside(merged(f('infoOnly'), pairs(text, f('infoRestrictor'), f('infoWord'))), f('noTimeline'));
  // "Más adelante en el año" is a horizon that begins with a no-timeline phrase ("más adelante"): the longer reading wins.
  // "Durante este año, todavía sin fecha": a planned horizon with no day set is still the year, not no timeline.
  const horizons = horizonsOf(text);
  // Read once: a calm present both unplans a horizon in its sentence and settles an incident told before it.
  const settled = calmStatements(text, compiled.negators);
  const horizonPlan = plannedHorizon(text, horizons, settled);
  // "Estamos comparando… todavía sin fecha": a comparison under way is MEDIUM with no day set too (policy.md s3).
  const noDate = horizonPlan.length || f('weighing').length ? f('noDate') : horizonPlan;
  // "Locação de longo prazo" is a contract, not "a longo prazo": what only looks like urgency, or its absence, is set aside.
  const noTimeline = outside(outside(outside(outside(outside(merged(f('noTimeline'), infoOnly), calm), horizons), noDate), f('soFar')), f('notDeadline'));
  // "Next year we intend to run a fraud risk assessment": a sentence that puts its matter a year or more ahead dates the
  // trouble it names there (policy.md s3: "next year" is LOW); "estamos planificando para el año que viene…": so is a
  // plan said right beside the year. A comparison told apart from it ("estamos comparando proveedores; quisiéramos una
  // cotización para el próximo año") is still under way now.
  const years = noTimeline.filter((hit) => namesUnit(text, hit, (days) => days >= DAYS_IN_A_YEAR));
  const yearAhead = new Set(years.map((hit) => sentenceOf(text, hit.firstWord)));
  const thisYear = (hit: PhraseHit) => !yearAhead.size || !yearAhead.has(sentenceOf(text, hit.firstWord));
  const planForThisYear = (hit: PhraseHit) => !saidJustBefore(text, years, hit, YEAR_PLAN_WINDOW) && !years.some((year) => saidJustBefore(text, [hit], year, YEAR_PLAN_WINDOW));
  // "O caminhão fica parado esperando": waiting, not a stop.
  const aside = [...calm, ...f('notDeadline'), ...noTimeline, ...f('idle'), ...f('forNow')];
  // "Last year our warehouse stopped": an incident told after a closed past time is history; so is one told
  // before "since then" ("la SEFAZ se cayó; desde entonces todo funciona").
  // So is one followed, in a later sentence, by a present that is fine ("we had a truck stolen; everything has
  // worked fine since").
  // "Desde la semana pasada no funciona", "since last month": a past time the trouble runs from is no closed past.
  const past = f('past').filter((p) => p.firstWord === 0 || !SINCE.has(text.allWords[p.firstWord - 1]!));
  const since = f('sinceThen');
  // A closed past time in the incident's sentence, before it ("last year our ERP went down") or just after it ("o
  // elevador travou duas vezes no ano passado").
  const toldInPast = (p: PhraseHit, hit: PhraseHit) =>
    sentenceOf(text, p.firstWord) === sentenceOf(text, hit.firstWord) &&
    (p.endWord <= hit.firstWord ? hit.firstWord - p.endWord <= PAST_WINDOW : p.firstWord >= hit.endWord && p.firstWord - hit.endWord <= PAST_AFTER_WINDOW);
  // A calm present told after the incident settles it, in a later sentence or later in its own ("tuvimos un brote,
  // pero desde que vacunamos no volvió a pasar").
  const settledAfter = (hit: PhraseHit) => settled.some((c) => c.firstWord >= hit.endWord);
  // "Está fora do ar desde então": a "since then" right after the incident, in its clause, says how long it has lasted;
  // one that opens a clause of its own after it ("se cayó; desde entonces todo funciona") closes it.
  const closedBefore = (hit: PhraseHit, s: PhraseHit) => hit.endWord < s.firstWord || (hit.endWord === s.firstWord && text.closesClause(hit.endWord - 1));
  const current = (hits: readonly PhraseHit[]) =>
    past.length || since.length || settled.length
      ? hits.filter((hit) => !past.some((p) => toldInPast(p, hit)) && !since.some((s) => closedBefore(hit, s)) && !settledAfter(hit))
      : hits;
  // "Auditoría esta semana, todo es urgente. Lo de los sensores, el próximo año": the urgency is the audit's.
  // "Ando corriendo…; aparte de eso, quería pedirles una demo", "vou ser rápido: queria marcar uma conversa para o mês
  // que vem": busy, yet asking after it, so the ask stands.
  const busy = f('busy');
  const asks = f('nearTerm');
  // "…no damos abasto con las otras sucursales. Urgente, por favor.": urgency in their words after it presses for ours.
  // So does a date of theirs in a later sentence ("no damos abasto para entregarlas. Necesitamos apoyo hoy mismo"); one in
  // the busy sentence dates the other matter ("estoy a mil con el cierre, que es mañana").
  const today = todayDeadlines(text);
  const laterSentence = (b: PhraseHit) => (d: PhraseHit) => sentenceOf(text, d.firstWord) > sentenceOf(text, b.firstWord);
  const datedLater = (b: PhraseHit) => f('deadline').some(laterSentence(b)) || today.some(laterSentence(b));
  // Urgency in their words, a closing "ya" among them: read once, for what presses after being busy ("…no damos abasto.
  // Necesitamos pasar ese horno a chip y el suministro ya") and for the explicit urgency below.
  const urged = merged(f('explicit'), nowUrgency(text));
  const pressedAfter = (b: PhraseHit) => asks.some((n) => n.firstWord >= b.endWord) || urged.some((e) => e.firstWord >= b.endWord) || datedLater(b);
  const busyPutOffs = busy.length ? busy.filter((b) => !pressedAfter(b)) : busy;
  // "Las demás pueden esperar": only the rest of the need waits.
  const restOf = f('restOf');
  // "We don't need anything ASAP" only looks like "we don't need anything": what only looks like urgency is set aside here too.
  const deferred = outside(f('deferral'), f('notDeadline'));
  const deferrals = restOf.length ? deferred.filter((d) => !restOf.some((r) => r.endWord <= d.firstWord && d.firstWord - r.endWord <= REST_WINDOW)) : deferred;
  const elsewhere = otherMatterSpan(text, busy, busyPutOffs, deferrals);
  // "Parada não programada na caldeira desde ontem (não tem a ver com vocês)": nothing before their own words is ours.
  const notOurs = f('notAboutYou')[0];
  const afterNotOurs = (hit: PhraseHit) => !notOurs || hit.firstWord >= notOurs.endWord;
  const ours = (hits: readonly PhraseHit[]) =>
    elsewhere || notOurs ? hits.filter((hit) => (!elsewhere || hit.firstWord < elsewhere.from || hit.firstWord >= elsewhere.to) && afterNotOurs(hit)) : hits;
  // "If the server goes down we lose the day": a risk they imagine, not an incident now.
  const conditional = f('conditional').filter((hit) => !falseFriend(hit.text, language));
  const real = (hits: readonly PhraseHit[]) =>
    conditional.length ? hits.filter((hit) => !saidJustBefore(text, conditional, hit, CONDITIONAL_WINDOW)) : hits;
  // "Gestión de contracargos y revisión de fraude" to a fraud-disputes seller: an incident word that names the service asked
  // for is the service, not an incident of theirs.
  const incident = namingOurService(ours(real(current(standing(affirmed(outside(f('incident'), aside), text, compiled.negators, language), text)))), text, ownStems)
    // "Checkstands 15+ years old (worn belts, broken dividers, loose cladding)": a parenthesised aside describes what
    // the equipment is like; it tells of no incident now.
    .filter((hit) => !text.inParentheses(hit.firstWord) && thisYear(hit));
  // "Si se nos llega a dañar, ¿podrían hacer el embotellado de emergencia?": urgency said inside an imagined case is imagined.
  const explicit = namingOurService(ours(real(affirmed(outside(urged, aside), text, compiled.negators, language, compiled.negationBridge))), text, ownStems);
  // "Si el SAT nos auditara mañana…": a date inside an imagined case is no deadline either.
  // "Can we set up a call this week?": the day is the call's, near-term intent (HIGH), not a deadline.
  // "It was remediated, and everything is in compliance today.": a today told after a calm present in its sentence is
  // "nowadays", the state they report, not a day they need something by.
  const calmToday = settled.length ? today.filter((hit) => !settled.some((c) => c.endWord <= hit.firstWord && sentenceOf(text, c.firstWord) === sentenceOf(text, hit.firstWord))) : today;
  const dated = ours(real(outside(merged(f('deadline'), calmToday), aside)));
  const talkDays = meetingDays(text, dated);
  const deadline = talkDays.length ? outside(dated, talkDays) : dated;
  // "No tenemos presupuesto ni proyecto" is not an approved budget.
  // "Armando el presupuesto del trimestre", "comparar cotizaciones": a quote word inside an evaluating phrase plans.
  const budgets = approvedBudgets(text, compiled.negators);
  const askedOrWeighed = ours(affirmed(outside(outside(merged(merged(f('nearTerm'), outside(offersAsked(text), f('nearTerm'))), outside(budgets, f('nearTerm'))), aside), f('evaluating')), text, compiled.negators, language, compiled.negationBridge)).filter((hit) => !falseFriend(hit.text, language));
  // "Avaliando se vale a pena … contratar": weighed, not asked; the "whether" itself is read as evaluating below.
  const weighedAsks = weighed(text, askedOrWeighed);
  const askedOnly = weighedAsks.length ? askedOrWeighed.filter((hit) => !weighedAsks.includes(hit)) : askedOrWeighed;
  // "We're comparing correspondent networks… Looking at coverage, per-act pricing…": of a lead that compares options,
  // prices and rates are what it compares on, not a price asked for now (policy.md s3: comparing options is MEDIUM).
  // Compared on prices with no date yet ("comparando fornecedores… ainda sem data, queremos entender preço") is still
  // MEDIUM: the comparison is under way.
  const comparedOnPrice = askedOnly.length > 0 && comparedOnOnly(text, askedOnly, aside);
  const asked = comparedOnPrice ? NONE_HITS : askedOnly;
  const nearTerm = talkDays.length ? merged(asked, talkDays) : asked;
  const planned = outside(horizonPlan, aside);
  // "Urgente: buscamos proveedor de cajas, si conocen alguno": a search said before their own words that it is not ours is
  // not a plan of ours either.
  // "Material técnico comparando espuma e PIR", "a brochure comparing plans": the comparing is the material's, not theirs
  // (in its sentence: "…de todo el portafolio. Estamos evaluando opciones" evaluates).
  const materials = f('material');
  const describesMaterial = (hit: PhraseHit) => saidJustBefore(text, materials, hit, MATERIAL_WINDOW);
  const evaluating = outside(merged(merged(f('evaluating'), planned), outside(f('weighing'), f('evaluating'))), aside).filter((hit) => afterNotOurs(hit) && !(materials.length && describesMaterial(hit)));
  // The horizon caps a request when it dates the decision ("una propuesta; lo decidimos el próximo trimestre"), in the
  // request's own sentence or beside a decision word; not when it dates something else ("el contrato actual vence a fin
  // de año; aun así necesito una propuesta formal", "para fin de año queremos regalos; ¿nos cotizan?").
  const planWords = f('planWord');
  const decisionWords = f('decisionWord');
  const nearSentences = new Set(nearTerm.map((hit) => sentenceOf(text, hit.firstWord)));
  const datesDecision = (hit: PhraseHit) => {
    const k = sentenceOf(text, hit.firstWord);
    return nearSentences.has(k) || decisionWords.some((w) => sentenceOf(text, w.firstWord) === k);
  };
  // "Estamos evaluando...; la idea es comparar costos durante el próximo trimestre. ¿Qué información necesitan?": when
  // they say they are evaluating or comparing and the horizon is a quarter or a year, it dates the whole decision, asked
  // for in whichever sentence (policy.md s3: evaluating with a quarter-or-year horizon is MEDIUM).
  const weighing = planned.length > 0 && outside(outside(f('evaluating'), planned), aside).length > 0;
  // An approved budget is a decision taken: a quarter beside it dates the work, not the decision ("budget is signed off
  // for a Q3 start; please send a proposal" is HIGH).
  const approvals = f('approvalWord');
  // "Temos aprovado no orçamento deste ano…; queria marcar uma visita": the approval read with a quote word counts too.
  const decided = approvals.length > 0 && (nearTerm.some((hit) => approvals.some((a) => hit.firstWord <= a.firstWord && a.endWord <= hit.endWord)) || ours(budgets).length > 0);
  // "Vamos a abrir 4 restaurantes este año y el primero abre en unas 6 semanas": an ask dated in days or weeks is a
  // nearer date than the year, so the horizon does not cap it.
  const nearerSpan = () => nearTerm.some((hit) => namesUnit(text, hit, (days) => days <= DAYS_IN_A_WEEK));
  const horizonOnly = (weighing || planned.some(datesDecision)) && !f('soon').length && !decided && !nearerSpan();

  // "Estamos a planear, para o próximo trimestre, …; para já só a recolher informação e a comparar soluções": a plan dated
  // a quarter or a year ahead that they also say they compare is MEDIUM (policy.md s3), though they only gather
  // information for it yet; a horizon alone with "just gathering information" stays LOW, and so does "route planning".
  const comparedPlan = () => planned.length > 0 && outside(f('weighing'), aside).length > 0 && noTimeline.every((hit) => infoOnly.includes(hit));
  // The sentences where a quarter-or-year dates their own plan: a plan word stands in the horizon's sentence.
  const planSentences = () => new Set(ours(planned).map((hit) => sentenceOf(text, hit.firstWord)).filter((k) => planWords.some((w) => sentenceOf(text, w.firstWord) === k)));
  // "Para el tercer trimestre tenemos planificado renovar los bancos. Queremos conocer proveedores para tenerlos en
  // cuenta": a dated plan still holds when the vaguer no-timeline words are said in another sentence.
  const datedPlan = () => {
    const sentences = planSentences();
    return sentences.size > 0 && noTimeline.every((hit) => !sentences.has(sentenceOf(text, hit.firstWord)));
  };

  const signals: string[] = [];
  const say = (label: string, hits: readonly PhraseHit[]) => hits.forEach((hit) => signals.push(`${label}: ${text.quote(hit)}`));
  say('incident or operational risk', incident);
  say('urgency in their words', explicit);
  say('deadline', deadline);
  say('near-term intent', nearTerm);
  say('evaluating', evaluating);
  say('no timeline', noTimeline);

  const critical = incident.length + explicit.length + deadline.length;
  let score: number;
  if (critical) score = levelScore(BASE.CRITICAL, critical + (nearTerm.length ? 1 : 0));
  // A price "for next year's budget", "a futuro", "just general information": the ask carries no timeline, so it is LOW
  // (policy.md s3), unless they also say they are evaluating or comparing ("comparando fornecedores, ainda sem data,
  // queremos entender preço"): then MEDIUM. Nine authors' labels read it so (round 23).
  else if (nearTerm.length && noTimeline.length) score = evaluating.some(planForThisYear) ? BASE.MEDIUM : 10;
  // "Comparamos un PPA contra comprar la planta; lo definimos el próximo trimestre": a quarter-or-year horizon with no
  // nearer date is MEDIUM at most, whatever is asked for.
  else if (nearTerm.length && horizonOnly) score = BASE.MEDIUM;
  else if (nearTerm.length) score = levelScore(BASE.HIGH, nearTerm.length);
  else if (evaluating.length && (!noTimeline.length || comparedPlan() || comparedOnPrice || datedPlan())) score = levelScore(BASE.MEDIUM, evaluating.length);
  else score = noTimeline.length ? 10 : 20;

  // "Urgent audit this week, so no time for this": the urgency is about something else; the topic waits. It waits
  // as a plan (MEDIUM at most) when they still say they will evaluate it ("ahora no puedo; queremos evaluar sensores
  // el próximo trimestre"), and as nothing (LOW) when they only put it off ("can wait; reach out in a few months").
  // Their own words for it first ("can wait"), else the put-off that ended the other matter.
  // What is left of the topic once the pressure is set aside: a plan when they still evaluate it, else nothing.
  const leftOver = () => (outside(f('evaluating'), aside).length ? BASE.MEDIUM : 10);
  // "Disculpen la prisa, estoy con una emergencia en planta, pero a futuro nos interesa…": the apology is for another
  // matter's hurry when the need is then put in the future, with nothing asked after it.
  const apology = f('hurryApology')[0];
  const apologisedFuture = apology && noTimeline.find((n) => n.firstWord >= apology.endWord && !asks.some((a) => a.firstWord >= n.endWord));
  const putOff = deferrals[0] ?? busyPutOffs[0] ?? elsewhere?.putOff ?? apologisedFuture;
  const sayPutOff = (hit: PhraseHit) => signals.push(`they put it off: ${text.quote(hit)} (urgency elsewhere is not urgency for us)`);
  const sayTurn = (hit: PhraseHit) => signals.push(`their urgency is for another topic: they turn to ours with ${text.quote(hit)} (urgency elsewhere is not urgency for us)`);
  // The sentences that hold the pressing words (an incident, urgency in their words, a date), and what is said after
  // the last of them: read by both readings below of pressure that belongs to another matter (only they need it).
  const pressing = critical && !putOff && (noTimeline.length || needWords?.length) ? new Set([...incident, ...explicit, ...deadline].map((hit) => sentenceOf(text, hit.firstWord))) : undefined;
  const lastPressing = pressing ? Math.max(...pressing) : -1;
  const saidLater = (hits: readonly PhraseHit[]) => hits.filter((hit) => sentenceOf(text, hit.firstWord) > lastPressing);
  const priceWords = f('priceWord');
  if (putOff) {
    sayPutOff(putOff);
    // "No es para ahora: en el segundo semestre queremos revisarlo. Más adelante conversamos": a quarter-or-year that
    // dates their plan (a plan word in its sentence) still holds, whatever vaguer "later" comes with it; "reach out
    // again in a few months" plans nothing.
    score = planSentences().size > 0 ? BASE.MEDIUM : Math.min(score, leftOver());
  }
  // "Urgente hasta el 15 con la mudanza. Después quiero ver lo del mantenimiento, sin fecha": every pressing word is
  // told in sentences before the one that says their topic has no date, so the pressure is another matter's. Not when
  // they ask for something in the pressing sentence ("I need your quote today; otherwise it waits until next year").
  if (pressing && noTimeline.length) {
    const later = nearTerm.some((hit) => pressing.has(sentenceOf(text, hit.firstWord))) ? undefined : saidLater(noTimeline)[0];
    if (later) {
      sayPutOff(later);
      score = leftOver();
    }
  }
  // "URGENTE!!! Gostaria de receber o catálogo", "URGENT: please send your portfolio ASAP": urgency in their words alone,
  // asking only for something to read. The hurry is for the material, not for a concrete need (policy.md s3: explicit
  // urgency counts about a concrete need; information only is LOW). An incident or a date of theirs still counts, and
  // so does any ask beyond the material (a quote, a visit, a call, its prices: "envíen catálogo y precios").
  if (explicit.length && !incident.length && !deadline.length && !nearTerm.length && !putOff && !priceWords.length) {
    // "Fichas técnicas" to a seller of technical sheets is the work asked for, not something to read.
    const material = outside(f('material'), aside).find((hit) => !allOwnWords(hit, text, ownStems));
    if (material) {
      signals.push(`their urgency is for reading material: ${text.quote(material)} (information only is LOW)`);
      score = leftOver();
    }
  }
  // "Lo que nos corre prisa es la acreditación, esta semana. Lo de ustedes va aparte: comparamos compresores para el
  // segundo semestre": every pressing word is in sentences that name none of the seller's services, the services are
  // named only after them, and there they are planned or put off, with nothing asked of us. The pressure is another
  // matter's.
  if (pressing && needWords?.length && score > BASE.MEDIUM) {
    const needStart = Math.min(...needWords.map((at) => text.wordIndex[at]!));
    const firstNeed = sentenceOf(text, needStart);
    const plans = saidLater(evaluating);
    // "URGENTE: cotización de palets para el lunes. Por otro lado, información sobre vuestros lubricantes": a turn of
    // topic between the pressing sentences and the first words of our services says the pressure, and whatever was
    // asked with it, belonged to the other topic.
    const turn = f('topicTurn').find((hit) => sentenceOf(text, hit.firstWord) > lastPressing && hit.endWord <= needStart);
    const waits = plans[0] ?? saidLater(noTimeline)[0] ?? turn;
    // A price asked in a pressing sentence ("I need your quote today") is the pressure put on us.
    const askedOfUs = !turn && priceWords.some((hit) => sentenceOf(text, hit.firstWord) <= lastPressing);
    if (firstNeed > lastPressing && waits && !saidLater(nearTerm).length && !askedOfUs) {
      if (waits === turn) sayTurn(turn);
      else sayPutOff(waits);
      // Still a plan when they date it ("quizás el próximo trimestre"): MEDIUM; put off with no date, nothing.
      score = plans.length ? BASE.MEDIUM : 10;
    } else if (turn && firstNeed > lastPressing) {
      // "URGENT: the freezer died, a technician is on his way. Separately, can you quote our backflow tests?": the ask
      // after the turn is ours and stands as asked (HIGH); the pressure before it was the other topic's.
      const turnedAsks = nearTerm.filter((hit) => hit.firstWord >= turn.endWord);
      if (turnedAsks.length && !plans.length) {
        sayTurn(turn);
        score = levelScore(BASE.HIGH, turnedAsks.length);
      }
    }
    // "Estoy a tope cerrando urgentemente lo de lencería antes del viernes, pero os escribo por lo de las máquinas de
    // vino: en algún momento queremos ponerlas": a turn of topic said after every pressing word, in their own sentence,
    // and before the first words of our services hands the pressure to the other topic as well. What is asked after the
    // turn stands as asked (HIGH); what is weighed is a plan (MEDIUM); nothing else is LOW.
    if (score > BASE.MEDIUM) {
      const pressingEnd = Math.max(...[...incident, ...explicit, ...deadline].map((hit) => hit.endWord));
      const inPressing = f('topicTurn').find((hit) => hit.firstWord >= pressingEnd && hit.endWord <= needStart && sentenceOf(text, hit.firstWord) === lastPressing);
      if (inPressing) {
        const turnedAsks = nearTerm.filter((hit) => hit.firstWord >= inPressing.endWord);
        sayTurn(inPressing);
        score = turnedAsks.length ? levelScore(BASE.HIGH, turnedAsks.length) : evaluating.some((hit) => hit.firstWord >= inPressing.endWord) ? BASE.MEDIUM : 10;
      }
    }
  }
  if (calm.length) {
    signals.push(`they say it is not urgent: ${text.quote(calm[0])} (never CRITICAL)`);
    // "eSocial vence amanhã, então do lado de vocês não tem pressa; me mandem um material": the date is another matter's
    // and they ask for nothing now, so nothing of it is theirs. With an ask ("no es urgente, pero cotícenme") it is HIGH.
    // What they still plan for it stays a plan ("sobre los tanques no corre prisa; queremos evaluarlo el próximo
    // trimestre" is MEDIUM), as when they put it off.
    score = critical && !nearTerm.length ? Math.min(score, leftOver()) : Math.min(score, policy.urgency.CRITICAL - 1);
  }
  if (!signals.length) signals.push(text.contentFree ? 'no need or timeline described' : 'no timeline or urgency words');
  return { score, level: urgencyLevelFor(score, policy), signals };
}
