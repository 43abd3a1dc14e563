// Where tools/stack/deploy-tools.sh put the deployment checkers (paths from tools/stack/env.sh). A missing tool fails
// the test with the command that builds it: these checks never skip.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const cacheDir = () => process.env['LEADOPS_CACHE_DIR'] ?? join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'leadops');

function required(path: string, what: string): string {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}: run \`bash tools/stack/setup.sh --deploy\` (npm test does)`);
  return path;
}

export const ROOT = join(__dirname, '..', '..');
export const helmBin = () => required(process.env['HELM_BIN'] ?? join(cacheDir(), `helm-${process.env['HELM_VERSION'] ?? 'v4.3.2'}`, 'helm'), 'Helm');
export const composeCheckBin = () => required(process.env['COMPOSE_CHECK_BIN'] ?? join(cacheDir(), 'compose-check', 'compose-check'), 'tools/stack/compose-check');
export const prometheusBin = () => required(process.env['PROMETHEUS_BIN'] ?? '/usr/bin/prometheus', "Debian's prometheus");
