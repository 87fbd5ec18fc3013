import { describe, expect, it } from 'vitest';
import { detectMobiles } from '../../src/privacy/detectors/mobile.ts';
import { valuesOf } from './helpers.ts';

describe('mobile detector', () => {
  it.each([
    ['手机13812345678。', '13812345678'],
    ['手机+8613812345678', '+8613812345678'],
    ['手机 +86 138 1234 5678 联系', '+86 138 1234 5678'],
    ['手机+86-138-1234-5678', '+86-138-1234-5678'],
    ['手机86 13812345678', '86 13812345678'],
    ['手机 138 1234 5678', '138 1234 5678'],
    ['手机138-1234-5678', '138-1234-5678'],
    ['电话：19912345678，', '19912345678'],
  ])('finds %s', (text, value) => {
    expect(valuesOf(detectMobiles(text))).toEqual([value]);
  });

  it('keeps a mobile that is followed by a spaced year apart from it', () => {
    expect(valuesOf(detectMobiles('手机13812345678 2024年'))).toEqual(['13812345678']);
  });

  it.each(['举报电话12388', '12345678901', '138123456789', '2024-03-12 10:30', '10086', '3.5万元'])('ignores %s', (text) => {
    expect(detectMobiles(text)).toEqual([]);
  });
});
