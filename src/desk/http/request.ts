/**
 * The little HTTP plumbing the desk needs on top of `node:http`: cookies, a bounded body, forms
 * parsed by the platform's own `Request.formData()` (urlencoded and multipart alike, in memory:
 * an uploaded Word file is never written to disk), and the headers every response carries.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Uploads and forms above this are refused before they are read in full. */
export const MAX_BODY = 10 * 1024 * 1024;

export class TooLarge extends Error {}

/**
 * Only files the desk serves itself may run or style a page; no frames, no plugins, forms only
 * to the desk. The CSP is the same on every response.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The body preview is the entry's own Markdown rendered to HTML, raw HTML included, so it is served
 * as a sandboxed document (a unique origin: no script, no form, no navigation of the desk) that
 * only the desk's own pages may frame.
 */
export const PREVIEW_HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
};

export function cookies(req: IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) jar.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim()));
  }
  return jar;
}

/** A Set-Cookie value: always HttpOnly and SameSite=Strict; Secure behind TLS. */
export function cookie(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A posted plain-text body (the live privacy check), bounded like a form. */
export async function readText(req: IncomingMessage): Promise<string> {
  return new TextDecoder().decode(await readBody(req));
}

/** The posted form, whatever its encoding; undefined when the body is not a form. */
export async function readForm(req: IncomingMessage): Promise<FormData | undefined> {
  const type = req.headers['content-type'] ?? '';
  if (!/^(?:application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return undefined;
  const body = await readBody(req);
  try {
    return await new Request('http://desk.invalid/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    return undefined;
  }
}

/** A string field of a form ('' when absent or a file). */
export function field(form: FormData | undefined, name: string): string {
  const value = form?.get(name);
  return typeof value === 'string' ? value : '';
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/html; charset=utf-8',
  headers: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...headers });
  res.end(body);
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(303, { ...SECURITY_HEADERS, Location: location, ...headers });
  res.end();
}
