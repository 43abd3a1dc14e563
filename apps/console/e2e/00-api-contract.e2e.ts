/** Every GraphQL document the console sends is valid against the running API's schema: a renamed field fails here first. */
import { buildClientSchema, getIntrospectionQuery, parse, validate, type IntrospectionQuery } from 'graphql';
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
    const texts = typeof value === 'function' ? FRAGMENT_HOLES.map((hole) => (value as (s: string) => string)(hole)) : [value];
    for (const text of texts) {
      if (!/^\s*(query|mutation)\b/.test(text)) continue;
      checked++;
      for (const error of validate(schema, parse(text))) problems.push(`${name}: ${error.message}`);
    }
  }
  expect(problems).toEqual([]);
  expect(checked).toBeGreaterThan(25);
});
