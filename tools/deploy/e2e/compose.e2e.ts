// infra/compose.yaml through the Compose Specification's own loader (tools/stack/compose-check, on compose-go), and the
// checker's refusals: a copy of the file with one promise broken must fail, naming the service and the cause.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeCheckBin, ROOT } from '../tool-paths';

const COMPOSE = join(ROOT, 'infra', 'compose.yaml');
const ENV_EXAMPLE = join(ROOT, 'infra', 'leadops.env.example');

function check(file: string) {
  const result = spawnSync(composeCheckBin(), ['-f', file, '-env-example', ENV_EXAMPLE], { encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('infra/compose.yaml', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leadops-compose-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const original = readFileSync(COMPOSE, 'utf8');
  const variant = (name: string, edit: (text: string) => string) => {
    const edited = edit(original);
    expect(edited).not.toBe(original); // the edit found its target
    // Same folder as the original: build contexts and relative paths resolve the same way.
    const file = join(ROOT, 'infra', `.compose-check-${name}.yaml`);
    writeFileSync(file, edited);
    try {
      return check(file);
    } finally {
      rmSync(file, { force: true });
    }
  };

  it('loads with compose-go and keeps every promise (services, pins, healthchecks, secrets from the env file, gpu profile)', () => {
    const { code, output } = check(COMPOSE);
    expect(output).toMatch(/^ok: compose\.yaml \(leadops\): 10 services api,console,migrate,postgres,temporal,temporal-namespace,temporal-schema,temporal-ui,vllm,worker\n$/);
    expect(code).toBe(0);
  });

  it('refuses a secret written into the file', () => {
    const { code, output } = variant('secret', (t) => t.replace('JWT_SECRET: ${JWT_SECRET:?set JWT_SECRET (32+ random characters) in infra/leadops.env}', 'JWT_SECRET: a-very-long-secret-someone-pasted-here-123456'));
    expect(code).toBe(1);
    expect(output).toContain('api: secret JWT_SECRET has a value written in the compose file, not taken from the env file');
  });

  it('refuses a secret with a default (it would start without the env file)', () => {
    const { code, output } = variant('default', (t) => t.replaceAll('${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in infra/leadops.env}', '${POSTGRES_PASSWORD:-leadops}')
      .replace('${JWT_SECRET:?set JWT_SECRET (32+ random characters) in infra/leadops.env}', '${JWT_SECRET:-x}')
      .replace('${WEBHOOK_SECRETS:?set WEBHOOK_SECRETS (source=secret,...) in infra/leadops.env}', '${WEBHOOK_SECRETS:-x}')
      .replace('${TEMPORAL_PAYLOAD_KEYS:?set TEMPORAL_PAYLOAD_KEYS (keyId:base64key) in infra/leadops.env}', '${TEMPORAL_PAYLOAD_KEYS:-k1:x}')
      .replace('${METRICS_TOKEN:?set METRICS_TOKEN (24+ random characters) in infra/leadops.env}', '${METRICS_TOKEN:-x}'));
    expect(code).toBe(1);
    expect(output).toContain('loads without an env file: secrets must be required');
  });

  it('refuses an unpinned image, a service without healthcheck and demo seeding', () => {
    const { code, output } = variant('pins', (t) => t.replace('image: temporalio/ui:2.42.1', 'image: temporalio/ui:latest')
      .replace(/( {2}console:\n[\s\S]*?)( {4}healthcheck:\n(?: {6}.*\n)+)/, '$1')
      .replace('command: ["node", "apps/api/dist/cli/setup.js"]', 'command: ["node", "apps/api/dist/cli/setup.js", "--demo"]'));
    expect(code).toBe(1);
    expect(output).toContain('temporal-ui: image "temporalio/ui:latest" is not pinned to a version');
    expect(output).toContain('console: long-running service without a healthcheck');
    expect(output).toContain('migrate: runs with --demo');
  });

  it('refuses the Temporal UI on a public address and PostgreSQL published on the host', () => {
    const { code, output } = variant('public', (t) => t.replace('ports: ["127.0.0.1:8233:8080"]', 'ports: ["8233:8080"]')
      .replace('    volumes: [pgdata:/var/lib/postgresql/data]\n', '    volumes: [pgdata:/var/lib/postgresql/data]\n    ports: ["5432:5432"]\n'));
    expect(code).toBe(1);
    expect(output).toMatch(/temporal-ui: published on "(0\.0\.0\.0|)": the UI has no login/);
    expect(output).toContain('postgres: published on the host (port 5432)');
  });

  it('refuses a broken file with the loader\'s own message', () => {
    const { code, output } = variant('broken', (t) => t.replace('deploy: { replicas: 2 }', 'deploy: { replicas: two }'));
    expect(code).toBe(1);
    expect(output).toMatch(/compose loader refused .*replicas/);
  });
});
