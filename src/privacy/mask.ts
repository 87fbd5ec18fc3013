/**
 * Masking is what lets the gate speak about personal data without repeating it: every report
 * line, every JSON finding and every error message built from content goes through here.
 * The formats follow what Chinese public services print (138****5678, 3302**********1232), so
 * editors recognise the kind at a glance; nothing that identifies the person survives.
 */
import { leadingSurname } from '../names/index.ts';
import { maskReidentification } from './detectors/reidentify.ts';
import { collectMatches } from './matches.ts';
import type { FindingKind, ScanOptions } from './types.ts';

const stars = (n: number) => '*'.repeat(Math.max(0, n));
const digitsOf = (value: string) => value.replace(/[^0-9Xx]/g, '').toUpperCase();

/** Public mail providers: naming one reveals nothing about the person, a private domain might. */
const PUBLIC_MAIL_DOMAINS = new Set([
  'qq.com',
  'vip.qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  '139.com',
  '189.cn',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'aliyun.com',
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'example.com',
  'example.org',
  'example.cn',
]);

function maskIdCardNumber(value: string): string {
  const id = digitsOf(value);
  return id.length >= 15 ? `${id.slice(0, 4)}${stars(id.length - 8)}${id.slice(-4)}` : stars(id.length);
}

function maskMobileNumber(value: string): string {
  const digits = digitsOf(value);
  const local = digits.slice(-11);
  const prefix = digits.length > 11 ? '+86 ' : '';
  return `${prefix}${local.slice(0, 3)}****${local.slice(-4)}`;
}

function maskLandline(value: string): string {
  const area = /0[1-9]\d{1,2}/.exec(value)?.[0] ?? '';
  const local = digitsOf(value).length - area.length;
  return `${area}-${stars(local)}`;
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  const shownDomain = PUBLIC_MAIL_DOMAINS.has(domain) ? domain : `${domain.slice(0, 1)}***${domain.slice(domain.lastIndexOf('.'))}`;
  return `${local.slice(0, 1)}***@${shownDomain}`;
}

function maskBankCard(value: string): string {
  const digits = digitsOf(value);
  const masked = `${stars(digits.length - 4)}${digits.slice(-4)}`;
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}

function maskPlate(value: string): string {
  const head = value.slice(0, 2).toUpperCase();
  const serial = value
    .slice(2)
    .replace(/^[·•・.\- ]/, '')
    .toUpperCase();
  return `${head}·${stars(serial.length - 2)}${serial.slice(-2)}`;
}

function maskPersonName(value: string): string {
  const surname = leadingSurname(value) || value.slice(0, 1);
  return `${surname}${stars([...value].length - [...surname].length)}`;
}

/**
 * The masked form of one detected value. Never returns the value itself, nor a string that
 * contains it: when a format would leave it readable (a one-character deny-list entry, say),
 * the whole value is starred.
 */
export function maskValue(kind: FindingKind, value: string): string {
  let masked: string;
  switch (kind) {
    case 'id-card':
      masked = maskIdCardNumber(value);
      break;
    case 'mobile':
      masked = maskMobileNumber(value);
      break;
    case 'landline':
      masked = maskLandline(value);
      break;
    case 'email':
      masked = maskEmail(value);
      break;
    case 'bank-card':
      masked = maskBankCard(value);
      break;
    case 'plate':
      masked = maskPlate(value);
      break;
    case 'address':
      // The road or building word stays so the editor can find the place; every number goes.
      masked = value.replace(/[0-9０-９]/g, '*');
      break;
    case 'qq':
    case 'wechat':
      masked = `${value.slice(0, 1)}${stars(value.length - 1)}`;
      break;
    case 'name':
    case 'denylist':
      masked = maskPersonName(value);
      break;
    case 'reidentify':
      masked = maskReidentification(value);
      break;
  }
  const length = [...value].length;
  if (masked === value || (value.length > 0 && masked.includes(value)) || !masked.includes('*')) {
    return stars(Math.max(1, length));
  }
  return masked;
}

/**
 * `text` with every personal-looking value replaced by its mask. Error messages that quote
 * content (a schema error showing a field's value, a build failure) go through this so that
 * logs never repeat personal data.
 */
export function maskSensitiveText(text: string, options: ScanOptions = {}): string {
  let result = text;
  for (const match of collectMatches(text, options).reverse()) {
    result = `${result.slice(0, match.start)}${maskValue(match.kind, match.value)}${result.slice(match.end)}`;
  }
  return result;
}
