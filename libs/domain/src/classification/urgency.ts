// How soon the lead needs it (policy.md section 3), from the description's own words, with negation:
// "no es urgente" is never CRITICAL.
import type { CompiledPolicy } from '../policy/compiled-policy';
import type { ClassificationPolicy } from '../policy/policy';
import { urgencyLevelFor } from '../policy/thresholds';
import { outside, type PhraseHit } from '../text/phrases';
import { sentenceOf, type LeadText } from './lead-text';
import type { ClassificationResult } from './types';

type Urgency = ClassificationResult['urgency'];

// Score bands per level: the level is read back from the score with the policy's thresholds.
const BASE = { CRITICAL: 85, HIGH: 65, MEDIUM: 45 } as const;
const PER_EXTRA_SIGNAL = 4;
const NEGATION_WINDOW = 2;
// Words after "last year" that still belong to it ("last year our ERP server went down for a week").
const PAST_WINDOW = 8;
// Words after "if" / "en caso de" that are still the condition or its consequence ("si en el campamento se nos cae la
// cámara de frío, perdemos la comida"; "if our main server ever goes down"), within the same sentence.
const CONDITIONAL_WINDOW = 14;

/** Hits not cancelled by a negator just before them ("sin caídas", "to avoid data loss"). */
function affirmed(hits: readonly PhraseHit[], words: string[], negators: Set<string>): readonly PhraseHit[] {
  return hits.filter((hit) => {
    for (let back = 1; back <= NEGATION_WINDOW; back++) {
      const at = hit.firstWord - back;
      if (at < 0) break;
      if (negators.has(words[at]) || (at >= 2 && negators.has(words.slice(at - 2, at + 1).join(' ')))) return false;
    }
    return true;
  });
}

// How far the second word of a pair may follow the first: "todo ha funcionado bien", "just send me your brochure".
const PAIR_WINDOW = 4;

/** A word of list `first` followed, in the same sentence and within PAIR_WINDOW words, by one of list `then`: the span. */
function pairs(text: LeadText, first: readonly PhraseHit[], then: readonly PhraseHit[]): PhraseHit[] {
  const spans: PhraseHit[] = [];
  if (!first.length || !then.length) return spans;
  for (const a of first) {
    const b = then.find((hit) => hit.firstWord >= a.endWord && hit.firstWord - a.endWord < PAIR_WINDOW && sentenceOf(text, hit.firstWord) === sentenceOf(text, a.firstWord));
    if (b) spans.push({ text: text.allWords.slice(a.firstWord, b.endWord).join(' '), firstWord: a.firstWord, endWord: b.endWord });
  }
  return spans;
}

/** Both lists' hits in text order. */
function merged(a: readonly PhraseHit[], b: readonly PhraseHit[]): readonly PhraseHit[] {
  if (!b.length) return a;
  if (!a.length) return b;
  return [...a, ...b].sort((x, y) => x.firstWord - y.firstWord);
}

/** "Todo funcionó bien", "everything has been fine": the text tells the present as calm. */
function calmStatements(text: LeadText): readonly PhraseHit[] {
  return merged(text.found('calmState'), pairs(text, text.found('calmSubject'), text.found('calmWord')));
}

/**
 * A quarter-or-year horizon is a plan ("para este año", MEDIUM), unless its sentence tells the present as fine
 * ("el año pasado se paró la planta; este año todo funcionó bien"): then it reports, it does not plan.
 */
function plannedHorizon(text: LeadText): readonly PhraseHit[] {
  const horizon = text.found('horizon');
  const calm = calmStatements(text);
  if (!horizon.length || !calm.length) return horizon;
  const calmSentences = new Set(calm.map((hit) => sentenceOf(text, hit.firstWord)));
  return horizon.filter((hit) => !calmSentences.has(sentenceOf(text, hit.firstWord)));
}

