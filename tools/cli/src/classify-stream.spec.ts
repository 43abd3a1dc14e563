import { PassThrough, Readable, Writable } from 'node:stream';
import type { ClassificationResult, CompanyProfile, LeadInput } from '@leadops/domain';
import { classifyWithRules } from '@leadops/domain';
import { classifyStream, type ErrorRecord } from './classify-stream';
import type { ProfileLookup } from './profiles';

const PROFILE: CompanyProfile = {
  companyName: 'SAS',
  shortDescription: 'Respaldo y almacenamiento de datos',
  mainServices: ['Respaldo de datos: proteger la información', 'Almacenamiento: asesoría en almacenamiento'],
  targetAudience: 'Empresas medianas y grandes de manufactura y retail',
  targetCountries: ['Mexico'],
};
const profiles = (name: unknown): ProfileLookup => (name === 'sas' ? { ok: true, profile: PROFILE } : { ok: false, error: { field: 'profile', message: `unknown profile "${String(name)}"` } });
const LEAD = { fullName: 'Ana Ruiz', email: 'ana@acme.mx', jobPosition: 'CTO', industry: 'Manufactura', location: 'Monterrey', description: 'Urgente: se cayó el respaldo' };
const line = (o: unknown) => JSON.stringify(o);

async function run(input: string, options: { classify?: (l: LeadInput, p: CompanyProfile) => ClassificationResult | Promise<ClassificationResult>; concurrency?: number; output?: Writable } = {}) {
  const output = options.output ?? new PassThrough();
  let text = '';
  if (!options.output) output.on('data', (d) => (text += d));
  const errors: ErrorRecord[] = [];
  const stats = await classifyStream({
    input: Readable.from([input]),
    output,
    profile: profiles,
    classify: options.classify ?? classifyWithRules,
    concurrency: options.concurrency,
    onError: (e) => errors.push(e),
  });
  const out = text.trim() ? text.trim().split('\n').map((l) => JSON.parse(l)) : [];
  return { stats, out, errors };
}

describe('classifyStream', () => {
  it('writes one classification per line, with its id, in input order', async () => {
    const { stats, out } = await run([line({ id: 'a', profile: 'sas', lead: LEAD }), line({ id: 7, profile: 'sas', lead: { ...LEAD, description: 'info' } })].join('\n'));
    expect(stats).toEqual({ lines: 2, classified: 2, errors: 0 });
    expect(out.map((o) => [o.id, o.stage, o.priority])).toEqual([
      ['a', 'SQL', 'P1'],
      [7, 'REVIEW', 'P3'],
    ]);
  });

  it('writes an error line for a bad line and goes on', async () => {
    const input = [
      'not json',
      line({ id: 'u', profile: 'nope', lead: LEAD }),
      line({ id: 'v', profile: 'sas', lead: { fullName: 'X', age: 300 } }),
      line({ id: 'w', profile: 'sas' }),
      '',
      line({ id: 'ok', profile: 'sas', lead: LEAD }),
    ].join('\n');
    const { stats, out, errors } = await run(input);
    expect(stats).toEqual({ lines: 6, classified: 1, errors: 4 });
    expect(out[0]).toMatchObject({ line: 1, error: { field: 'json' } });
    expect(out[1]).toEqual({ id: 'u', line: 2, error: { field: 'profile', message: 'unknown profile "nope"' } });
    expect(out[2]).toMatchObject({ id: 'v', line: 3, error: { field: 'lead.email', message: 'is required' } });
    expect(out[2].errors.map((e: { field: string }) => e.field)).toEqual(['lead.email', 'lead.age']);
    expect(out[3]).toEqual({ id: 'w', line: 4, error: { field: 'lead', message: 'is required' } });
    expect(out[4]).toMatchObject({ id: 'ok', stage: 'SQL' });
    expect(errors.map((e) => e.line)).toEqual([1, 2, 3, 4]);
  });

  it('keeps input order with an asynchronous classifier running several at once', async () => {
    const delays = [30, 5, 20, 1, 10];
    const input = delays.map((ms, i) => line({ id: i, profile: 'sas', lead: { ...LEAD, description: String(ms) } })).join('\n');
    const slow = (l: LeadInput, p: CompanyProfile) => new Promise<ClassificationResult>((resolve) => setTimeout(() => resolve(classifyWithRules(l, p)), Number(l.description)));
    const { out } = await run(input, { classify: slow, concurrency: 3 });
    expect(out.map((o) => o.id)).toEqual([0, 1, 2, 3, 4]);
  });

  it('turns a classifier failure into an error line', async () => {
    const failing = async () => {
      throw new Error('model exploded');
    };
    const { out } = await run(line({ id: 'x', profile: 'sas', lead: LEAD }), { classify: failing });
    expect(out).toEqual([{ id: 'x', line: 1, error: { field: 'classifier', message: 'model exploded' } }]);
  });

  it('waits for a slow output instead of buffering everything (backpressure)', async () => {
    let lines = 0;
    let maxPending = 0;
    const output = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk, _enc, done) {
        lines += String(chunk).split('\n').length - 1;
        maxPending = Math.max(maxPending, output.writableLength);
        setImmediate(done);
      },
    });
    const input = Array.from({ length: 300 }, (_, i) => line({ id: i, profile: 'sas', lead: LEAD })).join('\n');
    const { stats } = await run(input, { output });
    expect(stats.classified).toBe(300);
    expect(lines).toBe(300);
    // What waits in memory stays bounded by the high-water mark plus one batch, not the whole input.
    expect(maxPending).toBeLessThan(16 * 1024 + 128 * 1024);
  });
});
