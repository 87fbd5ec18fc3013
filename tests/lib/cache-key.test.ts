/** Page keys (lib/page/cache-key.ts): a key changes exactly when one of its named inputs does. */
import { describe, expect, it } from 'vitest';
import { composeKey, configInput, entryKey, stableJson } from '../../src/lib/page/cache-key.ts';
import { loadSiteConfig } from '../../src/lib/node/config.ts';

describe('composeKey', () => {
  it('does not depend on the order inputs or record fields are written in', () => {
    const organ = { id: 'a-county', name: '甲县纪委监委', level: '县' };
    const reordered = { level: '县', name: '甲县纪委监委', id: 'a-county' };
    expect(composeKey({ entry: 'x', organ })).toBe(composeKey({ organ: reordered, entry: 'x' }));
  });

  it('changes with any value, at any depth, and with the name an input is given', () => {
    const base = composeKey({ organ: { name: '甲县纪委监委', parent: { name: '乙市纪委监委' } } });
    expect(composeKey({ organ: { name: '甲县纪委监委', parent: { name: '乙市纪律检查委员会' } } })).not.toBe(base);
    expect(composeKey({ issuer: { name: '甲县纪委监委', parent: { name: '乙市纪委监委' } } })).not.toBe(base);
    expect(composeKey({ items: ['a', 'b'] })).not.toBe(composeKey({ items: ['b', 'a'] }));
  });

  it('reads maps and sets as their entries, so a lookup table can be an input', () => {
    expect(stableJson(new Map([['a', 1]]))).toBe('[["a",1]]');
    expect(composeKey({ m: new Map([['a', 1]]) })).not.toBe(composeKey({ m: new Map([['a', 2]]) }));
  });
});

describe('entryKey', () => {
  it('is the collection, id and store digest', () => {
    expect(entryKey({ collection: 'cases', id: 'a', digest: 'd1' })).toBe('cases/a@d1');
    expect(entryKey({ collection: 'cases', id: 'a', digest: 'd1' })).not.toBe(entryKey({ collection: 'cases', id: 'a', digest: 'd2' }));
  });

  it('never matches the last build for an entry without a digest', () => {
    expect(entryKey({ collection: 'cases', id: 'a' })).not.toBe(entryKey({ collection: 'cases', id: 'a' }));
  });
});

describe('configInput', () => {
  it('keeps every field of the configuration but the build clock', () => {
    const config = loadSiteConfig({ MINGJING_NOW: '2026-01-01' });
    const input = configInput(config);
    expect(Object.keys(input).sort()).toEqual(
      Object.keys(config)
        .filter((key) => key !== 'today')
        .sort(),
    );
    expect(composeKey({ config: configInput(loadSiteConfig({ MINGJING_NOW: '2026-06-01' })) })).toBe(composeKey({ config: input }));
    expect(composeKey({ config: configInput(loadSiteConfig({ MINGJING_NOW: '2026-01-01', MINGJING_SITE_NAME: '另一个名字' })) })).not.toBe(
      composeKey({ config: input }),
    );
  });
});
