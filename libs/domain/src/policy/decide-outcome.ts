// Stage, priority, SLA and owner from what a classifier found (policy.md sections 6-7). The rules engine and
// the LLM both end here, so no model answer can make an SQL without a decision maker.
import type { ClassificationResult, OwnerRole, Priority, Stage } from '../classification/types';
import type { Explained, ExplainedParam, ExplanationCode } from '../explanations/codes';
import { explainLine, explainPolicyLine, LINE_GROUPS } from '../explanations/explain';
import { DEFAULT_POLICY, type ClassificationPolicy } from './policy';

/** What a classifier found about a lead, before the policy decides. */
export interface ClassificationSignals {
  contactProfile: ClassificationResult['contactProfile'];
  fit: ClassificationResult['fit'];
  urgency: ClassificationResult['urgency'];
  opportunity: ClassificationResult['opportunity'];
  dataQuality: ClassificationResult['dataQuality'];
  /** Why the lead is not a buyer (student, job seeker, vendor, competitor, spam, test...); empty for a buyer. */
  disqualifiers: string[];
  /** The description says nothing about a need ("info", "hola") and nothing else shows one. */
  needUnclear: boolean;
}

export interface ClassificationOutcome {
  stage: Stage;
  priority: Priority;
  slaMinutes: number | null;
  recommendedOwner: OwnerRole;
  /** Why this stage, priority and owner, one reason a line. */
  explanation: string[];
  /** The same lines as codes (what explainPolicyLine reads from each line), written here instead of read back. */
  explanationCodes: Explained[];
}

