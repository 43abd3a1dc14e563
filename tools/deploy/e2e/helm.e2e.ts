// infra/helm/leadops through Helm itself (`helm lint`, `helm template`) with the default values, the production values
// and chart-managed secrets, then a check of what the rendered manifests promise: every container non-root with
// resources, every long-running one with probes, every Secret/ConfigMap key a pod reads exists, no unpinned image.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { helmBin, ROOT } from '../tool-paths';

const CHART = join(ROOT, 'infra', 'helm', 'leadops');
const PRODUCTION = join(CHART, 'values-production.yaml');
const MANAGED_SECRETS = [
  '--set', 'secrets.existingSecret=',
  '--set', 'secrets.values.DATABASE_URL=postgres://leadops:pw@postgres:5432/leadops',
  '--set', `secrets.values.JWT_SECRET=${'s'.repeat(40)}`,
  '--set', 'secrets.values.WEBHOOK_SECRETS=website-form=abc',
  '--set', `secrets.values.METRICS_TOKEN=${'m'.repeat(30)}`,
  '--set', `secrets.values.TEMPORAL_PAYLOAD_KEYS=k1:${Buffer.alloc(32, 7).toString('base64')}`,
];

function helm(args: string[]) {
  const result = spawnSync(helmBin(), args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Manifest = { kind: string; metadata: { name: string; annotations?: Record<string, string> }; spec?: any; data?: Record<string, string>; stringData?: Record<string, string> };

function render(args: string[]): Manifest[] {
  const { code, stdout, stderr } = helm(['template', 'leadops', CHART, ...args]);
  if (code !== 0) throw new Error(`helm template ${args.join(' ')} failed: ${stderr}`);
  return parseAllDocuments(stdout).map((d) => d.toJSON()).filter(Boolean);
}

const podSpec = (m: Manifest) => (m.kind === 'Deployment' || m.kind === 'Job' ? m.spec.template.spec : null);

function problems(manifests: Manifest[], existingSecret: { name: string; keys: string[] } | null): string[] {
  const found: string[] = [];
  const byName = (kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name);
  const hasKey = (kind: 'Secret' | 'ConfigMap', name: string, key: string | null) => {
    if (kind === 'Secret' && existingSecret && name === existingSecret.name) return key === null || existingSecret.keys.includes(key);
    const object = byName(kind, name);
    if (!object) return false;
    return key === null || key in { ...object.data, ...object.stringData };
  };
  for (const m of manifests) {
    const spec = podSpec(m);
    if (!spec) continue;
    const where = `${m.kind}/${m.metadata.name}`;
    for (const c of spec.containers) {
      const at = `${where} container ${c.name}`;
      const nonRoot = (c.securityContext?.runAsNonRoot ?? spec.securityContext?.runAsNonRoot) === true;
      const user = c.securityContext?.runAsUser ?? spec.securityContext?.runAsUser;
      if (!nonRoot || user === undefined || user === 0) found.push(`${at}: not non-root (runAsNonRoot ${nonRoot}, runAsUser ${user})`);
      if (c.securityContext?.allowPrivilegeEscalation !== false) found.push(`${at}: allowPrivilegeEscalation not false`);
      for (const part of ['requests', 'limits']) for (const r of ['cpu', 'memory']) if (!c.resources?.[part]?.[r]) found.push(`${at}: no resources.${part}.${r}`);
      if (m.kind === 'Deployment' && (!c.readinessProbe || !c.livenessProbe)) found.push(`${at}: no readiness/liveness probe`);
      if (!/^[^:]+(:[^:/]+)?:(?!latest$)[\w.-]+$/.test(c.image) && !c.image.includes('@sha256:')) found.push(`${at}: image ${c.image} not pinned`);
      for (const e of c.env ?? []) {
        const s = e.valueFrom?.secretKeyRef;
        const cm = e.valueFrom?.configMapKeyRef;
        if (s && !hasKey('Secret', s.name, s.key)) found.push(`${at}: env ${e.name} reads Secret ${s.name} key ${s.key}, which does not exist`);
        if (cm && !hasKey('ConfigMap', cm.name, cm.key)) found.push(`${at}: env ${e.name} reads ConfigMap ${cm.name} key ${cm.key}, which does not exist`);
      }
      for (const from of c.envFrom ?? []) {
        if (from.configMapRef && !hasKey('ConfigMap', from.configMapRef.name, null)) found.push(`${at}: envFrom ConfigMap ${from.configMapRef.name} does not exist`);
        if (from.secretRef && !hasKey('Secret', from.secretRef.name, null)) found.push(`${at}: envFrom Secret ${from.secretRef.name} does not exist`);
      }
    }
    for (const v of spec.volumes ?? []) {
      if (v.configMap && !hasKey('ConfigMap', v.configMap.name, null)) found.push(`${where}: volume ${v.name} mounts missing ConfigMap ${v.configMap.name}`);
    }
  }
  return found;
}

describe('infra/helm/leadops', () => {
  const secretKeys = ['DATABASE_URL', 'JWT_SECRET', 'WEBHOOK_SECRETS', 'TEMPORAL_PAYLOAD_KEYS', 'METRICS_TOKEN', 'SMTP_USER', 'SMTP_PASSWORD', 'LLM_API_KEY', 'TEMPORAL_API_KEY', 'OTEL_EXPORTER_OTLP_HEADERS'];

  it.each([
    ['default values', []],
    ['production values', ['-f', PRODUCTION]],
    ['chart-managed secrets', MANAGED_SECRETS],
  ])('passes helm lint with the %s', (_name, args) => {
    const { code, stdout, stderr } = helm(['lint', CHART, ...(args as string[])]);
    expect({ code, errors: `${stdout}${stderr}`.split('\n').filter((l) => /\[(ERROR|WARNING)\]/.test(l)) }).toEqual({ code: 0, errors: [] });
  });

  it('renders the default values: api and worker with HPAs and PDBs, console, migrations hook, NetworkPolicy; no vLLM', () => {
    const manifests = render([]);
    expect(problems(manifests, { name: 'leadops-secrets', keys: secretKeys })).toEqual([]);
    const kinds = manifests.map((m) => `${m.kind}/${m.metadata.name}`).sort();
    expect(kinds).toEqual([
      'ConfigMap/leadops-config', 'Deployment/leadops-api', 'Deployment/leadops-console', 'Deployment/leadops-worker',
      'HorizontalPodAutoscaler/leadops-api', 'HorizontalPodAutoscaler/leadops-worker', 'Job/leadops-migrations', 'NetworkPolicy/leadops',
      'PodDisruptionBudget/leadops-api', 'PodDisruptionBudget/leadops-console', 'PodDisruptionBudget/leadops-worker',
      'Service/leadops-api', 'Service/leadops-console', 'Service/leadops-worker-metrics',
    ]);
    const job = manifests.find((m) => m.kind === 'Job')!;
    expect(job.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    expect(JSON.stringify(job.spec)).not.toContain('--demo');
    const api = podSpec(manifests.find((m) => m.metadata.name === 'leadops-api' && m.kind === 'Deployment')!);
    expect(api.containers[0].readinessProbe.httpGet.path).toBe('/health/ready');
    expect(api.containers[0].livenessProbe.httpGet.path).toBe('/health/live');
    // The ConfigMap and the Secret exist before the hook Job that reads them.
    expect(manifests.find((m) => m.kind === 'ConfigMap')!.metadata.annotations?.['helm.sh/hook-weight']).toBe('-10');
  });

  it('renders the production values: vLLM for gpt-oss-20b on one GPU with a readiness probe, and the workers pointed at it', () => {
    const manifests = render(['-f', PRODUCTION]);
    expect(problems(manifests, { name: 'leadops-secrets', keys: secretKeys })).toEqual([]);
    const vllm = podSpec(manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'leadops-vllm')!).containers[0];
    expect(vllm.resources.limits['nvidia.com/gpu']).toBe(1);
    expect(vllm.args.slice(0, 2)).toEqual(['--model', 'openai/gpt-oss-20b']);
    expect(vllm.readinessProbe.httpGet.path).toBe('/health');
    expect(manifests.some((m) => m.kind === 'Service' && m.metadata.name === 'leadops-vllm')).toBe(true);
    const worker = podSpec(manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'leadops-worker')!).containers[0];
    expect(worker.env.find((e: any) => e.name === 'LLM_BASE_URL').value).toBe('http://leadops-vllm:8000/v1');
    const hpa = manifests.find((m) => m.kind === 'HorizontalPodAutoscaler' && m.metadata.name === 'leadops-worker')!;
    expect(hpa.spec.minReplicas).toBe(3);
  });

  it('renders chart-managed secrets with every key the pods read', () => {
    const manifests = render(MANAGED_SECRETS);
    expect(problems(manifests, null)).toEqual([]);
    const secret = manifests.find((m) => m.kind === 'Secret')!;
    expect(Object.keys(secret.stringData!).sort()).toEqual([...secretKeys].sort());
  });

  it('finds a missing Secret key (the check itself is not blind)', () => {
    const manifests = render(MANAGED_SECRETS);
    const secret = manifests.find((m) => m.kind === 'Secret')!;
    delete secret.stringData!['JWT_SECRET'];
    expect(problems(manifests, null)).toContain('Deployment/leadops-api container api: env JWT_SECRET reads Secret leadops-secrets key JWT_SECRET, which does not exist');
  });

  it('refuses an unpinned image, missing secrets and a short JWT secret, naming the value', () => {
    expect(helm(['template', 'leadops', CHART, '--set', 'image.tag=latest']).stderr).toMatch(/image ghcr\.io\/leadops\/leadops: set a pinned tag, not "latest"/);
    expect(helm(['template', 'leadops', CHART, '--set', 'secrets.existingSecret=']).stderr).toMatch(/secrets\.values\.DATABASE_URL is required/);
    const short = MANAGED_SECRETS.map((a) => (a.startsWith('secrets.values.JWT_SECRET=') ? 'secrets.values.JWT_SECRET=short' : a));
    expect(helm(['template', 'leadops', CHART, ...short]).stderr).toMatch(/JWT_SECRET must be at least 32 characters/);
  });
});
