/** `astro:content` outside a build: a test that needs it mocks it (see ./astro-content.ts). */
export function getCollection(): never {
  throw new Error('astro:content is not mocked: use vi.mock("astro:content", () => mockedAstroContent({ … })) in this test');
}
export const getEntry = getCollection;
export const render = getCollection;
