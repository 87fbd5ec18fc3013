import { describe, expect, it } from 'vitest';
import { detectPlates } from '../../src/privacy/detectors/plate.ts';
import { valuesOf } from './helpers.ts';

describe('plate detector', () => {
  it.each([
    ['车牌浙B12345。', '浙B12345'],
    ['车牌粤B12345', '粤B12345'],
    ['车牌浙B·12345', '浙B·12345'],
    ['新能源车浙B·D12345', '浙B·D12345'],
    ['新能源车浙BD12345', '浙BD12345'],
    ['新能源大车浙B12345D', '浙B12345D'],
    ['车牌京A-8A123', '京A-8A123'],
    ['车牌沪C 12345', '沪C 12345'],
    ['车牌浙b12345', '浙b12345'],
  ])('finds %s', (text, value) => {
    expect(valuesOf(detectPlates(text))).toEqual([value]);
  });

  it.each(['浙江省潆州市', '新A轮融资', '浙B·ABCDE', '京A123', '（2023）浙0206民初123号', '浙B123456789'])('ignores %s', (text) => {
    expect(detectPlates(text)).toEqual([]);
  });
});
