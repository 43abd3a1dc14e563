/** Every GraphQL document the console sends is valid against the running API's schema: a renamed field fails here first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, parse, printSchema, validate, type IntrospectionQuery } from 'graphql';
import * as documents from '../src/dataProvider/documents';
import { API_URL } from './support';

const FRAGMENT_HOLES = ['', 'nodes { id }'];

it('the console asks only for what the API has', async () => {
  const res = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const { data } = (await res.json()) as { data: IntrospectionQuery };
  const schema = buildClientSchema(data);
  const problems: string[] = [];
  let checked = 0;
  for (const [name, value] of Object.entries(documents)) {
    // Generated documents are String objects carrying their types; older ones may be plain strings or builders.
    const texts = typeof value === 'function' ? FRAGMENT_HOLES.map((hole) => (value as (s: string) => string)(hole)) : [String(value)];
    for (const text of texts) {
      if (!/^\s*(query|mutation)\b/.test(text)) continue;
      checked++;
      for (const error of validate(schema, parse(text))) problems.push(`${name}: ${error.message}`);
    }
  }
  expect(problems).toEqual([]);
  expect(checked).toBeGreaterThan(25);
});

it("the schema the console's types are generated from is the running API's schema", async () => {
  const res = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const { data } = (await res.json()) as { data: IntrospectionQuery };
  const served = printSchema(lexicographicSortSchema(buildClientSchema(data)));
  const committed = printSchema(lexicographicSortSchema(buildSchema(readFileSync(join(__dirname, '../../api/schema.graphql'), 'utf8'))));
  expect(committed).toBe(served);
});
