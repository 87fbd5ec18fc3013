import { describe, expect, it } from 'vitest';
import { detectAddresses } from '../../src/privacy/detectors/address.ts';
import { valuesOf } from './helpers.ts';

describe('address detector', () => {
  it.each([
    ['住在中山路123号。', '中山路123号'],
    ['住址：解放北路12-3号', '解放北路12-3号'],
    ['人民大道88号院内', '人民大道88号院'],
    ['位于长宏村56号', '长宏村56号'],
    ['某小区5幢2单元301室', '5幢2单元301室'],
    ['3号楼1单元502', '3号楼1单元502'],
    ['12栋301', '12栋301'],
    ['家住中山路123号5幢2单元301室，', '中山路123号5幢2单元301室'],
  ])('finds %s', (text, value) => {
    expect(valuesOf(detectAddresses(text))).toEqual([value]);
  });

  it.each([
    '东湖纪澄〔2023〕12号',
    '（2023）浙0206民初123号',
    '明州容错案例第3号',
    '某街道12号文件',
    '中山路沿线',
    '在301室召开会议',
    '改造3幢120余户',
    '5幢住宅楼',
    '3.5万元，120余户',
    '国发〔2023〕5号',
  ])('ignores %s', (text) => {
    expect(detectAddresses(text)).toEqual([]);
  });
});
