// Fit with the seller's ideal customer (policy.md section 2), judged against the seller's own profile:
// industry, company size, need and location. Each of the four is positive, unknown or negative.
import { leadCountry } from '../enrichment/location';
import type { ClassificationPolicy } from '../policy/policy';
import { fitGradeFor } from '../policy/thresholds';
import { normalizeText } from '../text/normalize';
import type { CompanySizeSigns } from './company-size';
import { outside, type PhraseHit } from '../text/phrases';
import { sentenceOf, type LeadText } from './lead-text';
import type { NeedMatch } from './needs';
import { sectorsMeeting, sectorsOf } from './sectors';
import type { SellerProfile } from './seller-profile';
import type { ClassificationResult, LeadInput } from './types';

type Fit = ClassificationResult['fit'];
type State = 'positive' | 'unknown' | 'negative';

interface Signal {
  state: State;
  reason: string;
  /** Far beyond "positive": two services asked for, a company-wide or multi-site company. */
  strong?: boolean;
  /** A micro business or personal use (size only). */
  micro?: boolean;
}

// Four positives make an A; each unknown or negative signal drops about one grade (B, C, D).
const POSITIVE_POINTS = 20;
const UNKNOWN_POINTS = 5;
const NEUTRAL_UNKNOWN_POINTS = 10;
const STRONG_BONUS = 10;
const NOT_A_BUYER_SCORE = 5;

const SECTOR_NAMES: Record<string, string> = { digital_services: 'digital services', food_beverage: 'food and beverage', food_shops: 'food shops', security_hardware: 'security hardware' };
const sectorName = (s: string) => SECTOR_NAMES[s] ?? s;

type IndustrySignal = Signal & { excluded: boolean };

// Leads repeat the same industries ("Retail", "Manufactura"): each seller judges each wording once.
const industryJudgements = new WeakMap<SellerProfile, Map<string, IndustrySignal>>();
const JUDGEMENT_LIMIT = 10_000;

function industrySignal(lead: LeadInput, seller: SellerProfile): IndustrySignal {
  const stated = lead.industry?.trim();
  const key = stated ? `i:${stated}` : `c:${lead.companyName?.trim() ?? ''}`;
  let judged = industryJudgements.get(seller);
  if (!judged) industryJudgements.set(seller, (judged = new Map()));
  let signal = judged.get(key);
  if (!signal) {
    signal = judgeIndustry(stated, seller, lead.companyName?.trim() ?? '');
    if (judged.size >= JUDGEMENT_LIMIT) judged.clear();
    judged.set(key, signal);
  }
  return signal;
}

function judgeIndustry(stated: string | undefined, seller: SellerProfile, companyName: string): IndustrySignal {
  const source = stated || companyName;
  const reading = sectorsOf(source);
  const { sectors, otherWords } = reading;
  const label = stated ? `"${stated}"` : `"${source}" (company name)`;
  if (sectorsMeeting(reading, seller.excludedSectors).length || [...otherWords].some((w) => seller.excludedIndustryWords.has(w))) {
    return { state: 'negative', reason: `industry ${label} is excluded by the seller`, excluded: true };
  }
  if (!seller.targetSectors.size && !seller.targetIndustryWords.size) return { state: 'positive', reason: 'the seller targets any industry', excluded: false };
  // The same sector is not enough when the seller names a part of it: a dental practice is health, not a hospital.
  const targets = sectorsMeeting(reading, seller.targetSectors);
  if (targets.length || [...otherWords].some((w) => seller.targetIndustryWords.has(w))) {
    return { state: 'positive', reason: `target industry: ${label}${targets.length ? ` (${targets.map(sectorName).join(', ')})` : ''}`, excluded: false };
  }
  // A company name that names no sector tells nothing; a stated industry outside the targets is a weak fit.
  if (!stated && !sectors.size) return { state: 'unknown', reason: 'industry unknown', excluded: false };
  return { state: 'negative', reason: `not a target industry: ${label}`, excluded: false };
}

