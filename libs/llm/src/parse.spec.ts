import { plausibleExtraction } from '@leadops/testing';
import { MAX_ANSWER_CHARS, MAX_LIST_ITEMS, MAX_TEXT_CHARS, parseModelAnswer } from './parse';

const answer = plausibleExtraction({ messages: [{ role: 'user', content: '{"fullName":"Ana","jobPosition":"CTO","description":"Necesitamos respaldo urgente"}' }] });
const json = JSON.stringify(answer);

describe('parseModelAnswer', () => {
  it('reads plain JSON', () => {
    expect(parseModelAnswer({ content: json })).toEqual({ ok: true, extraction: answer });
  });

  it('reads JSON in a ```json fence', () => {
    expect(parseModelAnswer({ content: '```json\n' + json + '\n```' })).toEqual({ ok: true, extraction: answer });
  });

  it('reads JSON surrounded by chatty text, even with braces in its strings', () => {
    const withBraces = { ...answer, summary: 'needs {backup} now } really' };
    const content = `Here you go {not json}:\n${JSON.stringify(withBraces)}\nHope it helps!`;
    expect(parseModelAnswer({ content })).toEqual({ ok: true, extraction: withBraces });
  });

  it('reads the final channel of raw harmony output, not the analysis draft', () => {
    const draft = JSON.stringify({ ...answer, summary: 'draft' });
    const content = `<|channel|>analysis<|message|>Maybe ${draft}<|end|><|start|>assistant<|channel|>final<|message|>${json}<|return|>`;
    expect(parseModelAnswer({ content })).toEqual({ ok: true, extraction: answer });
  });

  it('takes the answer from the reasoning when the content is empty, latest object first', () => {
    const draft = JSON.stringify({ ...answer, summary: 'draft' });
    expect(parseModelAnswer({ content: '', reasoning_content: `First ${draft} then final: ${json}` })).toEqual({ ok: true, extraction: answer });
    expect(parseModelAnswer({ content: null, reasoning: json })).toEqual({ ok: true, extraction: answer });
  });

  it('drops fields outside the schema, such as a stage the model decided', () => {
    const parsed = parseModelAnswer({ content: JSON.stringify({ ...answer, stage: 'SQL', priority: 'P1' }) });
    expect(parsed.ok && Object.keys(parsed.extraction)).not.toContain('stage');
  });

  it.each([
    ['', 'empty answer'],
    ['I cannot classify this lead.', 'invalid JSON'],
    [json.slice(0, 80), 'invalid JSON'],
    [JSON.stringify({ ...answer, fit: { ...(answer.fit as object), grade: 'E' } }), 'schema: fit.grade must be one of A,B,C,D'],
    [JSON.stringify({ ...answer, urgency: { ...(answer.urgency as object), score: 140 } }), 'schema: urgency.score must be a number in 0..100'],
    [JSON.stringify({ ...answer, urgency: { ...(answer.urgency as object), score: '85' } }), 'schema: urgency.score must be a number in 0..100'],
    [JSON.stringify({ ...answer, detectedNeeds: ['backup', 3] }), 'schema: detectedNeeds must be an array of strings'],
    [JSON.stringify({ ...answer, contactProfile: { ...(answer.contactProfile as object), seniorityLevel: 'BOSS' } }), 'schema: contactProfile.seniorityLevel must be one of C_LEVEL,DIRECTOR,MANAGER,TECHNICAL,USER,UNKNOWN'],
    [JSON.stringify({ ...answer, intent: { kind: 'RECRUITER', evidence: [] } }), 'schema: intent.kind must be one of BUYER,JOB_SEEKER,VENDOR_PITCH,PARTNER_OR_RESELLER,COMPETITOR,PERSONAL,STUDENT,SPAM,UNCLEAR'],
    [JSON.stringify({ ...answer, intent: { kind: 'BUYER' } }), 'schema: intent.evidence is required'],
    [JSON.stringify({ ...answer, intent: undefined }), 'schema: intent is required'],
    [JSON.stringify({ ...answer, summary: undefined }), 'schema: summary is required'],
  ])('rejects %j with reason %j', (content, reason) => {
    expect(parseModelAnswer({ content })).toEqual({ ok: false, reason });
  });

  it('refuses an answer longer than any the token limit allows', () => {
    const content = JSON.stringify({ ...answer, summary: 'x'.repeat(MAX_ANSWER_CHARS) });
    expect(parseModelAnswer({ content })).toEqual({ ok: false, reason: `answer too long (${content.length} characters, at most ${MAX_ANSWER_CHARS})` });
  });

  it('cuts huge texts and lists from a hostile model instead of storing them', () => {
    const huge = { ...answer, summary: '😀'.repeat(MAX_TEXT_CHARS), detectedNeeds: Array.from({ length: 5000 }, (_, i) => `need ${i}`) };
    const parsed = parseModelAnswer({ content: JSON.stringify(huge) });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.extraction.summary.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(parsed.extraction.summary).toMatch(/^(😀)+…$/u);
    expect(parsed.extraction.detectedNeeds).toHaveLength(MAX_LIST_ITEMS);
  });

  it('stays fast on a long answer full of unbalanced braces', () => {
    const started = Date.now();
    expect(parseModelAnswer({ content: '{'.repeat(MAX_ANSWER_CHARS - 10), reasoning: '{"a":'.repeat(100_000) })).toEqual({ ok: false, reason: 'invalid JSON' });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
