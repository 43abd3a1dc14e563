// Industry sectors in free text, through a thesaurus of their names in es/en/pt ("Manufactura",
// "manufacturera" and "Industria automotriz" are all manufacturing).
import { ConceptIndex } from '../text/concepts';
import { memoize } from '../text/memo';
import { normalizeText } from '../text/normalize';
import { stemWords } from '../text/stem';
import industries from './data/industries.json';
import { isSpecificWord } from './services';

const INDUSTRY_SECTORS = new ConceptIndex(industries.sectors);

function readSectors(text: string): { sectors: Set<string>; otherWords: Set<string> } {
  const stems = stemWords(normalizeText(text));
  const sectors = new Set<string>();
  const covered = new Array<boolean>(stems.length).fill(false);
  for (const hit of INDUSTRY_SECTORS.find(stems)) {
    hit.concepts.forEach((c) => sectors.add(c));
    for (let i = hit.start; i < hit.end; i++) covered[i] = true;
  }
  const otherWords = new Set(stems.filter((s, i) => !covered[i] && isSpecificWord(s)));
  return { sectors, otherWords };
}

const readSectorsOnce = memoize(readSectors);
const NO_SECTORS = { sectors: new Set<string>(), otherWords: new Set<string>() };

/** Sectors named in free text ("manufactura, finanzas y retail"), and the words no sector explains. */
export function sectorsOf(text: string | null | undefined): { sectors: ReadonlySet<string>; otherWords: ReadonlySet<string> } {
  return text ? readSectorsOnce(text) : NO_SECTORS;
}