function sizeSignal(size: CompanySizeSigns, seller: SellerProfile, policy: ClassificationPolicy): Signal {
  const { min, max } = seller.size;
  const { microMax, enterpriseMin } = policy.companySize;
  if (size.employees !== null) {
    const n = size.employees;
    const from = size.employeesFrom === 'description' ? ' (from the description)' : '';
    if (n <= microMax) return { state: 'negative', reason: `micro business: ${n} employees${from}`, micro: true };
    if (n < min) return { state: 'negative', reason: `${n} employees${from}, below the seller's target of ${min}+` };
    if (max !== null && n > max) return { state: 'negative', reason: `${n} employees${from}, above the seller's target of ${min}-${max}` };
    return { state: 'positive', reason: `${n} employees${from}, within the target (${seller.size.source})`, strong: n >= enterpriseMin || !!size.multiSite };
  }
  if (size.multiSite) return { state: 'positive', reason: `several sites: "${size.multiSite}"`, strong: true };
  if (size.largeScope) return { state: 'positive', reason: `company-wide scope: "${size.largeScope}"`, strong: true };
  if (size.micro || size.singleDevice) return { state: 'negative', reason: `micro business or personal use: "${size.micro ?? size.singleDevice}"`, micro: true };
  return { state: 'unknown', reason: 'company size unknown' };
}

/**
 * Where the lead asks whether the seller sells a thing ("¿tienen existencia?", "do you carry curb stops?", a sentence
 * opening "Vendem…?"), undefined when it does not: the one reading of a purchase question, for the need (fit) and for
 * the learned non-buyer reading alike.
 */
export function purchaseAsked(text: LeadText): PhraseHit | undefined {
  const openers = text.found('purchaseOpener').filter((hit) => text.sentences[sentenceOf(text, hit.firstWord)]!.fromWord === hit.firstWord);
  const asks = openers.length ? [...text.found('purchaseAsk'), ...openers] : text.found('purchaseAsk');
  if (!asks.length) return undefined;
  const not = text.found('purchaseAskNot');
  // "¿Ustedes venden a Panamá?", "si ustedes suministran para proyectos fuera…": a where or a whom after the verb, overlapping the ask.
  return outside(asks, not)[0];
}

function needSignal(text: LeadText, needs: NeedMatch, outsideTrade: boolean, sellsGoods: boolean): Signal {
  const n = needs.matchedServices.length;
  // Asked from outside the target industries, a request that meets the services only in the kind of work ("necesitamos
  // mantenimiento para 4 hornos de pan" of a coffee-roaster service, "reparação de máquinas de biselar lentes" of a
  // dental-handpiece repairer) is for something the seller does not do it to: the need is weak too (policy.md section
  // 2: the need against mainServices), and the lead is the fit C the policy gives two weak signals.
  if (n && outsideTrade && needs.kindOfWorkOnly) {
    const words = [...new Set(needs.matchedServices.flatMap((s) => needs.evidence.get(s) ?? []))].map((w) => `"${w}"`).join(', ');
    return { state: 'negative', reason: `only the kind of work matches (${words}), not what it is for` };
  }
  // "Necesitamos comprar 3.000 pies de cuero… ¿tienen existencia?" of a tannery-audit firm, "do you carry curb stops?" of
  // a lead-line surveyor: they ask whether the seller sells the thing its services are about. That is buying goods, not
  // one of its services, and the need is weak (policy.md section 2). Where or to whom it sells ("¿venden para Brasil?")
  // and the insurance it carries are no goods asked for; and of a seller that sells goods ("Suministro de neumáticos"),
  // "¿tienen stock?" asks for what it offers.
  const purchase = n && !sellsGoods ? purchaseAsked(text) : undefined;
  if (purchase) return { state: 'negative', reason: `they ask whether we sell it (${text.quote(purchase)}): buying goods, not one of our services` };
  if (n) {
    const detail = needs.matchedServices.map((s) => `${s} (${[...new Set(needs.evidence.get(s))].join(', ')})`).join('; ');
    return { state: 'positive', reason: `need matches ${n} service${n > 1 ? 's' : ''}: ${detail}`, strong: n >= 2 };
  }
  if (text.contentFree) return { state: 'unknown', reason: text.normalized ? 'the description states no need' : 'no description' };
  return { state: 'negative', reason: 'the need matches none of the seller\'s services' };
}

