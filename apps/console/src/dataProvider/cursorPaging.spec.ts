import { CursorPager, hops, nearestKnownOffset, type FetchConnection } from './cursorPaging';

/** A fake keyset API over rows 0..total-1: the cursor is the index of the last row returned. */
function fakeApi(total: number) {
  const calls: Array<{ first: number; after: string | null; cursorsOnly: boolean }> = [];
  const fetchConnection: FetchConnection<number> = async (args) => {
    calls.push(args);
    const start = args.after === null ? 0 : Number(args.after) + 1;
    const nodes = Array.from({ length: Math.max(0, Math.min(args.first, total - start)) }, (_, i) => start + i);
    const last = nodes[nodes.length - 1];
    return { nodes: args.cursorsOnly ? [] : nodes, pageInfo: { endCursor: last === undefined ? null : String(last), hasNextPage: start + nodes.length < total }, totalCount: total };
  };
  return { calls, fetchConnection };
}

describe('cursor paging helpers', () => {
  it('starts from the nearest known offset not past the target', () => {
    expect(nearestKnownOffset([0, 25, 50], 60)).toBe(50);
    expect(nearestKnownOffset([0, 25, 100], 75)).toBe(25);
    expect(nearestKnownOffset([], 10)).toBe(0);
  });
  it('hops no further than the API page limit', () => {
    expect(hops(450)).toEqual([200, 200, 50]);
    expect(hops(0)).toEqual([]);
  });
});

describe('CursorPager', () => {
  it('serves page 1 with one request and remembers where page 2 starts', async () => {
    const api = fakeApi(60);
    const pager = new CursorPager();
    const page1 = await pager.page('q', 0, 25, api.fetchConnection);
    expect(page1.data).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(page1.total).toBe(60);
    const page2 = await pager.page('q', 25, 25, api.fetchConnection);
    expect(page2.data[0]).toBe(25);
    expect(api.calls).toEqual([
      { first: 25, after: null, cursorsOnly: false },
      { first: 25, after: '24', cursorsOnly: false },
    ]);
  });

  it('walks to a far page asking for cursors only, then fetches the rows', async () => {
    const api = fakeApi(1000);
    const pager = new CursorPager();
    const page = await pager.page('q', 450, 50, api.fetchConnection);
    expect(page.data[0]).toBe(450);
    expect(page.data).toHaveLength(50);
    expect(api.calls).toEqual([
      { first: 200, after: null, cursorsOnly: true },
      { first: 200, after: '199', cursorsOnly: true },
      { first: 50, after: '399', cursorsOnly: true },
      { first: 50, after: '449', cursorsOnly: false },
    ]);
  });

  it('forgets cursors when the list goes back to page 1 (new leads shift the pages)', async () => {
    const api = fakeApi(100);
    const pager = new CursorPager();
    await pager.page('q', 0, 25, api.fetchConnection);
    await pager.page('q', 0, 25, api.fetchConnection);
    await pager.page('q', 25, 25, api.fetchConnection);
    expect(api.calls.map((c) => c.after)).toEqual([null, null, '24']);
  });

  it('answers an empty page past the end', async () => {
    const api = fakeApi(10);
    const pager = new CursorPager();
    expect(await pager.page('q', 50, 25, api.fetchConnection)).toEqual({ data: [], total: 10, totalCapped: false, hasNextPage: false });
  });

  it('keeps the cursors of different queries apart', async () => {
    const api = fakeApi(100);
    const pager = new CursorPager();
    await pager.page('a', 0, 25, api.fetchConnection);
    await pager.page('b', 25, 25, api.fetchConnection);
    expect(api.calls[1]).toEqual({ first: 25, after: null, cursorsOnly: true });
  });
});
