// The lead's short text fields, normalised once (and checked for placeholders once) for every rule.
import type { CompiledPolicy, TitleList } from '../policy/compiled-policy';
import { normalizeText } from '../text/normalize';
import { wordFacts } from './lexicon';
import { isPlaceholderText } from './placeholders';
import type { LeadInput } from './types';

export type LeadTextField = 'fullName' | 'companyName' | 'jobPosition' | 'industry' | 'location';

export interface LeadFields {
  /** Normalised value of each field ('' when absent). */
  text: Record<LeadTextField, string>;
  /** Fields filled with a placeholder ("N/A", "-", "asdf", "Prueba SA") or keyboard mashing. */
  fake: Record<LeadTextField, boolean>;
  /** What the job title alone says of the writer (the policy's title lists). */
  title: TitleReading;
}

export type TitleReading = Readonly<Record<TitleList, boolean>>;

interface ReadField {
  text: string;
  fake: boolean;
  /** Read for the job title only (undefined for other fields). */
  title?: TitleReading;
}

const isMash = (word: string) => wordFacts(word).mash;
const ABSENT: ReadField = { text: '', fake: false };
// Titles, industries, locations and company names come back lead after lead: each value is read once per
// compiled policy (the placeholder lists are the policy's). Names are nearly all distinct and are not kept.
const READ_LIMIT = 20_000;
// Titles have their own cache: a title's reading carries what the title lists say of it.
const readFields = new WeakMap<CompiledPolicy, { fields: Map<string, ReadField>; titles: Map<string, ReadField> }>();

function read(raw: unknown, policy: CompiledPolicy): ReadField {
  if (typeof raw !== 'string' || raw.trim() === '') return ABSENT;
  const text = normalizeText(raw);
  return { text, fake: isPlaceholderText(text, policy, isMash) };
}

const NO_TITLE: TitleReading = Object.freeze({ student: false, soleTrader: false });

// "Directora de Estudiantes", "Dean of Students", "Coordenadora dos Estudantes": a student word after one of these names
// the department a person runs, not what the person is.
const DEPARTMENT_OF = new Set(['de', 'del', 'of', 'for', 'do', 'dos', 'da', 'das', 'para']);
// "Universitario" alone is a student; after a noun it qualifies the place a person works in ("Director del Museo
// Universitario", "Jefa de Patrimonio Universitario").
const QUALIFIER_AFTER_NOUN = new Set(['universitario', 'universitaria']);
// "Student Services Coordinator", "Director of Student Affairs": a student word before one of these names the office
// that serves students, not what the person is.
const OFFICE_AFTER = new Set(['services', 'service', 'affairs', 'success', 'life', 'support', 'health', 'wellness', 'wellbeing', 'housing', 'activities', 'records', 'experience', 'engagement', 'development']);

/** A job title: read as any field, then for the policy's title lists. */
function readTitle(raw: unknown, policy: CompiledPolicy): ReadField {
  const field = read(raw, policy);
  if (!field.text) return field;
  const { words, hits } = policy.titles.scan(field.text);
  if (!hits.size) return field;
  const student = (hits.get('student') ?? []).some(
    (hit) => !OFFICE_AFTER.has(words[hit.endWord] ?? '') && (hit.firstWord === 0 || (!DEPARTMENT_OF.has(words[hit.firstWord - 1]!) && !QUALIFIER_AFTER_NOUN.has(hit.text))),
  );
  return { ...field, title: { student, soleTrader: hits.has('soleTrader') } };
}

function readOnce(raw: unknown, policy: CompiledPolicy, cache: Map<string, ReadField>, reader = read): ReadField {
  if (typeof raw !== 'string') return ABSENT;
  let field = cache.get(raw);
  if (field === undefined) {
    field = reader(raw, policy);
    if (cache.size >= READ_LIMIT) cache.clear();
    cache.set(raw, field);
  }
  return field;
}

export function leadFields(lead: LeadInput, policy: CompiledPolicy): LeadFields {
  let caches = readFields.get(policy);
  if (!caches) readFields.set(policy, (caches = { fields: new Map(), titles: new Map() }));
  const { fields: cache } = caches;
  const fullName = read(lead.fullName, policy);
  const companyName = readOnce(lead.companyName, policy, cache);
  const jobPosition = readOnce(lead.jobPosition, policy, caches.titles, readTitle);
  const industry = readOnce(lead.industry, policy, cache);
  const location = readOnce(lead.location, policy, cache);
  return {
    text: { fullName: fullName.text, companyName: companyName.text, jobPosition: jobPosition.text, industry: industry.text, location: location.text },
    fake: { fullName: fullName.fake, companyName: companyName.fake, jobPosition: jobPosition.fake, industry: industry.fake, location: location.fake },
    title: jobPosition.title ?? NO_TITLE,
  };
}
