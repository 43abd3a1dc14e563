/**
 * A conversion-score factor as the API names it (libs/domain/src/scoring/features.ts: "seniority:C_LEVEL", "fitScore",
 * "industry:OTHER") in the console's language: the group's name, and the value in the words the overview already uses.
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Factor groups whose values are policy values the console already names (`leadops.<group>.<value>`). */
const VALUE_WORDS: Record<string, string> = {
  seniority: 'seniority', role: 'role_type', emailType: 'email_type', fitGrade: 'fit_grade', urgencyLevel: 'urgency', dealSize: 'level',
  complexity: 'level', intent: 'intent', source: 'source', language: 'language',
};

export function scoreFactorText(t: Translate, feature: string): string {
  const cut = feature.indexOf(':');
  const group = cut < 0 ? feature : feature.slice(0, cut);
  const groupName = t(`leadops.score_factor.${group}`, { _: group });
  if (cut < 0) return groupName;
  const value = feature.slice(cut + 1);
  if (value === 'OTHER') return `${groupName}: ${t('leadops.score_factor.other')}`;
  if (value === 'UNKNOWN') return `${groupName}: ${t('leadops.score_factor.unknown')}`;
  const words = VALUE_WORDS[group];
  return `${groupName}: ${words ? t(`leadops.${words}.${value}`, { _: value }) : value}`;
}
