// Leads that are not buyers (policy.md section 6, rule 1): students, job seekers, vendors or agencies selling
// to the seller, competitors, private persons, spam, form tests and gibberish. Each reason quotes the lead.
import type { PolicyList } from '../policy/compiled-policy';
import type { LeadFields } from './lead-fields';
import { outside, type PhraseHit } from '../text/phrases';
import { saidJustBefore, sentenceOf, type LeadText } from './lead-text';
import { wordFacts } from './lexicon';
import { contactFromJobTitle } from '../enrichment/contact-profile';
import { emailTypeOfDomain } from '../enrichment/email-type';
import { isGibberish } from './placeholders';
import { sectorsMeeting, sectorsOf } from './sectors';
import { equivalentStem, isSpecificWord, needUnitsOf } from './services';
import type { SellerProfile } from './seller-profile';
import type { LeadIntent, LeadInput } from './types';

const isMash = (word: string) => wordFacts(word).mash;

/** A non-buyer list's hits outside mail-app sign-offs ("Enviado do meu iPhone" is no private matter). */
function found(text: LeadText, list: PolicyList): readonly PhraseHit[] {
  const hits = text.found(list);
  if (!hits.length) return hits;
  const signOff = text.found('signOff');
  return signOff.length ? outside(hits, signOff) : hits;
}

/**
 * What the non-buyer lists and readings found in one lead, each read once: the disqualifiers (the stage) and the
 * intent (the kind named for people) are both written from it. A kind's list hits come first, then its reading in the
 * lists' terms (a claim of experience plus a job ask, an offer aimed at the seller's assets, the seller's own trade).
 */
export interface NonBuyerReading {
  student: readonly PhraseHit[];
  jobSeeker: readonly PhraseHit[];
  vendor: readonly PhraseHit[];
  competitor: readonly PhraseHit[];
  /** "Somos una empresa de limpieza" to a cleaning company: read only when no competitor phrase already said it. */
  peer: readonly PhraseHit[];
  /** The lead's address domain when it is one of the seller's competitors'; null otherwise. */
  competitorDomain: string | null;
  partner: readonly PhraseHit[];
  privatePerson: readonly PhraseHit[];
  spam: readonly PhraseHit[];
  /** One spam word can be a real business ("exchange de cripto"); two cannot, nor one with shouting ("GANA YA!!!"). */
  isSpam: boolean;
}

/**
 * Vendor words that are the buyer's own set aside: an offer made to the writer's own customers ("queremos ofrecerles a
 * nuestros clientes…", see ownAudience) and "firms like yours" in a question about how such sellers work (sellersAsked).
 */
function buyersOwnWords(text: LeadText, offers: readonly PhraseHit[]): readonly PhraseHit[] {
  if (!offers.length) return offers;
  const audience = text.found('ownAudience');
  const kept = audience.length ? offers.filter((offer) => !audience.some((a) => a.firstWord === offer.endWord)) : offers;
  return outside(kept, text.found('sellersAsked'));
}

const orElse = (hits: readonly PhraseHit[], reading: () => readonly PhraseHit[]) => (hits.length ? hits : reading());

/**
 * `needMatched`: the description asks for one of the seller's services (needs.ts), so a request in it ("pode me mandar
 * uma proposta?", "me interesa una llamada para ver precio") is for what the seller sells.
 */
