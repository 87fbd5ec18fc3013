import { describe, expect, it } from 'vitest';
import { detectLandlines } from '../../src/privacy/detectors/landline.ts';
import { valuesOf } from './helpers.ts';

describe('landline detector', () => {
  it.each([
    ['电话0574-87654321。', '0574-87654321'],
    ['电话（0574）87654321', '（0574）87654321'],
    ['电话(0574) 8765 4321', '(0574) 8765 4321'],
    ['电话 0574 87654321 转', '0574 87654321'],
    ['电话010-6123456，', '010-6123456'],
    ['座机057487654321', '057487654321'],
  ])('finds %s', (text, value) => {
    expect(valuesOf(detectLandlines(text))).toEqual([value]);
  });

  it.each([
    '举报电话12388',
    '举报电话0574-12388',
    '（0574）12388',
    '文件编号057487654321', // a bare number with no phone word could be any reference number
    '400-123-4567',
    '2024-03-12 10:30',
    '（2023）浙0206民初123号',
  ])('ignores %s', (text) => {
    expect(detectLandlines(text)).toEqual([]);
  });
});