/**
 * The sentences whose urgency belongs to another pressing matter (an audit, an inspection, the year-end close), when
 * a later sentence puts the seller's topic off ("next year", "no time for this"): from the first sentence naming the
 * matter up to the one that puts it off (an abbreviation such as "GlobalG.A.P." can split one sentence in two); null
 * otherwise. An audit that drives the need ("el cliente nos audita el viernes; necesitamos sensores urgente") is
 * not put off, so it stays urgent.
 */
function otherMatterSentences(text: LeadText): { sentences: Set<number>; putOff: PhraseHit } | null {
  const matter = text.found('otherMatter');
  if (!matter.length) return null;
  const from = sentenceOf(text, matter[0].firstWord);
  const putOff = merged(merged(text.found('noTimeline'), text.found('deferral')), text.found('forNow')).find((hit) => sentenceOf(text, hit.firstWord) > from);
  if (!putOff) return null;
  const sentences = new Set<number>();
  for (let k = from; k < sentenceOf(text, putOff.firstWord); k++) sentences.add(k);
  return { sentences, putOff };
}

/**
 * "Hoy", "today", "hoje" as a deadline: where it closes a clause ("necesito un técnico hoy.") or a tail word follows
 * ("hoje mesmo", "today please"). Followed by the rest of a clause it means "nowadays" ("hoje cada loja usa um
 * caixa diferente", "hoy no tenemos proyecto"): no deadline. Inside a longer deadline phrase it is already counted.
 */
function todayDeadlines(text: LeadText): readonly PhraseHit[] {
  const today = text.found('today');
  if (!today.length) return today;
  const tails = text.found('todayTail');
  return outside(today, text.found('deadline')).filter((hit) => text.closesClause(hit.endWord - 1) || tails.some((tail) => tail.firstWord === hit.endWord));
}

