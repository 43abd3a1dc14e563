// Leads that are not buyers (policy.md section 6, rule 1): students, job seekers, vendors or agencies selling
// to the seller, competitors, private persons, spam, form tests and gibberish. Each reason quotes the lead.
import type { PolicyList } from '../policy/compiled-policy';
import type { LeadFields } from './lead-fields';
import { outside, type PhraseHit } from '../text/phrases';
import { sentenceOf, type LeadText } from './lead-text';
import { wordFacts } from './lexicon';
import { emailTypeOfDomain } from '../enrichment/email-type';
import { isGibberish } from './placeholders';
import { needUnitsOf } from './services';
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
const STUDENT_TITLE = /\b(?:students?|estudiantes?|estudantes?|alumn[oa]s?|universitari[oa])\b/;

export function detectDisqualifiers(lead: LeadInput, fields: LeadFields, text: LeadText, emailDomain: string | null, seller: SellerProfile): string[] {
  const reasons: string[] = [];
  const first = (list: PolicyList) => {
    const hits = found(text, list);
    return hits.length ? text.quote(hits[0]) : null;
  };

  const student = first('student');
  if (student) reasons.push(`not a buyer: a student or school work (${student})`);
  else if (STUDENT_TITLE.test(fields.text.jobPosition)) reasons.push(`not a buyer: a student ("${lead.jobPosition}")`);

  const jobSeeker = first('jobSeeker') ?? quoteFirst(text, jobSeekerPair(text));
  if (jobSeeker) reasons.push(`not a buyer: looking for a job (${jobSeeker})`);

  const vendor = first('vendor') ?? quoteFirst(text, vendorPair(text));
  if (vendor) reasons.push(`not a buyer: a vendor or agency selling to us (${vendor})`);

  const competitor = first('competitor');
  if (competitor) reasons.push(`not a buyer: a competitor studying us (${competitor})`);
  else if (emailDomain && [...seller.competitorDomains].some((d) => emailDomain === d || emailDomain.endsWith(`.${d}`))) {
    reasons.push(`not a buyer: writes from a competitor's domain (${emailDomain})`);
  }

  // A competitor's own words already say it; the trade is read only when they do not.
  const peer = competitor ? null : quoteFirst(text, sameTrade(text, seller));
  if (peer) reasons.push(`not a buyer: a company in our own trade (${peer})`);

  const partner = first('partner');
  if (partner) reasons.push(`not a buyer: a reseller or partner asking to sell with us (${partner})`);

  const privatePerson = first('privatePerson') ?? quoteFirst(text, personalMatter(fields, text, emailDomain));
  if (privatePerson) reasons.push(`not a buyer: a private person with a personal matter (${privatePerson})`);

  // One spam word can be a real business ("exchange de cripto"); two cannot, nor one with shouting ("GANA YA!!!").
  const spam = text.found('spam');
  if (spamSignals(spam, text) >= 2) reasons.push(`spam (${spam.slice(0, 3).map((hit) => text.quote(hit)).join(', ')})`);

  const test = first('test');
  if (test) reasons.push(`a form test (${test})`);
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

const quoteFirst = (text: LeadText, hits: readonly PhraseHit[]) => (hits.length ? text.quote(hits[0]) : null);

/**
 * "Ofrecemos desarrolladores para equipos como el suyo": an offer aimed, in the same sentence, at the seller's own
 * assets, from someone who asks for nothing ("we help hospitals; we need your team to migrate us" is a buyer).
 */
function vendorPair(text: LeadText): readonly PhraseHit[] {
  const offer = text.found('offerToYou');
  const self = text.found('vendorSelf');
  if ((!offer.length && !self.length) || text.found('buyerAsk').length) return NONE;
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
    const stems: string[] = [];
    for (let k = 0; k < text.wordIndex.length; k++) {
      const at = text.wordIndex[k];
      if (at >= hit.endWord && at < hit.endWord + TRADE_WINDOW && sentenceOf(text, at) === sentenceOf(text, hit.firstWord)) stems.push(text.stems[k]);
    }
    // Concepts only ("limpieza", "refrigeración"): a plain word such as "plant" heads "Plantas fotovoltaicas" but a
    // glass plant is a buyer of solar power, not a solar company.
    const heads = needUnitsOf(stems, () => false).filter(({ unit }) => seller.unitIndex.get(unit)?.some((t) => t.weight >= 2));
    if (heads.length) return [{ text: hit.text, firstWord: hit.firstWord, endWord: Math.min(text.allWords.length, hit.endWord + TRADE_WINDOW) }];
  }
  return NONE;
}

