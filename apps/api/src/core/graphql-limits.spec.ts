import { buildSchema, parse, validate } from 'graphql';
import { queryLimits } from './graphql-limits';

const schema = buildSchema(`
  type User { id: ID! manager: User name: String }
  type Query { me: User }
`);

const check = (query: string) => validate(schema, parse(query), [queryLimits(4, 10)]).map((e) => e.message);

describe('query limits', () => {
  it('lets an ordinary query through', () => {
    expect(check('{ me { id name manager { id } } }')).toEqual([]);
  });

  it('refuses a query nested too deep, saying the limit', () => {
    expect(check('{ me { manager { manager { manager { manager { id } } } } } }')[0]).toMatch(/nested 6 levels deep; the limit is 4/);
  });

  it('counts fields through fragments, so aliases cannot multiply the cost', () => {
    const aliases = Array.from({ length: 12 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(check(`{ ${aliases} }`)[0]).toMatch(/selects 24 fields; the limit is 10/);
  });

  it('does not loop on recursive fragments', () => {
    expect(() => check('fragment F on User { manager { ...F } } { me { ...F } }')).not.toThrow();
  });
});
