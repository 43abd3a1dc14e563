// The demo's first start: after the 60 days of history are seeded, one training runs and the score shows at once.
import { createTestDatabase, type TestDatabase } from '@leadops/testing';
import { seedDemoData } from '@leadops/persistence';
import { seedDemoHistory } from '../src/cli/demo-history';
import { trainOnce } from '../src/cli/demo-scoring';

describe('demo conversion score', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db);
  });
  afterAll(() => database?.drop());

  it('trains and promotes a model on the seeded history', async () => {
    expect(await seedDemoHistory(database.db)).toBeGreaterThan(2500);
    const said = await trainOnce(database.db, 200);
    console.log(`[demo scoring] ${said}`);
    expect(said).toMatch(/^model v\d+ promoted \(held-out AUC 0\.\d+, \d+ closed leads\)/);
    const [model] = await database.db.query('SELECT auc, ece, closed_leads FROM scoring_models WHERE promoted');
    expect(model.closed_leads).toBeGreaterThan(2500);
    expect(model.auc).toBeGreaterThanOrEqual(0.6);
    console.log(`[demo scoring] held-out AUC ${model.auc.toFixed(3)}, ECE ${model.ece.toFixed(3)}`);
  });
});