export function assessUrgency(text: LeadText, compiled: CompiledPolicy, policy: ClassificationPolicy): Urgency {
  if (!text.normalized) return { score: 5, level: urgencyLevelFor(5, policy), signals: ['no description: no timeline given'] };
  const f = text.found;
  // What only looks like urgency is set aside: "no es urgente" (remembered), "en la mañana" (not "mañana"),
  // and no-timeline phrases ("sin presupuesto" is not a budget).
  const calm = f('notUrgent');
  // "Just send some information" is no timeline either (policy.md s3: information only is LOW).
  const infoOnly = outside(merged(f('infoOnly'), pairs(text, f('infoRestrictor'), f('infoWord'))), f('noTimeline'));
  // "Más adelante en el año" is a horizon that begins with a no-timeline phrase ("más adelante"): the longer reading wins.
  const noTimeline = outside(outside(merged(f('noTimeline'), infoOnly), calm), f('horizon'));
  // "O caminhão fica parado esperando": waiting, not a stop.
  const aside = [...calm, ...f('notDeadline'), ...noTimeline, ...f('idle'), ...f('forNow')];
  // "Last year our warehouse stopped": an incident told after a closed past time is history; so is one told
  // before "since then" ("la SEFAZ se cayó; desde entonces todo funciona").
  // So is one followed, in a later sentence, by a present that is fine ("we had a truck stolen; everything has
  // worked fine since").
  const past = f('past');
  const since = f('sinceThen');
  const settled = calmStatements(text);
  const settledAfter = (hit: PhraseHit) => settled.some((c) => sentenceOf(text, c.firstWord) > sentenceOf(text, hit.firstWord));
  const current = (hits: readonly PhraseHit[]) =>
    past.length || since.length || settled.length
      ? hits.filter((hit) => !past.some((p) => p.endWord <= hit.firstWord && hit.firstWord - p.endWord <= PAST_WINDOW) && !since.some((s) => hit.endWord <= s.firstWord) && !settledAfter(hit))
      : hits;
  // "Auditoría esta semana, todo es urgente. Lo de los sensores, el próximo año": the urgency is the audit's.
  const elsewhere = otherMatterSentences(text);
  const ours = (hits: readonly PhraseHit[]) => (elsewhere ? hits.filter((hit) => !elsewhere.sentences.has(sentenceOf(text, hit.firstWord))) : hits);
  // "If the server goes down we lose the day": a risk they imagine, not an incident now.
  const conditional = f('conditional');
  const real = (hits: readonly PhraseHit[]) =>
    conditional.length ? hits.filter((hit) => !conditional.some((c) => c.endWord <= hit.firstWord && hit.firstWord - c.endWord <= CONDITIONAL_WINDOW && sentenceOf(text, c.firstWord) === sentenceOf(text, hit.firstWord))) : hits;
  const incident = ours(real(current(affirmed(outside(f('incident'), aside), text.allWords, compiled.negators))));
  const explicit = ours(affirmed(outside(f('explicit'), aside), text.allWords, compiled.negators));
  // "Si el SAT nos auditara mañana…": a date inside an imagined case is no deadline either.
  const deadline = ours(real(outside(merged(f('deadline'), todayDeadlines(text)), aside)));
  // "No tenemos presupuesto ni proyecto" is not an approved budget.
  const nearTerm = ours(affirmed(outside(f('nearTerm'), aside), text.allWords, compiled.negators));
  const planned = outside(plannedHorizon(text), aside);
  const evaluating = outside(merged(f('evaluating'), planned), aside);
  // The horizon caps a request when it dates the decision ("una propuesta; lo decidimos el próximo trimestre"), in the
  // request's own sentence or beside a plan word; not when it dates something else ("el contrato actual vence a fin de
  // año; aun así necesito una propuesta formal").
  const planWords = f('planWord');
  const nearSentences = new Set(nearTerm.map((hit) => sentenceOf(text, hit.firstWord)));
  const datesDecision = (hit: PhraseHit) => {
    const k = sentenceOf(text, hit.firstWord);
    return nearSentences.has(k) || planWords.some((w) => sentenceOf(text, w.firstWord) === k);
  };
  const horizonOnly = planned.some(datesDecision) && !f('soon').length;

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
  if (critical) score = BASE.CRITICAL + PER_EXTRA_SIGNAL * Math.min(critical - 1 + (nearTerm.length ? 1 : 0), 3);
  // A quote "for next year" is planning, not a near-term intent.
  else if (nearTerm.length && noTimeline.length) score = BASE.MEDIUM;
  // "Comparamos un PPA contra comprar la planta; lo definimos el próximo trimestre": a quarter-or-year horizon with no
  // nearer date is MEDIUM at most, whatever is asked for.
  else if (nearTerm.length && horizonOnly) score = BASE.MEDIUM;
  else if (nearTerm.length) score = BASE.HIGH + PER_EXTRA_SIGNAL * Math.min(nearTerm.length - 1, 3);
  else if (evaluating.length && !noTimeline.length) score = BASE.MEDIUM + PER_EXTRA_SIGNAL * Math.min(evaluating.length - 1, 3);
  else score = noTimeline.length ? 10 : 20;

  // "Urgent audit this week, so no time for this": the urgency is about something else; the topic waits. It waits
  // as a plan (MEDIUM at most) when they still say they will evaluate it ("ahora no puedo; queremos evaluar sensores
  // el próximo trimestre"), and as nothing (LOW) when they only put it off ("can wait; reach out in a few months").
  // Their own words for it first ("can wait"), else the put-off that ended the other matter.
  const putOff = f('deferral')[0] ?? elsewhere?.putOff;
  if (putOff) {
    signals.push(`they put it off: ${text.quote(putOff)} (urgency elsewhere is not urgency for us)`);
    score = Math.min(score, outside(f('evaluating'), aside).length ? BASE.MEDIUM : 10);
  }
  if (calm.length) {
    signals.push(`they say it is not urgent: ${text.quote(calm[0])} (never CRITICAL)`);
    score = Math.min(score, policy.urgency.CRITICAL - 1);
  }
  if (!signals.length) signals.push(text.contentFree ? 'no need or timeline described' : 'no timeline or urgency words');
  return { score, level: urgencyLevelFor(score, policy), signals };
}
