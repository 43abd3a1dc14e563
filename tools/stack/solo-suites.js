// Suites that measure time (a cool-down, a ratio of two timings, an upload still running while rows are stored, the
// Java time-skipping server's hours and days) or run a Temporal cluster with replicas: `npm test` runs them one at a
// time, after the rest have run two at a time, so a neighbour's CPU never makes them fail. Read by jest.config.js and
// tools/stack/test.sh.
module.exports = {
  SOLO_SUITES: [
    'apps/api/e2e/replicas-and-faults.e2e.ts',
    'apps/api/e2e/model-breaker.e2e.ts',
    'libs/persistence/e2e/open-leads-per-rep.e2e.ts',
    'apps/api/e2e/csv-import.e2e.ts',
    'apps/worker/e2e/lead-time-skipping.e2e.ts',
  ],
};