/** "Tengo 6 años de experiencia … ¿tienen vacantes?": a claim of experience and a job ask in one text. */
function jobSeekerPair(text: LeadText): readonly PhraseHit[] {
  const claim = text.found('experienceClaim');
  return claim.length && text.found('jobAsk').length ? claim : NONE;
}

/**
 * A private person's own life ("mi hijo", "my car", "uma bota pra mim"), counted only from someone who names no company
 * and speaks of no business of their own: a business owner may well say "mi casa" or "para mí".
 */
function personalMatter(fields: LeadFields, text: LeadText, emailDomain: string | null): readonly PhraseHit[] {
  if ((fields.text.companyName && !fields.fake.companyName) || text.found('ownBusiness').length) return NONE;
  const matter = found(text, 'personalMatter');
  if (matter.length) return matter;
  return anonymousVoice(fields, text, emailDomain);
}

// Words quoted after "mi" / "my" / "meu" to show what the person spoke of.
const VOICE_QUOTE_WORDS = 4;

/**
 * Someone with no company, no job title and a consumer (or no) address who speaks only of themselves ("me quiere subir
 * la renta … revisar mi contrato"): a private person. "We", "nuestra", "somos" speak for an organisation, so they are not.
 */
function anonymousVoice(fields: LeadFields, text: LeadText, emailDomain: string | null): readonly PhraseHit[] {
  if ((fields.text.jobPosition && !fields.fake.jobPosition) || (emailDomain && emailTypeOfDomain(emailDomain) !== 'FREE')) return NONE;
  const singular = found(text, 'firstPersonSingular');
  if (!singular.length || text.found('firstPersonPlural').length) return NONE;
  const first = singular[0];
  return [{ text: first.text, firstWord: first.firstWord, endWord: Math.min(text.allWords.length, first.endWord + VOICE_QUOTE_WORDS) }];
}
const NONE: readonly PhraseHit[] = [];

// The phrase lists that name a non-buyer, in the order a mixed text is read ("soy estudiante y busco trabajo" is a student).
const INTENT_LISTS: readonly [PolicyList, LeadIntent][] = [
  ['student', 'STUDENT'],
  ['jobSeeker', 'JOB_SEEKER'],
  ['vendor', 'VENDOR_PITCH'],
  ['partner', 'PARTNER_OR_RESELLER'],
  ['competitor', 'COMPETITOR'],
  ['privatePerson', 'PERSONAL'],
];

/**
 * Who is writing, from the same lists the disqualifiers read, with the lead's words that showed it. The policy
 * decides the stage from the disqualifiers; this names the kind for people (reasons, lead overview).
 */
export function leadIntentOf(lead: LeadInput, fields: LeadFields, text: LeadText, emailDomain: string | null, seller: SellerProfile, needUnclear: boolean): { kind: LeadIntent; evidence: string[] } {
  for (const [list, kind] of INTENT_LISTS) {
    const hits = found(text, list);
    if (hits.length) return { kind, evidence: hits.slice(0, 3).map((hit) => text.quote(hit)) };
    const inferred =
      kind === 'JOB_SEEKER' ? jobSeekerPair(text) : kind === 'VENDOR_PITCH' ? vendorPair(text) : kind === 'COMPETITOR' ? sameTrade(text, seller) : kind === 'PERSONAL' ? personalMatter(fields, text, emailDomain) : NONE;
    if (inferred.length) return { kind, evidence: inferred.slice(0, 3).map((hit) => text.quote(hit)) };
  }
  if (STUDENT_TITLE.test(fields.text.jobPosition)) return { kind: 'STUDENT', evidence: [`"${lead.jobPosition}"`] };
  if (emailDomain && [...seller.competitorDomains].some((d) => emailDomain === d || emailDomain.endsWith(`.${d}`))) return { kind: 'COMPETITOR', evidence: [emailDomain] };
  const spam = text.found('spam');
  if (spamSignals(spam, text) >= 2 || text.found('test').length || text.gibberish) {
    return { kind: 'SPAM', evidence: [...spam, ...text.found('test')].slice(0, 3).map((hit) => text.quote(hit)) };
  }
  return needUnclear ? { kind: 'UNCLEAR', evidence: [] } : { kind: 'BUYER', evidence: [] };
}
