// A thesaurus lookup: finds concepts ("backup", "payroll", "retail") in stemmed words, whatever the language
// or wording. Multi-word terms win over the single words inside them ("servicios digitales" before "servicios").
import { normalizeText } from './normalize';
import { stemWords } from './stem';

export interface ConceptHit {
  concepts: readonly string[];
  /** Position in the stemmed words: [start, end). */
  start: number;
  end: number;
}

interface Term {
  stems: string[];
  concepts: string[];
}

export class ConceptIndex {
  private readonly byFirstStem = new Map<string, Term[]>();

  /** `thesaurus`: concept id -> its terms in any language ("respaldo", "backup", "copia de seguridad"). */
  constructor(thesaurus: Readonly<Record<string, readonly string[]>>) {
    const byKey = new Map<string, Term>();
    for (const [concept, terms] of Object.entries(thesaurus)) {
      for (const term of terms) {
        const stems = stemWords(normalizeText(term));
        if (!stems.length) continue;
        const key = stems.join(' ');
        const existing = byKey.get(key);
        if (existing) {
          if (!existing.concepts.includes(concept)) existing.concepts.push(concept);
        } else byKey.set(key, { stems, concepts: [concept] });
      }
    }
    for (const term of byKey.values()) {
      const list = this.byFirstStem.get(term.stems[0]) ?? [];
      list.push(term);
      this.byFirstStem.set(term.stems[0], list);
    }
    for (const list of this.byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /**
   * Every concept mentioned in `stems`, left to right, each word used by one term at most. `oneWordBetween`: a term of
   * two or more words also matches with one word after its first ("Transporte diário de colaboradores" names
   * "transporte de colaboradores"), as formal names qualify their head; a term read whole wins over one read so.
   */
  find(stems: readonly string[], oneWordBetween = false): ConceptHit[] {
    const hits: ConceptHit[] = [];
    let i = 0;
    while (i < stems.length) {
      let gap: 0 | 1 = 0;
      let term = this.termAt(stems, i, 0);
      if (!term && oneWordBetween) term = this.termAt(stems, i, (gap = 1));
      if (term) {
        const end = i + term.stems.length + gap;
        hits.push({ concepts: term.concepts, start: i, end });
        i = end;
      } else i++;
    }
    return hits;
  }

  /** The longest term at `i`; with `gap` 1, only terms of two or more words, read with one word skipped after their first. */
  private termAt(stems: readonly string[], i: number, gap: 0 | 1): Term | undefined {
    const candidates = this.byFirstStem.get(stems[i]);
    if (!candidates) return undefined;
    if (!gap) return candidates.find((term) => term.stems.every((s, k) => stems[i + k] === s));
    return candidates.find((term) => term.stems.length >= 2 && term.stems.every((s, k) => stems[k ? i + k + 1 : i] === s));
  }
}
