/**
 * Anonymised aliases (ARCHITECTURE.md, "Content rules"): what a notice prints instead of a name.
 * A person becomes surname + 某 or 某某, and a second or third person with the same surname
 * surname + 某甲 / 某乙 …; an organisation's alias contains 某.
 */
import { leadingSurname } from './surnames.ts';

/** 某甲/某乙 … ordinal suffixes used when several people share a surname in one notice. */
export const ALIAS_ORDINALS = '甲乙丙丁戊己庚辛壬癸';

const ALIAS_TAIL = new RegExp(`^(?:某某?|某?[${ALIAS_ORDINALS}])$`);

/**
 * True for an anonymised personal alias: surname + 某 / 某某, or surname + (某)甲/乙…,
 * e.g. 李某, 曹某某, 张某甲, 欧阳某. A full name such as 李振华 is not an alias.
 */
export function isAnonymizedPersonAlias(value: string): boolean {
  const surname = leadingSurname(value);
  if (!surname) return false;
  return ALIAS_TAIL.test(value.slice(surname.length));
}

/** The alias for the `index`-th distinct person (0-based) with `surname`: 张某, 张某某, 张某甲, 张某乙 … */
export function aliasFor(surname: string, index: number): string {
  if (index === 0) return `${surname}某`;
  if (index === 1) return `${surname}某某`;
  const ordinal = ALIAS_ORDINALS[index - 2];
  if (ordinal === undefined) throw new RangeError(`同姓人员过多，无法为第 ${index + 1} 位“${surname}”姓人员生成化名`);
  return `${surname}某${ordinal}`;
}

/** An organisation's alias must contain 某 (某街道某村党支部). */
export function isAnonymizedOrganizationAlias(value: string): boolean {
  return value.includes('某');
}
