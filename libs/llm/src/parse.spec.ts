import { plausibleExtraction } from '@leadops/testing';
import { parseModelAnswer } from './parse';

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
    [JSON.stringify({ ...answer, needUnclear: 'no' }), 'schema: needUnclear must be true or false'],
    [JSON.stringify({ ...answer, summary: undefined }), 'schema: summary is required'],
  ])('rejects %j with reason %j', (content, reason) => {
    expect(parseModelAnswer({ content })).toEqual({ ok: false, reason });
  });
});
