// How big the lead's company is: the employee count when given or written ("500 empleados"), else signs
// in the text ("nuestras 3 plantas", "data center", "mi negocio").
import type { CompiledPolicy } from '../policy/compiled-policy';
import type { LeadText } from './lead-text';
import type { LeadInput } from './types';

export interface CompanySizeSigns {
  employees: number | null;
  /** Where the count came from. */
  employeesFrom: 'companySize' | 'description' | null;
  /** The signs found, in normalised words. */
  multiSite: string | null;
  largeScope: string | null;
  micro: string | null;
  singleDevice: string | null;
}

const NUMBER = /^\d+$/;

const AUDIENCE = new Set(['para', 'pra', 'for']);

/** "500 empleados", "~900 plant employees": a number right before the noun, or one word before. */
function employeesIn(text: LeadText): number | null {
  const words = text.allWords;
  for (const hit of text.found('employeeNouns')) {
    for (const at of [hit.firstWord - 1, hit.firstWord - 2]) {
      // "Festa para 200 pessoas", "for 80 people": an audience, not the staff.
      if (at >= 0 && NUMBER.test(words[at]) && !AUDIENCE.has(words[at - 1] ?? '')) return Number(words[at]);
    }
  }
  return null;
}

/** "3 plantas", "nuestras tiendas", "all 40 stores", "todas las sucursales": more than one site. */
function multiSiteIn(text: LeadText, policy: CompiledPolicy): string | null {
  const words = text.allWords;
  for (const hit of text.found('siteNouns')) {
    // The quantity sits just before the noun, or before one adjective ("3 grandes plantas").
    for (const end of [hit.firstWord, hit.firstWord - 1]) {
      const one = words[end - 1];
      const two = end >= 2 ? `${words[end - 2]} ${one}` : '';
      const several = one !== undefined && ((NUMBER.test(one) && Number(one) >= 2) || policy.severalWords.has(one) || policy.severalWords.has(two));
      if (several) return words.slice(end - 1, hit.endWord).join(' ');
    }
  }
  return null;
}

export function companySizeSigns(lead: LeadInput, text: LeadText, policy: CompiledPolicy): CompanySizeSigns {
  const fromField = typeof lead.companySize === 'number' && Number.isFinite(lead.companySize) ? lead.companySize : null;
  const fromText = fromField === null ? employeesIn(text) : null;
  return {
    employees: fromField ?? fromText,
    employeesFrom: fromField !== null ? 'companySize' : fromText !== null ? 'description' : null,
    multiSite: multiSiteIn(text, policy),
    largeScope: text.found('largeScope')[0]?.text ?? null,
    micro: text.found('micro')[0]?.text ?? null,
    singleDevice: text.found('singleDevice')[0]?.text ?? null,
  };
}
