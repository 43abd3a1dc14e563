import { listInMemory } from './listInMemory';

const rows = [
  { id: 'a', name: 'Zeta', position: 3, tags: ['es'] },
  { id: 'b', name: 'alfa', position: 1, tags: ['en', 'es'] },
  { id: 'c', name: 'Beta', position: 2, tags: [] },
];

describe('listInMemory', () => {
  it('sorts, pages and counts', () => {
    expect(listInMemory(rows, { sort: { field: 'position', order: 'ASC' }, pagination: { page: 1, perPage: 2 } })).toEqual({ data: [rows[1], rows[2]], total: 3 });
    expect(listInMemory(rows, { sort: { field: 'name', order: 'DESC' } }).data.map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });
  it('filters by value, by list membership and by free text', () => {
    expect(listInMemory(rows, { filter: { tags: 'en' } }).data.map((r) => r.id)).toEqual(['b']);
    expect(listInMemory(rows, { filter: { id: ['a', 'c'] } }).total).toBe(2);
    expect(listInMemory(rows, { filter: { q: 'BETA' } }).data.map((r) => r.id)).toEqual(['c']);
  });
});
