// Stage, priority, SLA and owner from what a classifier found (policy.md sections 6-7). The rules engine and
// the LLM both end here, so no model answer can make an SQL without a decision maker.
import type { ClassificationResult, OwnerRole, Priority, Stage } from '../classification/types';
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

function decideStage(s: ClassificationSignals): { stage: Stage; why: string[] } {
  const out = disqualifyingReasons(s);
  if (out.length) return { stage: 'DISQUALIFIED', why: out.map((reason) => `DISQUALIFIED (rule 1): ${reason}`) };
  if (s.needUnclear) return { stage: 'REVIEW', why: ['REVIEW (rule 2): the description shows no need to judge, and nothing else does'] };

  const goodFit = s.fit.grade === 'A' || s.fit.grade === 'B';
  const urgent = s.urgency.level === 'CRITICAL' || s.urgency.level === 'HIGH';
  const role = s.contactProfile.roleType;
  if (goodFit && urgent && isDecisionMaker(role)) {
    return { stage: 'SQL', why: [`SQL (rule 3): fit ${s.fit.grade}, urgency ${s.urgency.level} and a decision maker (${role})`] };
  }
  if (goodFit && s.urgency.level !== 'LOW') {
    const notReady = urgent ? `, but ${role} is not a decision maker` : ' (still evaluating)';
    return { stage: 'MQL', why: [`MQL (rule 4): fit ${s.fit.grade} and urgency ${s.urgency.level}${notReady}`] };
  }
  const nurture = goodFit ? `fit ${s.fit.grade} with LOW urgency` : `fit ${s.fit.grade}: an acceptable fit to keep warm`;
  return { stage: 'NURTURE', why: [`NURTURE (rule 5): ${nurture}`] };
}

export function decideOutcome(signals: ClassificationSignals, policy: ClassificationPolicy = DEFAULT_POLICY): ClassificationOutcome {
  const { stage, why } = decideStage(signals);
  const { priorities, owners } = policy;
  let priority: Priority;
  let recommendedOwner: OwnerRole;
  const explanation = [...why];
  switch (stage) {
    case 'SQL': {
      priority = signals.urgency.level === 'CRITICAL' ? priorities.sqlCritical : priorities.sqlHigh;
      const largeDeal = signals.opportunity.dealSize === 'HIGH';
      recommendedOwner = largeDeal ? owners.sqlLargeDeal : owners.sql;
      explanation.push(`${priority}: SQL with ${signals.urgency.level} urgency`);
      explanation.push(`Owner ${recommendedOwner}: deal size ${signals.opportunity.dealSize}`);
      break;
    }
    case 'MQL':
      priority = priorities.mql;
      recommendedOwner = owners.mql;
      explanation.push(`${priority}: MQL, qualified by ${recommendedOwner}`);
      break;
    case 'REVIEW':
      priority = priorities.review;
      recommendedOwner = owners.review;
      explanation.push(`${priority}: ${recommendedOwner} completes the lead before sales`);
      break;
    case 'NURTURE':
      priority = priorities.nurture;
      recommendedOwner = owners.nurture;
      explanation.push(`${priority}: a nurture sequence runs instead of a sales SLA`);
      break;
    default:
      priority = priorities.disqualified;
      recommendedOwner = owners.disqualified;
      explanation.push(`${priority}: no follow-up`);
  }
  const slaMinutes = policy.slaMinutes[priority] ?? null;
  const hours = slaMinutes !== null && slaMinutes >= 60 && slaMinutes % 60 === 0 ? ` (${slaMinutes / 60} h)` : '';
  explanation.push(slaMinutes === null ? 'No response SLA' : `First response within ${slaMinutes} minutes${hours}`);
  return { stage, priority, slaMinutes, recommendedOwner, explanation };
}