// What a {name:w} slot reads back: one word, no parentheses or quotes. The values are a few policy and enum words,
// each tested once.
const WORD = /^[^\s()"]+$/;
const WORDS = new Map<string, boolean>();
function isWord(value: string): boolean {
  let ok = WORDS.get(value);
  if (ok === undefined) {
    if (WORDS.size >= 1_000) WORDS.clear();
    WORDS.set(value, (ok = WORD.test(value)));
  }
  return ok;
}

/**
 * A line's code, as reading the line back would give it (the templates' parameter order, numbers as numbers). A policy
 * value that would not read back as its slot (an owner named with spaces) sends the line the long way, so the code
 * is always what explainPolicyLine(line) says.
 */
function coded(line: string, code: ExplanationCode, params?: Record<string, ExplainedParam>): Explained {
  if (!params) return { code };
  for (const name in params) {
    const value = params[name];
    if (typeof value === 'string' ? !isWord(value) : typeof value === 'number' && !(Number.isSafeInteger(value) && value >= 0)) return explainPolicyLine(line);
  }
  return { code, params };
}

export function isDecisionMaker(roleType: string): boolean {
  return roleType === 'TECH_DECISION_MAKER' || roleType === 'BUSINESS_DECISION_MAKER';
}

/** Rule 1: every reason the lead is out, or none. */
function disqualifyingReasons(s: ClassificationSignals): string[] {
  const reasons: string[] = [];
  const { emailType } = s.contactProfile;
  if (emailType === 'INVALID' || emailType === 'DISPOSABLE') reasons.push(`the email address is ${emailType}`);
  for (const why of s.disqualifiers) reasons.push(why);
  if (s.fit.grade === 'D') reasons.push(`fit is D (score ${s.fit.score})`);
  if (s.dataQuality.label === 'POOR') reasons.push(`data quality is POOR (score ${s.dataQuality.score})`);
  return reasons;
}

const RULE2_LINE = 'REVIEW (rule 2): the description shows no need to judge, and nothing else does';

function decideStage(s: ClassificationSignals): { stage: Stage; why: string[]; codes: Explained[] } {
  const out = disqualifyingReasons(s);
  if (out.length) {
    return {
      stage: 'DISQUALIFIED',
      why: out.map((reason) => `DISQUALIFIED (rule 1): ${reason}`),
      // An empty reason would not read back as this template: that line goes the long way too.
      codes: out.map((reason) => (reason ? { code: 'RULE1_DISQUALIFIED', params: { reason: explainLine(reason, LINE_GROUPS.disqualifier) } } : explainPolicyLine(`DISQUALIFIED (rule 1): ${reason}`))),
    };
  }
  if (s.needUnclear) return { stage: 'REVIEW', why: [RULE2_LINE], codes: [{ code: 'RULE2_REVIEW' }] };

  const goodFit = s.fit.grade === 'A' || s.fit.grade === 'B';
  const urgent = s.urgency.level === 'CRITICAL' || s.urgency.level === 'HIGH';
  const role = s.contactProfile.roleType;
  const grade = s.fit.grade;
  const level = s.urgency.level;
  if (goodFit && urgent && isDecisionMaker(role)) {
    const line = `SQL (rule 3): fit ${grade}, urgency ${level} and a decision maker (${role})`;
    return { stage: 'SQL', why: [line], codes: [coded(line, 'RULE3_SQL', { grade, level, role })] };
  }
  if (goodFit && level !== 'LOW') {
    const notReady = urgent ? `, but ${role} is not a decision maker` : ' (still evaluating)';
    const line = `MQL (rule 4): fit ${grade} and urgency ${level}${notReady}`;
    const code = urgent ? coded(line, 'RULE4_MQL_NOT_DECISION_MAKER', { grade, level, role }) : coded(line, 'RULE4_MQL_EVALUATING', { grade, level });
    return { stage: 'MQL', why: [line], codes: [code] };
  }
  const nurture = goodFit ? `fit ${grade} with LOW urgency` : `fit ${grade}: an acceptable fit to keep warm`;
  const line = `NURTURE (rule 5): ${nurture}`;
  return { stage: 'NURTURE', why: [line], codes: [coded(line, goodFit ? 'RULE5_NURTURE_LOW_URGENCY' : 'RULE5_NURTURE_FIT', { grade })] };
}

export function decideOutcome(signals: ClassificationSignals, policy: ClassificationPolicy = DEFAULT_POLICY): ClassificationOutcome {
  const { stage, why, codes } = decideStage(signals);
  const { priorities, owners } = policy;
  let priority: Priority;
  let recommendedOwner: OwnerRole;
  const explanation = why;
  const say = (line: string, code: ExplanationCode, params?: Record<string, ExplainedParam>) => {
    explanation.push(line);
    codes.push(coded(line, code, params));
  };
  switch (stage) {
    case 'SQL': {
      priority = signals.urgency.level === 'CRITICAL' ? priorities.sqlCritical : priorities.sqlHigh;
      const largeDeal = signals.opportunity.dealSize === 'HIGH';
      recommendedOwner = largeDeal ? owners.sqlLargeDeal : owners.sql;
      say(`${priority}: SQL with ${signals.urgency.level} urgency`, 'PRIORITY_SQL', { priority, level: signals.urgency.level });
      say(`Owner ${recommendedOwner}: deal size ${signals.opportunity.dealSize}`, 'OWNER_DEAL_SIZE', { owner: recommendedOwner, dealSize: signals.opportunity.dealSize });
      break;
    }
    case 'MQL':
      priority = priorities.mql;
      recommendedOwner = owners.mql;
      say(`${priority}: MQL, qualified by ${recommendedOwner}`, 'PRIORITY_MQL', { priority, owner: recommendedOwner });
      break;
    case 'REVIEW':
      priority = priorities.review;
      recommendedOwner = owners.review;
      say(`${priority}: ${recommendedOwner} completes the lead before sales`, 'PRIORITY_REVIEW', { priority, owner: recommendedOwner });
      break;
    case 'NURTURE':
      priority = priorities.nurture;
      recommendedOwner = owners.nurture;
      say(`${priority}: a nurture sequence runs instead of a sales SLA`, 'PRIORITY_NURTURE', { priority });
      break;
    default:
      priority = priorities.disqualified;
      recommendedOwner = owners.disqualified;
      say(`${priority}: no follow-up`, 'PRIORITY_DISQUALIFIED', { priority });
  }
  const slaMinutes = policy.slaMinutes[priority] ?? null;
  const inHours = slaMinutes !== null && slaMinutes >= 60 && slaMinutes % 60 === 0;
  const hours = inHours ? ` (${slaMinutes / 60} h)` : '';
  if (slaMinutes === null) say('No response SLA', 'NO_SLA');
  else if (inHours) say(`First response within ${slaMinutes} minutes${hours}`, 'SLA_FIRST_RESPONSE_HOURS', { minutes: slaMinutes, hours: slaMinutes / 60 });
  else say(`First response within ${slaMinutes} minutes`, 'SLA_FIRST_RESPONSE', { minutes: slaMinutes });
  return { stage, priority, slaMinutes, recommendedOwner, explanation, explanationCodes: codes };
}
