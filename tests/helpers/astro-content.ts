/**
 * A stand-in for `astro:content`, in the manner of Starlight's `__tests__/test-utils.ts`: page
 * data is tested without a build by mocking the collections the content loaders would fill.
 *
 *   vi.mock('astro:content', () => mockedAstroContent({ cases: [entry('cases', 'a', { … })] }));
 *
 * vitest.config.ts aliases `astro:content` to ./astro-content-stub.ts, which throws when a test
 * forgets to mock it.
 */
export interface MockEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  body?: string;
}

export function entry(collection: string, id: string, data: Record<string, unknown>, body = ''): MockEntry {
  return { id, collection, data, body };
}

export function mockedAstroContent(collections: Record<string, MockEntry[]>) {
  return {
    getCollection: async (name: string, filter?: (entry: MockEntry) => unknown) =>
      (collections[name] ?? []).filter((item) => (filter ? filter(item) : true)),
    getEntry: async (name: string, id: string) => (collections[name] ?? []).find((item) => item.id === id),
    render: async () => ({ Content: () => null, headings: [] }),
  };
}
