// Runs a compiled CLI entry, building it first when dist is missing or older than its sources.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
// What `tsc -b tools/cli` compiles: this project and the libraries it references.
const CLI_BUILD = {
  project: 'tools/cli',
  marker: path.join(__dirname, 'dist', '.tsbuildinfo'),
  sources: ['tools/cli/src', 'libs/domain/src', 'libs/llm/src'],
  configs: ['tools/cli/tsconfig.json', 'libs/domain/tsconfig.json', 'libs/llm/tsconfig.json', 'tsconfig.base.json'],
};

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, mtime(full));
  }
  return newest;
}

/** Runs `tsc -b <project>` when its marker file is missing or older than any source or config. */
function ensureBuilt(build = CLI_BUILD) {
  const built = mtime(build.marker);
  const sources = Math.max(...build.sources.map((dir) => newestSource(path.join(ROOT, dir))), ...build.configs.map((f) => mtime(path.join(ROOT, f))));
  if (built && built >= sources) return;
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  } catch {
    tsc = null;
  }
  const run = tsc
    ? spawnSync(process.execPath, [tsc, '-b', build.project], { cwd: ROOT, encoding: 'utf8' })
    : spawnSync('npx', ['tsc', '-b', build.project], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(`build failed (tsc -b ${build.project})\n${run.stdout || ''}${run.stderr || ''}${run.error ? run.error.message : ''}\n`);
    process.exit(1);
  }
  // tsc skips up-to-date output: mark the build as current so the next run starts at once.
  const now = new Date();
  if (fs.existsSync(build.marker)) fs.utimesSync(build.marker, now, now);
}

// npm workspaces link @leadops/* into node_modules; when the links are absent (no `npm install` since the
// libraries appeared), resolve them to the built libraries the same way.
function resolveWorkspaceLibraries() {
  const original = Module._resolveFilename;
  Module._resolveFilename = function resolve(request, ...rest) {
    try {
      return original.call(this, request, ...rest);
    } catch (error) {
      const lib = /^@leadops\/([a-z-]+)$/.exec(request);
      if (!lib) throw error;
      return original.call(this, path.join(ROOT, 'libs', lib[1], 'dist', 'index.js'), ...rest);
    }
  };
}

/** Builds if needed, then runs `main(argv)` of a compiled entry and exits with its code. */
function run(entry, build = CLI_BUILD) {
  ensureBuilt(build);
  resolveWorkspaceLibraries();
  const { main } = require(entry.startsWith('/') ? entry : path.join(__dirname, 'dist', entry));
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 1;
    },
  );
}

module.exports = { run, ensureBuilt, resolveWorkspaceLibraries, ROOT };
