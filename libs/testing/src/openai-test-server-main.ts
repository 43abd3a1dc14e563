// Runs the OpenAI-compatible test server as a local "model":
//   node libs/testing/dist/openai-test-server-main.js --port 11435 --latency-ms 800 [--fixture answers.json]
// --fixture answers chosen leads (by e-mail) as the file says, the others with the plausible reading (LeadFixture).
import { readFileSync } from 'node:fs';
import { leadFixtureScript, parseLeadFixture, startOpenAiTestServer, type ModelScript } from './openai-test-server';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

function nonNegativeInteger(name: string, text: string): number {
  if (!/^\d+$/.test(text)) {
    console.error(`--${name} must be a non-negative integer, got "${text}"`);
    process.exit(2);
  }
  return Number(text);
}

async function main(): Promise<void> {
  const port = nonNegativeInteger('port', option('port', '11435'));
  const latencyMs = nonNegativeInteger('latency-ms', option('latency-ms', '0'));
  const host = option('host', '127.0.0.1');
  const fixtureFile = option('fixture', '');
  let script: ModelScript | undefined;
  if (fixtureFile) {
    try {
      script = leadFixtureScript(parseLeadFixture(JSON.parse(readFileSync(fixtureFile, 'utf8'))), latencyMs);
    } catch (error) {
      console.error(`--fixture ${fixtureFile}: ${(error as Error).message}`);
      process.exit(2);
    }
  }
  const server = await startOpenAiTestServer({ port, host, latencyMs, script });
  console.log(`OpenAI-compatible test server on ${server.url} (latency ${latencyMs} ms); set LLM_BASE_URL=${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
