// Deal size and complexity (policy.md section 4): company-wide scope, many sites or 500+ employees is a big
// deal; one device or a micro business is a small one.
import type { ClassificationPolicy } from '../policy/policy';
import type { CompanySizeSigns } from './company-size';
import type { LeadText } from './lead-text';
import type { ClassificationResult, FitGrade, Level } from './types';

type Opportunity = ClassificationResult['opportunity'];

export function assessOpportunity(
  size: CompanySizeSigns,
  text: LeadText,
  fitGrade: FitGrade,
  isBuyer: boolean,
  policy: ClassificationPolicy,
): Opportunity {
  // Nobody is buying: there is no deal to size.
  if (!isBuyer || fitGrade === 'D') return { dealSize: 'LOW', complexity: 'LOW' };
  const { microMax, enterpriseMin } = policy.companySize;
  const micro = (size.employees !== null && size.employees <= microMax) || (size.employees === null && !!size.micro);
  const large = (size.employees !== null && size.employees >= enterpriseMin) || !!size.multiSite || !!size.largeScope;

  let dealSize: Level = 'MEDIUM';
  if (micro || size.singleDevice) dealSize = 'LOW';
  else if (large) dealSize = 'HIGH';

  let complexity: Level = 'MEDIUM';
  if (dealSize === 'LOW') complexity = 'LOW';
  else if (size.multiSite || size.largeScope || text.found('complex').length > 0) complexity = 'HIGH';
  return { dealSize, complexity };
}
