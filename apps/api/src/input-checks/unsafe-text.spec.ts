import { findUnsafeText, unsafeTextReason } from './unsafe-text';

describe('text the database cannot store', () => {
  it('finds NUL characters and unpaired surrogates, and accepts everything else', () => {
    expect(unsafeTextReason('Ana\u0000')).toMatch(/NUL/);
    expect(unsafeTextReason('a\ud800b')).toMatch(/surrogate/);
    expect(unsafeTextReason('\udc00')).toMatch(/surrogate/);
    expect(unsafeTextReason('😀 José <script> \u202e')).toBeNull();
  });

  it('names the path of the first bad string in nested input', () => {
    expect(findUnsafeText({ input: { steps: [{ key: 'ok' }, { key: 'b\u0000' }] } }, '')).toEqual({ field: 'input.steps[1].key', message: 'contains a NUL character' });
    expect(findUnsafeText(['ok', 'fine'], 'ids')).toBeNull();
  });
});
