/**
 * Licence plates (GA 36): province character, issuing-authority letter, an optional separator
 * (浙B·12345, 浙B 12345, 浙B-12345) and five characters, or six for new-energy plates, where D/F
 * marks the energy type (浙BD12345, 浙B·D12345, 浙B12345D). At least three digits are required,
 * so that words after a province character and a capital letter (新A轮) are not read as plates.
 */
import type { RawMatch } from '../types.ts';

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE = new RegExp(
  `[${PROVINCES}][A-Za-z][·•・.\\- ]?(?:[DFdf][A-Za-z0-9]\\d{4}|\\d{5}[DFdf]|[A-Za-z0-9]{4}[A-Za-z0-9挂学警港澳])(?![A-Za-z0-9])`,
  'g',
);

/** Every licence plate in `text`, ordinary and new-energy. */
export function detectPlates(text: string): RawMatch[] {
  const matches: RawMatch[] = [];
  for (const m of text.matchAll(PLATE)) {
    const serial = m[0].slice(2).replace(/^[·•・.\- ]/, '');
    if ((serial.match(/\d/g) ?? []).length < 3) continue;
    matches.push({ start: m.index, end: m.index + m[0].length, kind: 'plate', value: m[0] });
  }
  return matches;
}
