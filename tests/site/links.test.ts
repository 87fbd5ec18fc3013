/** No broken internal link, asset or anchor anywhere in the built site, under its base path. */
import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../helpers/links.ts';

describe('links and assets', () => {
  it('all lead to a file of the site, and every anchor to an element', () => {
    const broken = checkLinks(inject('sampleSiteDir'), { base: inject('sampleBase'), site: 'https://mingjing.test' });
    expect(broken).toEqual([]);
  });
});
