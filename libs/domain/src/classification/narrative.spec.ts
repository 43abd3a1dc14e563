// Issue 14, "Explanations a rep can use": the summary is a summary, needs are distinct needs, nothing repeats, and every
// line the classifier writes is a code that renders back to the same English text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPLANATION_CODES, EXPLANATION_TEMPLATES, templateParams, type Explained } from '../explanations/codes';
import { explainPolicyLine, explainReason, explainSignal, renderExplained } from '../explanations/explain';
import { EXPLANATION_MESSAGES } from '../explanations/messages';
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const ROOT = join(__dirname, '..', '..', '..', '..');
const SET = join(ROOT, 'eval', 'generalisation');
const leads: { id: string; profile: string; lang: 'es' | 'en' | 'pt'; lead: LeadInput }[] = readFileSync(join(SET, 'leads.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((line) => JSON.parse(line));
const profiles = new Map<string, CompanyProfile>();
const profile = (name: string) => {
  if (!profiles.has(name)) profiles.set(name, JSON.parse(readFileSync(join(SET, 'profiles', `${name}.json`), 'utf8')));
  return profiles.get(name)!;
};
const results = leads.map((item) => ({ item, result: classifyWithRules(item.lead, profile(item.profile)) }));
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const normal = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

const SAS: CompanyProfile = {
  companyName: 'SAS', shortDescription: 'Almacenamiento y disponibilidad de datos.',
  mainServices: ['Respaldo de datos: proteger y respaldar información empresarial.', 'Almacenamiento: tipos de almacenamiento por volumen y escalabilidad.'],
  targetAudience: 'Empresas medianas y grandes: manufactura, finanzas, retail.', targetCountries: ['Mexico', 'USA', 'Brazil'],
};
const JOSH: LeadInput = { fullName: 'Josh Biden', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing', location: 'Miami, USA' };

describe('summary', () => {
  it.each(['es', 'en', 'pt'] as const)('is one sentence of at most 25 words in every %s lead of the generalisation set, not a copy of the description', (lang) => {
    const mine = results.filter((r) => r.item.lang === lang);
    expect(mine.length).toBeGreaterThan(20);
    for (const { item, result } of mine) {
      expect(wordCount(result.summary)).toBeLessThanOrEqual(25);
      // One sentence: it ends once, and no sentence starts inside it ("RR.HH. en" is an abbreviation).
      expect(result.summary).toMatch(/[.…]$/);
      expect(result.summary.slice(0, -1)).not.toMatch(/[.!?]\s+\p{Lu}\p{Ll}/u);
      const description = normal(item.lead.description ?? '');
      // No run of eight of the lead's words copied in order (unless the lead wrote a service's own name).
      const words = description.split(' ');
      const services = result.matchedServices.map(normal).join(' | ');
      for (let i = 0; i + 8 <= words.length; i++) {
        const run = words.slice(i, i + 8).join(' ');
        if (!services.includes(run)) expect(normal(result.summary)).not.toContain(run);
      }
    }
  });

  it('says who asks and what they need, in the lead\'s language', () => {
    const es = classifyWithRules({ ...JOSH, description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos. Es urgente, urgente.' }, SAS);
    expect(es.summary).toBe('Josh Biden, CTO en Open Energy LLC, necesita mejorar el respaldo de datos.');
    const en = classifyWithRules({ ...JOSH, description: 'We urgently need to improve our data backup and storage before the audit.' }, SAS);
    expect(en.summary).toBe('Josh Biden, CTO at Open Energy LLC, needs to improve respaldo de datos and almacenamiento.');
    const pt = classifyWithRules({ ...JOSH, description: 'Precisamos melhorar nosso backup de dados com urgência.' }, SAS);
    expect(pt.summary).toBe('Josh Biden, CTO na Open Energy LLC, precisa melhorar o respaldo de datos.');
  });

  it('drops details, never the need, when a long title and company would pass 25 words', () => {
    const result = classifyWithRules({
      ...JOSH,
      jobPosition: 'Vice President of Global Infrastructure, Security, Data Platforms and Enterprise Architecture for the Americas Region',
      companyName: 'The Very Long Name Industrial Manufacturing and Logistics Holding Company of North and South America',
      description: 'Necesitamos mejorar el respaldo de datos y el almacenamiento.',
    }, SAS);
    expect(wordCount(result.summary)).toBeLessThanOrEqual(25);
    expect(result.summary).toContain('necesita mejorar el respaldo de datos');
  });

  it('names a non-buyer for what they are, and a lead without a need as such', () => {
    expect(classifyWithRules({ ...JOSH, description: 'Busco trabajo como ingeniero, adjunto mi CV.' }, SAS).summary).toMatch(/busca empleo/);
    expect(classifyWithRules({ ...JOSH, description: 'hola' }, SAS).summary).toBe('Josh Biden, CTO en Open Energy LLC, no describe ninguna necesidad.');
  });
});

describe('detected needs, reasons and signals', () => {
  it('lists each need once, phrased as a need', () => {
    const result = classifyWithRules({ ...JOSH, description: 'Necesitamos mejorar el respaldo de datos. El respaldo falla cada semana; queremos mejorar el respaldo ya.' }, SAS);
    expect(result.detectedNeeds).toEqual(['Mejorar el respaldo de datos']);
  });

  it('repeats no reason, signal, need or next step in any lead of the generalisation set', () => {
    for (const { result } of results) {
      for (const list of [result.fit.reasons, result.urgency.signals, result.detectedNeeds, result.nextSteps, result.explanation]) {
        expect(new Set(list.map((l) => l.toLowerCase())).size).toBe(list.length);
      }
    }
  });

  it('keeps one urgency signal for the same words said twice', () => {
    const result = classifyWithRules({ ...JOSH, description: 'Es urgente mejorar el respaldo. Repito: urgente.' }, SAS);
    expect(result.urgency.signals.filter((s) => /urgente/i.test(s))).toHaveLength(1);
  });
});

describe('explanation codes', () => {
  const catalogueFor = (lang: 'es' | 'en' | 'pt') => EXPLANATION_MESSAGES[lang];
  const codesIn = (e: Explained): string[] => [e.code, ...Object.values(e.params ?? {}).flatMap((p) => (typeof p === 'object' ? codesIn(p) : []))];

  it('describes every reason, signal, explanation and next step of the generalisation set, and renders each back to its English text', () => {
    const unknown: string[] = [];
    for (const { result } of results) {
      const pairs: [string, Explained][] = [
        ...result.fit.reasons.map((line, i) => [line, result.fit.reasonCodes![i]!] as [string, Explained]),
        ...result.urgency.signals.map((line, i) => [line, result.urgency.signalCodes![i]!] as [string, Explained]),
        ...result.explanation.map((line, i) => [line, result.explanationCodes![i]!] as [string, Explained]),
      ];
      for (const [line, code] of pairs) {
        expect(renderExplained(code)).toBe(line);
        if (codesIn(code).includes('TEXT')) unknown.push(line);
      }
      // In the lead's language (the seller's when the description does not tell).
      const rendered = (['es', 'en', 'pt'] as const).map((lang) => result.nextStepCodes!.map((step) => renderExplained(step, catalogueFor(lang))));
      expect(rendered).toContainEqual(result.nextSteps);
      for (const step of result.nextStepCodes!) expect(codesIn(step)).not.toContain('TEXT');
    }
    expect(unknown).toEqual([]);
  });

  it('reads the quoted words of the lead as they were', () => {
    const result = classifyWithRules({ ...JOSH, description: 'Necesitamos el respaldo URGENTEMENTE, ¡hoy!' }, SAS);
    const signal = result.urgency.signalCodes!.find((s) => s.code === 'URGENCY_EXPLICIT');
    expect(signal?.params?.['quote']).toBe('"URGENTEMENTE"');
  });

  it('parses lines of every kind into their codes and parameters', () => {
    expect(explainReason('+ 250 employees, within the target (50-2000 employees in the target audience)')).toEqual({
      code: 'FIT_WITHIN_TARGET_SIZE', sign: '+', params: { employees: 250, target: { code: 'SIZE_TARGET_RANGE', params: { min: 50, max: 2000 } } },
    });
    expect(explainReason('+ target industry: "Retail (ropa)" (company name) (retail)')).toEqual({
      code: 'FIT_TARGET_INDUSTRY_SECTORS', sign: '+', params: { industry: { code: 'INDUSTRY_FROM_COMPANY_NAME', params: { name: '"Retail (ropa)"' } }, sectors: 'retail' },
    });
    expect(explainSignal('they say it is not urgent: "No es urgente" (never CRITICAL)')).toEqual({ code: 'URGENCY_NOT_URGENT', params: { quote: '"No es urgente"' } });
    expect(explainPolicyLine('DISQUALIFIED (rule 1): not a buyer: looking for a job ("busco trabajo")')).toEqual({
      code: 'RULE1_DISQUALIFIED', params: { reason: { code: 'NOT_BUYER_JOB_SEEKER', params: { quote: '"busco trabajo"' } } },
    });
    expect(explainPolicyLine('something a model wrote')).toEqual({ code: 'TEXT', params: { text: 'something a model wrote' } });
  });

  it('has a Spanish and a Portuguese message for every code, with the template\'s parameters', () => {
    for (const lang of ['es', 'pt'] as const) {
      for (const code of EXPLANATION_CODES) {
        const message = catalogueFor(lang)[code];
        expect(message).toBeTruthy();
        expect([...message!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()).toEqual(templateParams(code).sort());
      }
    }
    expect(Object.keys(EXPLANATION_TEMPLATES)).toEqual(EXPLANATION_CODES);
  });
});
