/**
 * Street addresses precise enough to find a door: a road, street, lane or village followed by a
 * house number (中山路123号, 解放北路12-3号, 长宏村56号), and building/unit/room numbers
 * (5幢2单元301室, 3号楼1单元502, 12栋301). A bare room number (301室) or a road without a number is not
 * reported: offices and roads appear in notices all the time and point at no one's home.
 * Numbers written in Chinese numerals (中山路一百二十三号) are not recognised.
 */
import type { RawMatch } from '../types.ts';

/** Characters that end a sentence fragment before a road name: 住在中山路 → 中山路. */
const LEAD_IN = /^.*[在住于址是到的为从向往和与及至、，,。；;：:\s]/u;

const ROAD_NUMBER =
  /([\u4e00-\u9fff]{1,8}?(?:大道|大街|路|街(?!道)|巷|弄|胡同|村))(\d+(?:[-之]\d+)?号(?![文令])(?:院)?)/gu;
/**
 * A room part is 101-style digits with 室/户, or three to four bare digits that are not a count
 * (3幢120余户 is a statistic, 3幢1202 is a door).
 */
const ROOM = String.raw`(?:\d+(?:室|户)|\d{3,4}(?![\d余多个人间套平米万元户]))`;
const BUILDING = new RegExp(String.raw`\d+(?:幢|栋|号楼)(?:\d+单元)?${ROOM}?|\d+单元${ROOM}`, 'gu');

function buildingParts(value: string): number {
  return (value.match(/幢|栋|号楼|单元|室|户|\d$/g) ?? []).length;
}

/** Every house-number or building/unit/room address in `text`; adjacent parts merge into one match. */
export function detectAddresses(text: string): RawMatch[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(ROAD_NUMBER)) {
    const road = m[1]!;
    const trimmed = road.replace(LEAD_IN, '');
    // Keep at most six characters of the road name: enough to recognise it, never a sentence.
    const name = trimmed.length > 6 ? trimmed.slice(-6) : trimmed;
    const start = m.index + road.length - name.length;
    spans.push({ start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(BUILDING)) {
    // A building number alone (5幢) names a building, not a home: require a unit or a room too.
    if (buildingParts(m[0]) < 2) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
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