export function readNonBuyer(fields: LeadFields, text: LeadText, emailDomain: string | null, seller: SellerProfile, needMatched = false): NonBuyerReading {
  // "Estudio de mercado" is a competitor's research to most sellers, and what a buyer asks of a market-research firm: a
  // phrase that names one of the seller's own services says what the lead wants, not who writes.
  const competitorWords = found(text, 'competitor');
  const notOurs = competitorWords.length ? competitorWords.filter((hit) => !namesOurService(text, hit, seller)) : competitorWords;
  // "Estamos avaliando mudar o modelo de manutenção dos PDVs… Quero entender como vocês precificam por PDV": how the
  // seller prices, asked by a lead that evaluates buying what it sells, is a buyer's question, not a peer's benchmark.
  const competitor = notOurs.length && needMatched && text.found('evaluating').length && !outside(notOurs, text.found('howYouPrice')).length ? NONE : notOurs;
  const spam = text.found('spam');
  const student = found(text, 'student');
  // "Queremos tercerizar la bolsa de trabajo" to a seller that runs universities' job boards: the job words are the
  // service asked for, every one of them a word the seller's services are known by.
  const jobWords = found(text, 'jobSeeker');
  const jobSeeker = orElse(jobWords.length ? jobWords.filter((hit) => !allOurServiceWords(text, hit, seller)) : jobWords, () => jobSeekerPair(text));
  const vendor = orElse(buyersOwnWords(text, found(text, 'vendor')), () => vendorPair(text, needMatched, seller));
  const peer = competitor.length ? NONE : sameTrade(text, seller);
  const partner = partnerAsk(text);
  // A student or a job seeker also speaks in the first person: their own words already say who writes.
  const named = student.length + jobSeeker.length + vendor.length + competitor.length + peer.length + partner.length > 0;
  return {
    student,
    jobSeeker,
    vendor,
    competitor,
    peer,
    competitorDomain: emailDomain && [...seller.competitorDomains].some((d) => emailDomain === d || emailDomain.endsWith(`.${d}`)) ? emailDomain : null,
    partner,
    privatePerson: orElse(found(text, 'privatePerson'), () => personalMatter(fields, text, emailDomain, named)),
    spam,
    isSpam: spamSignals(spam, text) >= 2,
  };
}

export function detectDisqualifiers(read: NonBuyerReading, lead: LeadInput, fields: LeadFields, text: LeadText): string[] {
  const reasons: string[] = [];
  const quote = (hits: readonly PhraseHit[]) => text.quote(hits[0]);

  if (read.student.length) reasons.push(`not a buyer: a student or school work (${quote(read.student)})`);
  else if (fields.title.student) reasons.push(`not a buyer: a student ("${lead.jobPosition}")`);
  if (read.jobSeeker.length) reasons.push(`not a buyer: looking for a job (${quote(read.jobSeeker)})`);
  if (read.vendor.length) reasons.push(`not a buyer: a vendor or agency selling to us (${quote(read.vendor)})`);
  if (read.competitor.length) reasons.push(`not a buyer: a competitor studying us (${quote(read.competitor)})`);
  else if (read.competitorDomain) reasons.push(`not a buyer: writes from a competitor's domain (${read.competitorDomain})`);
  if (read.peer.length) reasons.push(`not a buyer: a company in our own trade (${quote(read.peer)})`);
  if (read.partner.length) reasons.push(`not a buyer: a reseller or partner asking to sell with us (${quote(read.partner)})`);
  if (read.privatePerson.length) reasons.push(`not a buyer: a private person with a personal matter (${quote(read.privatePerson)})`);
  if (read.isSpam) reasons.push(`spam (${read.spam.slice(0, 3).map((hit) => text.quote(hit)).join(', ')})`);

  const test = found(text, 'test');
  if (test.length) reasons.push(`a form test (${quote(test)})`);
  else if (fields.fake.fullName && (fields.fake.companyName || fields.fake.jobPosition)) reasons.push(`test or made-up data (name "${lead.fullName}")`);

  if (text.gibberish || (fields.text.fullName && isGibberish(fields.text.fullName, isMash))) reasons.push('gibberish in the name or description');
  return reasons;
}

// "!!!", "¡¡", or two words of four letters or more in capitals ("PRÉSTAMOS INMEDIATOS").
const SHOUTING = /!{3,}|¡¡|(?:\b\p{Lu}{4,}\b.*){2}/u;

/** Distinct spam phrases, plus one for shouting when there is at least one. */
function spamSignals(spam: readonly PhraseHit[], text: LeadText): number {
  if (!spam.length) return 0;
  const distinct = new Set(spam.map((hit) => hit.text)).size;
  return distinct + (SHOUTING.test(text.raw) ? 1 : 0);
}

// How many words may stand between a buying verb and the partner word it governs ("contratar una solución marca blanca").
const ACQUIRE_WINDOW = 3;

/**
 * Partner words ("marca blanca", "white label", "distribuidor autorizado"), except where the writer's own buying verb
 * governs them in the same sentence: "contratar una solución marca blanca" is a buyer weighing what to buy.
 */
