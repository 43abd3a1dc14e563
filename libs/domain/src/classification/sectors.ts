// Industry sectors in free text, through a thesaurus of their names in es/en/pt ("Manufactura",
// "manufacturera" and "Industria automotriz" are all manufacturing), and the part of the sector a text names
// ("Clínica dental" is health, dental; "Salud" is health, any part).
import { ConceptIndex } from '../text/concepts';
import { memoize } from '../text/memo';
import { normalizeText } from '../text/normalize';
import { stemWords } from '../text/stem';
import industries from './data/industries.json';
import { isSpecificWord } from './services';

interface SectorTerms {
  /** Terms naming the whole sector ("salud", "industria"). */
  broad: string[];
  /** The kinds of company inside it, each with its terms ("dental": "clinica dental", "odontologia"). */
  subsectors: Record<string, string[]>;
}
const SECTORS = industries.sectors as Record<string, SectorTerms>;

// Every term under "sector/subsector", or "sector/*" when it names the whole sector: one index gives both the sectors a
// text names and the parts of them.
const BROAD = '*';
const partTerms: Record<string, string[]> = {};
for (const [sector, { broad, subsectors }] of Object.entries(SECTORS)) {
  partTerms[`${sector}/${BROAD}`] = broad;
  for (const [part, terms] of Object.entries(subsectors)) partTerms[`${sector}/${part}`] = terms;
}
const INDUSTRY_PARTS = new ConceptIndex(partTerms);

/**
 * Per sector a text names, the parts of it it names: an empty set when it names the sector only as a whole
 * ("Salud", "Manufacturing"), which meets any part of it.
 */
export type SectorParts = ReadonlyMap<string, ReadonlySet<string>>;

export interface SectorReading {
  sectors: ReadonlySet<string>;
  parts: SectorParts;
  otherWords: ReadonlySet<string>;
}

function readSectors(text: string): SectorReading {
  const stems = stemWords(normalizeText(text));
  const sectors = new Set<string>();
  const parts = new Map<string, Set<string>>();
  const covered = new Array<boolean>(stems.length).fill(false);
  for (const hit of INDUSTRY_PARTS.find(stems)) {
    for (let i = hit.start; i < hit.end; i++) covered[i] = true;
    // Two terms with the same stems may name the whole sector and a part of it ("usina", "usinagem"): the whole wins.
    const broad = new Set<string>();
    for (const concept of hit.concepts) if (concept.endsWith(`/${BROAD}`)) broad.add(concept.slice(0, -BROAD.length - 1));
    for (const concept of hit.concepts) {
      const slash = concept.indexOf('/');
      const sector = concept.slice(0, slash);
      const part = concept.slice(slash + 1);
      sectors.add(sector);
      let named = parts.get(sector);
      if (!named) parts.set(sector, (named = new Set()));
      if (part !== BROAD && !broad.has(sector)) named.add(part);
    }
  }
  const otherWords = new Set(stems.filter((s, i) => !covered[i] && isSpecificWord(s)));
  return { sectors, parts, otherWords };
}

const readSectorsOnce = memoize(readSectors);
const NO_SECTORS: SectorReading = { sectors: new Set<string>(), parts: new Map(), otherWords: new Set<string>() };

/** Sectors named in free text ("manufactura, finanzas y retail"), the parts of them it names, and the words no sector explains. */
export function sectorsOf(text: string | null | undefined): SectorReading {
  return text ? readSectorsOnce(text) : NO_SECTORS;
}

export const ANY_PART = 'any' as const;

/** Adds what a target (or excluded) industry names to `into`: a sector named as a whole takes every part of it. */
export function addSectorParts(into: Map<string, Set<string> | typeof ANY_PART>, reading: SectorReading): void {
  for (const [sector, parts] of reading.parts) {
    const known = into.get(sector);
    if (known === ANY_PART) continue;
    if (!parts.size) into.set(sector, ANY_PART);
    else if (known) parts.forEach((p) => known.add(p));
    else into.set(sector, new Set(parts));
  }
}

/** The sectors of `reading` that meet `targets`: the same sector, and the same part of it unless one side names it only as a whole. */
export function sectorsMeeting(reading: SectorReading, targets: ReadonlyMap<string, ReadonlySet<string> | typeof ANY_PART>): string[] {
  const met: string[] = [];
  for (const [sector, parts] of reading.parts) {
    const wanted = targets.get(sector);
    if (wanted === undefined) continue;
    if (wanted === ANY_PART || !parts.size || [...parts].some((p) => wanted.has(p))) met.push(sector);
  }
  return met;
}
