import { llmConfigFromEnv, LlmConfigError } from './config';

describe('llmConfigFromEnv', () => {
  it('is null without LLM_BASE_URL: the rules classify alone', () => {
    expect(llmConfigFromEnv({})).toBeNull();
    expect(llmConfigFromEnv({ LLM_BASE_URL: '  ' })).toBeNull();
  });

  it('fills the defaults', () => {
    expect(llmConfigFromEnv({ LLM_BASE_URL: 'http://localhost:8000/v1/' })).toEqual({
      baseUrl: 'http://localhost:8000/v1',
      apiKey: 'none',
      model: 'openai/gpt-oss-20b',
      timeoutMs: 800,
    });
  });

  it('takes every setting', () => {
    const env = { LLM_BASE_URL: 'https://nim.example.org/v1', LLM_API_KEY: 'k', LLM_MODEL: 'gpt-oss:20b', LLM_TIMEOUT_MS: '2500' };
    expect(llmConfigFromEnv(env)).toEqual({ baseUrl: 'https://nim.example.org/v1', apiKey: 'k', model: 'gpt-oss:20b', timeoutMs: 2500 });
  });

  it.each(['0', '-5', '1.5', 'abc', '800ms', '1e3'])('rejects LLM_TIMEOUT_MS=%s naming the variable', (value) => {
    const read = () => llmConfigFromEnv({ LLM_BASE_URL: 'http://localhost:8000/v1', LLM_TIMEOUT_MS: value });
    expect(read).toThrow(LlmConfigError);
    expect(read).toThrow(/^LLM_TIMEOUT_MS must be a positive integer/);
  });

  it('rejects a base URL that is not http(s), naming the variable', () => {
    expect(() => llmConfigFromEnv({ LLM_BASE_URL: 'localhost:8000' })).toThrow(/^LLM_BASE_URL must be an http\(s\) URL/);
  });
});