function partnerAsk(text: LeadText): readonly PhraseHit[] {
  const hits = found(text, 'partner');
  const acquire = hits.length ? text.found('acquire') : NONE;
  // "Comparando tres opciones por comisión y días de liquidación": the commission is what a buyer compares providers on.
  const compared = hits.length ? text.found('weighing') : NONE;
  if (!acquire.length && !compared.length) return hits;
  return hits.filter((hit) => !saidJustBefore(text, acquire, hit, ACQUIRE_WINDOW) && !saidJustBefore(text, compared, hit, COMPARED_ON_WINDOW));
}

// Words between a comparing word and what is compared ("comparando tres opciones por comisión").
const COMPARED_ON_WINDOW = 3;

// Words between an offer ("posso te mandar") and the quote word it offers ("um orçamento").
const OFFERED_WINDOW = 3;
// Words after a self-introduction ("somos proveedores de …") that still name the writer's trade.
const SELF_TRADE_WORDS = 4;

/**
 * "Ofrecemos desarrolladores para equipos como el suyo": an offer aimed, in the same sentence, at the seller's own
 * assets, from someone who asks for nothing ("we help hospitals; we need your team to migrate us" is a buyer).
 */
function vendorPair(text: LeadText, needMatched: boolean, seller: SellerProfile): readonly PhraseHit[] {
  const offer = text.found('offerToYou');
  // "Gather info on firms like yours": the writer asks about sellers like this one (sellersAsked), no trade of its own.
  const self = outside(text.found('vendorSelf'), text.found('sellersAsked'));
  if (!offer.length && !self.length) return NONE;
  // A quote word the writer offers ("posso te mandar um orçamento?") is no ask of theirs.
  const offered = text.found('offerAsk');
  const asks = offered.length ? text.found('buyerAsk').filter((a) => !offered.some((o) => o.endWord <= a.firstWord && a.firstWord - o.endWord <= OFFERED_WINDOW)) : text.found('buyerAsk');
  if (asks.length) return NONE;
  // "Somos uma fábrica de embalagens … estamos cotando manutenção para os nossos compressores. Pode me mandar uma
  // proposta?": a maker introducing itself, then asking for a quote, a proposal or a price of what the seller sells, or
  // saying it is evaluating it ("estamos avaliando uma consultoria de formulação").
  // Not when the trade it introduces heads one of the seller's services ("we're also a B2B marketing agency" to an
  // agency, "somos proveedores de reparación de bombas" to a pump repairer): a peer asking prices benchmarks them.
  const peerWords = self.some((hit) => headsOurService(text, hit.firstWord, hit.endWord + SELF_TRADE_WORDS, seller));
  // Not either when it offers the quote, the call or the demo itself ("posso te mandar um orçamento?").
  if (needMatched && !peerWords && !offered.length && (text.found('nearTerm').length || text.found('evaluating').length)) return NONE;
  // "Somos una agencia de marketing digital…", "vendemos equipos al mayoreo": a seller by trade who asks for nothing.
  if (self.length) return self;
  const asset = text.found('sellerAsset');
  return offer.filter((o) => asset.some((a) => a.firstWord >= o.endWord && sentenceOf(text, a.firstWord) === sentenceOf(text, o.firstWord)));
}

// How many words after "somos una empresa de" / "we are a" still name the writer's trade ("a commercial cleaning company").
const TRADE_WINDOW = 4;

/**
 * "Somos una empresa de limpieza" to a cleaning company, "we are a commercial cleaning firm": the writer's own trade is
 * the head of one of the seller's services, and the writer asks to buy nothing. A peer (a competitor or a would-be
 * subcontractor), not a buyer (policy.md section 6). "Somos una empresa de logística y necesitamos…" asks, so it is read
 * as a buyer whatever its trade.
 */
