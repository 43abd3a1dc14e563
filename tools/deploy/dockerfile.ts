// Reads infra/Dockerfile the way BuildKit does for what CI needs: stages (FROM … AS name) and their RUN and ENV lines,
// with line continuations joined and comments dropped. CI has no Docker engine, so the image-build test runs these RUN
// commands itself: whatever the Dockerfile says is what gets tested, never a copy of it.
import { readFileSync } from 'node:fs';

export interface DockerStage {
  name: string;
  from: string;
  run: string[];
  env: Record<string, string>;
  workdir: string | null;
}

export function parseDockerfile(path: string): DockerStage[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) continue;
    if (line.startsWith('#')) continue; // a comment inside a continued instruction
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' ';
      continue;
    }
    logical.push(pending + line);
    pending = '';
  }
  const stages: DockerStage[] = [];
  for (const instruction of logical) {
    const [keyword, ...rest] = instruction.split(/\s+/);
    const args = instruction.slice(keyword.length).trim();
    const current = stages[stages.length - 1];
    switch (keyword.toUpperCase()) {
      case 'FROM': {
        const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
        if (!match) throw new Error(`${path}: cannot read "${instruction}"`);
        stages.push({ name: match[2] ?? String(stages.length), from: match[1], run: [], env: {}, workdir: null });
        break;
      }
      case 'RUN':
        if (!current) throw new Error(`${path}: RUN before FROM`);
        if (args.startsWith('[')) throw new Error(`${path}: use the shell form for RUN so CI can replay it: ${instruction}`);
        current.run.push(args);
        break;
      case 'ENV':
        if (!current) throw new Error(`${path}: ENV before FROM`);
        for (const pair of rest.join(' ').match(/\S+=("[^"]*"|\S+)/g) ?? []) {
          const at = pair.indexOf('=');
          current.env[pair.slice(0, at)] = pair.slice(at + 1).replace(/^"|"$/g, '');
        }
        break;
      case 'WORKDIR':
        if (current) current.workdir = args;
        break;
    }
  }
  return stages;
}

/** A stage and every stage it builds on (FROM an earlier stage), base first. */
export function stageChain(stages: DockerStage[], name: string): DockerStage[] {
  const stage = stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage "${name}" in the Dockerfile (stages: ${stages.map((s) => s.name).join(', ')})`);
  const parent = stages.find((s) => s.name === stage.from);
  return parent ? [...stageChain(stages, parent.name), stage] : [stage];
}
