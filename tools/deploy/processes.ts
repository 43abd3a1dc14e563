// The API and the worker as operators start them (dist/main.js in a child process), for the deployment tests.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Started { child: ChildProcess; output(): string; exited: Promise<number | null> }

export function startNode(cwd: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

export async function stopAll(processes: Started[]): Promise<void> {
  for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  await Promise.all(processes.map((p) => p.exited));
}

/** A GraphQL call to the API at `base`. */
export async function graphql(base: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: any; errors?: unknown[] }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

export const CREATE_LEAD = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }';
export const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