function sameTrade(text: LeadText, seller: SellerProfile): readonly PhraseHit[] {
  const own = text.found('ownTrade');
  if (!own.length || text.found('buyerAsk').length) return NONE;
  for (const hit of own) {
    const endWord = Math.min(text.allWords.length, hit.endWord + TRADE_WINDOW);
    if (!headsOurService(text, hit.endWord, endWord, seller)) continue;
    // "We're a private credit lender" to an appraiser whose machinery valuations are "for leasing": a trade the seller
    // sells to is a customer, whatever its services are for. Named as a kind of company, not by a broad word that fits
    // any trade ("refrigeración industrial" is still a refrigeration company to a seller that targets manufacturing).
    const trade = sectorsOf(text.allWords.slice(hit.endWord, endWord).join(' '));
    if (sectorsMeeting(trade, seller.targetSectors).some((sector) => trade.parts.get(sector)?.size)) continue;
    return [{ text: hit.text, firstWord: hit.firstWord, endWord }];
  }
  return NONE;
}

/** The stems of the meaningful words from `from` to `to` (positions in `allWords`), only those in `sentence` when given. */
function stemsBetween(text: LeadText, from: number, to: number, sentence?: number): string[] {
  const stems: string[] = [];
  for (let k = 0; k < text.wordIndex.length; k++) {
    const at = text.wordIndex[k]!;
    if (at >= from && at < to && (sentence === undefined || sentenceOf(text, at) === sentence)) stems.push(text.stems[k]!);
  }
  return stems;
}

/**
 * Whether the words from `from` to `to` (in `allWords`, within `from`'s sentence) name the head of one of the seller's
 * services. Concepts only ("limpieza", "refrigeración"): a plain word such as "plant" heads "Plantas fotovoltaicas" but a
 * glass plant is a buyer of solar power, not a solar company.
 */
function headsOurService(text: LeadText, from: number, to: number, seller: SellerProfile): boolean {
  const stems = stemsBetween(text, from, to, sentenceOf(text, from));
  return needUnitsOf(stems, () => false).some(({ unit }) => seller.unitIndex.get(unit)?.some((t) => t.weight >= 2));
}

/**
 * Whether a phrase is the name of one of the seller's services: two of the words it is known by at their full weight
 * ("estudio de mercado" to a seller of "Estudios de mercado y estrategia de ingreso"), not one shared word.
 */
function namesOurService(text: LeadText, hit: PhraseHit, seller: SellerProfile): boolean {
  const stems = stemsBetween(text, hit.firstWord, hit.endWord);
  const heads = new Map<number, number>();
  for (const { unit } of needUnitsOf(stems, (word) => seller.serviceWords.has(word))) {
    for (const t of seller.unitIndex.get(unit) ?? []) if (t.weight >= 2) heads.set(t.service, (heads.get(t.service) ?? 0) + 1);
  }
  return [...heads.values()].some((n) => n >= 2);
}

/** Whether every specific word of a phrase ("bolsa", not "trabajo") is one the seller's services are known by. */
function allOurServiceWords(text: LeadText, hit: PhraseHit, seller: SellerProfile): boolean {
  const stems = stemsBetween(text, hit.firstWord, hit.endWord).filter(isSpecificWord);
  return stems.length > 0 && stems.every((s) => seller.serviceWords.has(s) || seller.serviceWords.has(equivalentStem(s)));
}

// "Adjuntar experiencia en hospitales y CV del auditor líder": a tender asks the seller for its record; the experience
// is then the seller's to show, not the writer's claim.
const ASKED_TO_SHOW = new Set(['adjuntar', 'adjunten', 'anexar', 'anexen', 'anexem', 'incluir', 'incluyan', 'presentar', 'presenten', 'apresentar', 'apresentem', 'acreditar', 'acrediten', 'comprovar', 'attach', 'include', 'submit', 'provide']);

/** "Tengo 6 años de experiencia … ¿tienen vacantes?": a claim of experience and a job ask in one text. */
function jobSeekerPair(text: LeadText): readonly PhraseHit[] {
  const claim = text.found('experienceClaim').filter((hit) => hit.firstWord === 0 || !ASKED_TO_SHOW.has(text.allWords[hit.firstWord - 1]!));
  return claim.length && text.found('jobAsk').length ? claim : NONE;
}

/**
 * A private person's own life ("mi hijo", "my car", "uma bota pra mim"), counted only from someone who names no company
 * and speaks of no business of their own: a business owner may well say "mi casa" or "para mí".
 */
