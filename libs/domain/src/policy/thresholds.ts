// Scores to labels with the policy's thresholds, so a change of threshold moves every classifier alike.
import type { DataQualityLabel, FitGrade, UrgencyLevel } from '../classification/types';
import type { ClassificationPolicy } from './policy';

export function fitGradeFor(score: number, policy: ClassificationPolicy): FitGrade {
  if (score >= policy.fit.A) return 'A';
  if (score >= policy.fit.B) return 'B';
  return score >= policy.fit.C ? 'C' : 'D';
}

export function urgencyLevelFor(score: number, policy: ClassificationPolicy): UrgencyLevel {
  if (score >= policy.urgency.CRITICAL) return 'CRITICAL';
  if (score >= policy.urgency.HIGH) return 'HIGH';
  return score >= policy.urgency.MEDIUM ? 'MEDIUM' : 'LOW';
}

export function dataQualityLabelFor(score: number, policy: ClassificationPolicy): DataQualityLabel {
  if (score >= policy.dataQuality.GOOD) return 'GOOD';
  return score >= policy.dataQuality.REVIEW ? 'REVIEW' : 'POOR';
}