function locationSignal(lead: LeadInput, emailDomain: string | null, seller: SellerProfile): Signal & { country: string | null } {
  const read = leadCountry(lead.location, lead.phone, emailDomain);
  const targets = seller.targetCountries;
  if (!targets) return { state: 'positive', reason: 'the seller sells in any country', country: read.country };
  // A place several countries share ("Santiago", "Canoinhas, SC") is in the seller's market when one of them is.
  const country = read.country ?? (read.candidates.length ? (read.candidates.find((c) => targets.has(c)) ?? read.candidates[0]!) : null);
  const where = lead.location?.trim() ? `"${lead.location.trim()}"` : country ?? '';
  if (country) {
    return targets.has(country)
      ? { state: 'positive', reason: `location in a target country: ${where} (${country})`, country }
      : { state: 'negative', reason: `location outside the target countries: ${where} (${country})`, country };
  }
  const place = normalizeText(lead.location);
  if (place && seller.targetCountryNames.some((name) => place.includes(name))) return { state: 'positive', reason: `location in a target country: ${where}`, country };
  return { state: 'unknown', reason: place ? `location not recognised: ${where}` : 'location unknown', country };
}

export interface FitAssessment {
  fit: Fit;
  country: string | null;
}

export function assessFit(
  lead: LeadInput,
  text: LeadText,
  needs: NeedMatch,
  size: CompanySizeSigns,
  emailDomain: string | null,
  disqualifiers: string[],
  seller: SellerProfile,
  policy: ClassificationPolicy,
): FitAssessment {
  const industry = industrySignal(lead, seller);
  const location = locationSignal(lead, emailDomain, seller);
  const sizeSig = sizeSignal(size, seller, policy);
  // Only when industry is the one other weak signal: with size or location weak as well, three weak signals would read a
  // request for work as no buyer at all (fit D), more than an off-target request says.
  const outsideTrade = industry.state === 'negative' && sizeSig.state !== 'negative' && location.state !== 'negative';
  const signals = [industry, sizeSig, needSignal(text, needs, outsideTrade, seller.sellsGoods), location];

  const positives = signals.filter((s) => s.state === 'positive').length;
  const negatives = signals.filter((s) => s.state === 'negative').length;
  // An unknown signal is neutral (policy.md section 2): where nothing is weak and two signals are good (a lead that says
  // nothing of its industry and size but asks for what the seller sells, from a country it sells in), the unknowns
  // weigh as much as a good fit needs, B, not as the weak fit two of them would otherwise add up to.
  const unknownPoints = negatives === 0 && positives >= 2 ? NEUTRAL_UNKNOWN_POINTS : UNKNOWN_POINTS;
  let score = positives * POSITIVE_POINTS + signals.filter((s) => s.state === 'unknown').length * unknownPoints;
  if (positives === signals.length) score += signals.filter((s) => s.strong).length * STRONG_BONUS;
  // D is for leads clearly outside on nearly every signal; what is merely unknown does not make one. A buyer in the
  // seller's trade, or asking for what the seller sells, is not outside for being small or abroad: fit C at least,
  // unless it is a micro business or personal use (then size is one more sign of being outside).
  const [industrySig, , needSig] = signals;
  const realBuyer = !sizeSig.micro && (industrySig.state === 'positive' || needSig.state === 'positive');
  if ((positives >= 1 && negatives <= 1) || realBuyer) score = Math.max(score, policy.fit.C);
  const reasons = signals.map((s) => `${s.state === 'positive' ? '+' : s.state === 'negative' ? '-' : '?'} ${s.reason}`);

  // Not a buyer, or a seller-excluded industry: outside the ideal customer whatever else fits.
  if (disqualifiers.length || industry.excluded) {
    score = Math.min(score, NOT_A_BUYER_SCORE);
    reasons.unshift(`- ${industry.excluded ? industry.reason : disqualifiers[0]}`);
  }
  score = Math.min(100, score);
  return { fit: { score, grade: fitGradeFor(score, policy), reasons }, country: location.country };
}
