/**
 * Home addresses precise enough to find a door:
 *   - a road, street, lane or estate with a house number: 中山路123号, 城中路126弄3号,
 *     解放北路12-3号, 幸福里28号, 滨江花园7号楼2单元1203室;
 *   - a village group house number: 石塘村7组21号, 某村7组21号;
 *   - building, unit and room together: 5幢2单元301室, 3号楼1单元502, 12栋301;
 *   - whatever follows 户籍地, 现住, 住址, 家住 … down to the village or road, numbered or not.
 * The match starts below the county: the district, county and city stay outside it, so masking
 * and `npm run redact` keep "澄江区" and remove "桥东街道幸福里28号". A bare room number (301室), a
 * road without a number, an office (三楼会议室), 文号 (〔2024〕3号) and 案号 are not addresses of anyone.
 * Numbers written in Chinese numerals (中山路一百二十三号, 三组) are not recognised.
 */
import type { RawMatch } from '../types.ts';

/** Words a door number follows: roads, lanes, villages and groups … */
const STREET_BEFORE_NUMBER = /(?:大道|大街|路|街|巷|弄|胡同|里|坊|村|组|社区|湾|庄|屯|寨)$/u;
/** … and estates, where 3号楼 alone may be an office block: they need a house number or two parts. */
const ESTATE_BEFORE_NUMBER = /(?:小区|花园|家园|新村|公寓|大厦|广场|苑|园|府|庭|城)$/u;
/** A run of numbered parts: 126弄3号, 7组21号, 7号楼2单元1203室, 3幢2单元301. */
const NUMBERED_PARTS =
  /(?:\d+(?:[-之]\d+)?(?:号楼|号院|弄|号(?![文令])|组|幢|栋|单元|室|户)|(?<=(?:单元|幢|栋|号楼))\d{3,4}(?![\d余多个人间套平米万元户年楼层]))+/gu;
/** Cues that introduce where a person lives or is registered. */
const HOME_CUE =
  /(?:户籍地址|户籍所在地|户籍地|户口所在地|现住址|现住|现居住地|居住地|住址|住所地|住所|家住|家庭住址|联系地址|暂住地|住在)[ :：为在是]*/gu;
/** Units at or above county level: an address match never reaches back over them. */
const COUNTY_OR_ABOVE = /[省市区县州旗盟]$/u;
/** Characters that end the words before an address: 住在中山路 → 中山路. */
const LEAD_IN = /[在住于址是到的为从向往和与及至、，,。；;：:\s（）()“”"]/u;
const SUB_COUNTY_PLACE = /(?:街道|社区|小区|镇|乡|村|组|路|街|巷|弄|里|苑|花园|新村|公寓|大厦)/u;
const CLAUSE_END = /[，。；！？\n\t|,;!?）)]/u;

function partCount(run: string): number {
  return (run.match(/号楼|号院|弄|号|组|幢|栋|单元|室|户|\d{3,4}$/gu) ?? []).length;
}

/** How far back the place name before `end` reaches: to a lead-in character or a county-level unit. */
function placeStart(text: string, end: number, limit = 14): number {
  let start = end;
  while (start > 0 && end - start < limit) {
    const ch = text[start - 1]!;
    if (LEAD_IN.test(ch) || !/[\u3400-\u9fff\w-]/u.test(ch)) break;
    if (
      start < end &&
      COUNTY_OR_ABOVE.test(text.slice(0, start)) &&
      !/(?:小区|社区|新区|街区|城区|园区|片区|景区|市场)$/u.test(text.slice(0, start))
    )
      break;
    start--;
  }
  return start;
}

/** Every home address in `text`; adjacent parts merge into one match. */
export function detectAddresses(text: string): RawMatch[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(NUMBERED_PARTS)) {
    const run = m[0];
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    const afterPlace =
      STREET_BEFORE_NUMBER.test(before) || (ESTATE_BEFORE_NUMBER.test(before) && (partCount(run) >= 2 || /号(?!楼|院)/u.test(run)));
    // 〔2024〕3号, 第3号, 民初123号: a number after a bracket, 第 or a case word is a reference.
    if (/(?:〔\d{4}〕|\[\d{4}\]|第|初|终|执|刑|民|行|字)$/u.test(before)) continue;
    if (afterPlace && /号|组|弄|室|幢|栋|单元/u.test(run)) {
      spans.push({ start: placeStart(text, m.index), end: m.index + run.length });
    } else if (partCount(run) >= 2 && /幢|栋|号楼|单元/u.test(run)) {
      // A building number alone (5幢) names a building, not a home: a unit or room must follow.
      spans.push({ start: m.index, end: m.index + run.length });
    }
  }
  for (const cue of text.matchAll(HOME_CUE)) {
    const from = cue.index + cue[0].length;
    let end = from;
    while (end < text.length && end - from < 40 && !CLAUSE_END.test(text[end]!)) end++;
    const clause = text.slice(from, end);
    // Skip the city, district and county: what is below them points at the door.
    const county = [...clause.matchAll(/[省市区县州旗]/gu)]
      .filter((c) => !/(?:小区|社区|新区|城区|园区|片区)$/u.test(clause.slice(0, c.index + 1)))
      .at(-1);
    const start = from + (county ? county.index + 1 : 0);
    const rest = text.slice(start, end);
    if (!SUB_COUNTY_PLACE.test(rest) || rest.replace(/某[^\s]{0,2}?(?:街道|社区|镇|乡|村|组)/gu, '').trim() === '') continue;
    spans.push({ start, end });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map((s) => ({ start: s.start, end: s.end, kind: 'address', value: text.slice(s.start, s.end) }));
}
