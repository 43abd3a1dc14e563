// Rules and model side by side, lead by lead: where their stages differ and where the model's answer was not used.
// The eval and the batch CLI print the same summary from it.
import type { ClassificationResult } from '@leadops/domain';

export interface Verdict {
  stage: string;
  priority: string;
  intent?: string;
}

export interface Disagreement {
  id: string;
  rules: Verdict;
  llm: Verdict;
  /** The labelled answer, in the eval. */
  expected?: Verdict;
}

export interface Fallback {
  id: string;
  reason: string;
}

const verdictOf = (result: ClassificationResult): Verdict => ({ stage: result.stage, priority: result.priority, ...(result.intent ? { intent: result.intent.kind } : {}) });
const show = (v: Verdict) => `${v.stage}/${v.priority}`;

export class ModelComparison {
  readonly disagreements: Disagreement[] = [];
  readonly fallbacks: Fallback[] = [];
  leads = 0;

  /** One lead: the rules' result and the LLM classifier's (which is the rules' own, with fallbackReason, on a fallback). */
  add(id: string, rules: ClassificationResult, llm: ClassificationResult, expected?: Verdict): void {
    this.leads++;
    if (llm.classifier !== 'llm') {
      this.fallbacks.push({ id, reason: llm.fallbackReason ?? 'no model configured' });
      return;
    }
    if (llm.stage !== rules.stage) this.disagreements.push({ id, rules: verdictOf(rules), llm: verdictOf(llm), ...(expected ? { expected } : {}) });
  }

  get answered(): number {
    return this.leads - this.fallbacks.length;
  }

  /** Fallbacks counted by reason, most frequent first. */
  fallbackReasons(): [string, number][] {
    const counts = new Map<string, number>();
    for (const { reason } of this.fallbacks) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  }

  /** The summary a person reads: fallbacks, then disagreements, at most `limit` lines of each. */
  format(limit = Number.POSITIVE_INFINITY): string {
    const out: string[] = [];
    const reasons = this.fallbackReasons().map(([reason, n]) => `${n} × ${reason}`);
    out.push(`model answered ${this.answered} of ${this.leads} leads; fallbacks to the rules: ${this.fallbacks.length}${reasons.length ? ` (${reasons.join('; ')})` : ''}`);
    for (const f of this.fallbacks.slice(0, limit)) out.push(`  ${f.id}  ${f.reason}`);
    if (this.fallbacks.length > limit) out.push(`  … ${this.fallbacks.length - limit} more`);

    const labelled = this.disagreements.filter((d) => d.expected);
    const right = (v: Verdict, d: Disagreement) => v.stage === d.expected?.stage;
    const tally = labelled.length
      ? `  (llm right ${labelled.filter((d) => right(d.llm, d)).length}, rules right ${labelled.filter((d) => right(d.rules, d)).length}, neither ${labelled.filter((d) => !right(d.llm, d) && !right(d.rules, d)).length})`
      : '';
    out.push('', `stage disagreements, rules vs llm: ${this.disagreements.length}${tally}`);
    if (this.disagreements.length) {
      const width = Math.max(4, ...this.disagreements.map((d) => d.id.length)) + 2;
      out.push(`  ${'id'.padEnd(width)}${'rules'.padEnd(18)}${'llm'.padEnd(18)}${labelled.length ? 'expected'.padEnd(18) : ''}intent rules -> llm`);
      for (const d of this.disagreements.slice(0, limit)) {
        const intent = d.rules.intent !== d.llm.intent ? `${d.rules.intent ?? '-'} -> ${d.llm.intent ?? '-'}` : (d.llm.intent ?? '');
        out.push(`  ${d.id.padEnd(width)}${show(d.rules).padEnd(18)}${show(d.llm).padEnd(18)}${d.expected ? show(d.expected).padEnd(18) : labelled.length ? ''.padEnd(18) : ''}${intent}`);
      }
      if (this.disagreements.length > limit) out.push(`  … ${this.disagreements.length - limit} more`);
    }
    return `${out.join('\n')}\n`;
  }
}