function personalMatter(fields: LeadFields, text: LeadText, emailDomain: string | null, writerNamed: boolean): readonly PhraseHit[] {
  if ((fields.text.companyName && !fields.fake.companyName) || text.found('ownBusiness').length) return NONE;
  const matter = found(text, 'personalMatter');
  if (matter.length) return matter;
  return writerNamed ? NONE : anonymousVoice(fields, text, emailDomain);
}

const SPEAKS_FOR_ORGANISATION: ReadonlySet<string> = new Set(['C_LEVEL', 'DIRECTOR', 'MANAGER']);

// Words quoted after "mi" / "my" / "meu" to show what the person spoke of.
const VOICE_QUOTE_WORDS = 4;

/**
 * Someone with no company, no job title and a consumer (or no) address who speaks only of themselves ("me quiere subir
 * la renta … revisar mi contrato"): a private person. "We", "nuestra", "somos" speak for an organisation, so they are not.
 */
function anonymousVoice(fields: LeadFields, text: LeadText, emailDomain: string | null): readonly PhraseHit[] {
  // A title that leads or decides speaks for an organisation, and a sole trader's status ("Monotributista", "MEI") is a
  // business of one, a small buyer; "Conductor de plataforma" or "Repositor" with no company and a consumer address is
  // still one person.
  const title = fields.text.jobPosition && !fields.fake.jobPosition ? fields.text.jobPosition : '';
  const titled = !!title && (SPEAKS_FOR_ORGANISATION.has(contactFromJobTitle(title).seniorityLevel) || fields.title.soleTrader);
  if (titled || (emailDomain && emailTypeOfDomain(emailDomain) !== 'FREE')) return NONE;
  const singular = found(text, 'firstPersonSingular');
  if (!singular.length || text.found('firstPersonPlural').length) return NONE;
  const first = singular[0];
  return [{ text: first.text, firstWord: first.firstWord, endWord: Math.min(text.allWords.length, first.endWord + VOICE_QUOTE_WORDS) }];
}
const NONE: readonly PhraseHit[] = [];

// The kinds that name a non-buyer, in the order a mixed text is read ("soy estudiante y busco trabajo" is a student).
const INTENT_KINDS: readonly [keyof NonBuyerReading, LeadIntent][] = [
  ['student', 'STUDENT'],
  ['jobSeeker', 'JOB_SEEKER'],
  ['vendor', 'VENDOR_PITCH'],
  ['partner', 'PARTNER_OR_RESELLER'],
  ['competitor', 'COMPETITOR'],
  ['peer', 'COMPETITOR'],
  ['privatePerson', 'PERSONAL'],
];

/**
 * Who is writing, from the same reading the disqualifiers are written from, with the lead's words that showed it.
 * The policy decides the stage from the disqualifiers; this names the kind for people (reasons, lead overview).
 */
export function leadIntentOf(read: NonBuyerReading, lead: LeadInput, fields: LeadFields, text: LeadText, needUnclear: boolean): { kind: LeadIntent; evidence: string[] } {
  for (const [key, kind] of INTENT_KINDS) {
    // Spam speaks in anyone's voice ("compre já, receba em casa"): two spam signals outweigh a private person's words.
    if (kind === 'PERSONAL' && read.isSpam) break;
    // A student's title says who writes before their own words do ("Estudiante de Periodismo": "¿me contáis cómo
    // trabajáis?"), as the reasons list it first.
    if (kind === 'PERSONAL' && fields.title.student) break;
    const hits = read[key] as readonly PhraseHit[];
    if (hits.length) return { kind, evidence: hits.slice(0, 3).map((hit) => text.quote(hit)) };
  }
  if (fields.title.student) return { kind: 'STUDENT', evidence: [`"${lead.jobPosition}"`] };
  if (read.competitorDomain) return { kind: 'COMPETITOR', evidence: [read.competitorDomain] };
  const test = text.found('test');
  if (read.isSpam || test.length || text.gibberish) {
    return { kind: 'SPAM', evidence: [...read.spam, ...test].slice(0, 3).map((hit) => text.quote(hit)) };
  }
  return needUnclear ? { kind: 'UNCLEAR', evidence: [] } : { kind: 'BUYER', evidence: [] };
}
