import { describe, expect, it } from 'vitest';
import { detectAddresses } from '../../src/privacy/detectors/address.ts';
import { valuesOf } from './helpers.ts';

describe('address detector', () => {
  it.each([
    ['住在中山路123号。', '中山路123号'],
    ['住址：解放北路12-3号', '解放北路12-3号'],
    ['人民大道88号院内', '人民大道88号院'],
    ['位于长宏村56号', '长宏村56号'],
    ['某小区5幢2单元301室', '某小区5幢2单元301室'],
    // 弄 and 号楼 forms, village group house numbers, lanes named 里
    ['家住城中路126弄3号', '城中路126弄3号'],
    ['举报人住址：望江东路66弄12号401室', '望江东路66弄12号401室'],
    ['滨江花园7号楼2单元1203室', '滨江花园7号楼2单元1203室'],
    ['某村7组21号', '某村7组21号'],
    ['户籍地：桐溪县云岙镇石塘村7组21号', '云岙镇石塘村7组21号'],
    ['现住：青澜市澄江区桥东街道幸福里28号', '桥东街道幸福里28号'],
    // 户籍地, 现住, 住址 lines without a house number still name the village
    ['户籍地：桐溪县云岙镇石塘村。', '云岙镇石塘村'],
    // the district stays outside the match
    ['家住澄江区解放北路88号', '解放北路88号'],
    ['3号楼1单元502', '3号楼1单元502'],
    ['12栋301', '12栋301'],
    ['家住中山路123号5幢2单元301室，', '中山路123号5幢2单元301室'],
  ])('finds %s', (text, value) => {
    expect(valuesOf(detectAddresses(text))).toEqual([value]);
  });

  it.each([
    '芸纪澄〔2023〕12号',
    '（2023）浙0206民初123号',
    '潆州容错案例第3号',
    '某街道12号文件',
    '中山路沿线',
    '在301室召开会议',
    '改造3幢120余户',
    '5幢住宅楼',
    '3.5万元，120余户',
    '国发〔2023〕5号',
    '科技园3号楼会议室',
    '户籍地：某县某镇某村',
    '联系地址：青澜市行政中心',
    '市民中心2号楼',
  ])('ignores %s', (text) => {
    expect(detectAddresses(text)).toEqual([]);
  });
});
