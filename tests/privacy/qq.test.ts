import { describe, expect, it } from 'vitest';
import { detectQqNumbers } from '../../src/privacy/detectors/qq.ts';
import { valuesOf } from './helpers.ts';

describe('qq detector', () => {
  it.each([
    ['QQ：12345678', '12345678'],
    ['QQ号 12345678', '12345678'],
    ['qq号码:123456789，', '123456789'],
    ['QQ 10001', '10001'],
    ['他的QQ是87654321', '87654321'],
  ])('finds %s', (text, value) => {
    expect(valuesOf(detectQqNumbers(text))).toEqual([value]);
  });

  it.each(['编号12345678', '学习交流QQ群：12345678', 'QQ：1234', 'QQ邮箱'])('ignores %s', (text) => {
    expect(detectQqNumbers(text)).toEqual([]);
  });
});
