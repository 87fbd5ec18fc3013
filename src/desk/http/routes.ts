/**
 * The desk's routes. Each handler checks, on the server, the session, the CSRF token (for every
 * POST), the role and the workflow state before it changes anything, and writes the audit row in
 * the same transaction as the change. Pages are redirected to after a successful POST, so a reload
 * never repeats a step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import mammoth from 'mammoth';
import { contentCacheFor } from '../gate/content-cache.ts';
import { parseYaml } from '../../content/front-matter.ts';
import { readLetter, redactText } from '../../privacy/index.ts';
import { entryTemplate, draftFromRedactedNotice, nextInSeries } from '../../scaffold/templates.ts';
import { ENTRY_KINDS, ORGAN_LEVELS, RESERVED_IDS, type EntryKind } from '../../schemas/vocabulary.ts';
import { formatProblem } from '../../content/problems.ts';
import { addBatch, addOrgan } from '../data/index.ts';
import { DESK, DESK_ROLES, type DeskRole } from '../../strings/desk.ts';
import {
  authenticate,
  MIN_PASSWORD,
  openSession,
  sameToken,
  SESSION_SECONDS,
  sessionFor,
  hashPassword,
  type LoginLimiter,
  type Session,
} from '../auth/index.ts';
import type { DeskDb, EntryRow, Resolution } from '../db/index.ts';
import { applyForm, displayValue, formFields, type FormField } from '../forms/index.ts';
import { CONTENT } from '../../strings/content.ts';
import { setHeaderField, splitSource } from '../forms/source.ts';
import { entryFile, findingsOf, problemsOf, scanOptionsOf, validatedWith, valueOf } from '../gate/index.ts';
import type { SitePreview } from '../preview/index.ts';
import { placeEntryImage } from '../media/index.ts';
import { checkEntryImage } from '../../content/image-source.ts';
import { mediaPath } from '../../media/publish-media.ts';
import { commitFile, type PublishQueue } from '../publish/index.ts';
import { allowedSteps, refusal, type StepName } from '../workflow/index.ts';
import {
  auditPage,
  buildsPage,
  dataPage,
  entryPage,
  errorPage,
  historyPage,
  listPage,
  loginPage,
  usersPage,
  type Viewer,
} from '../views/pages.ts';
import { cookie, cookies, field, PREVIEW_HEADERS, readForm, readText, redirect, send, TooLarge } from './request.ts';
import { FINDING_KIND_LABELS } from '../../strings/privacy.ts';
import { createHmac, randomBytes } from 'node:crypto';

export interface DeskContext {
  db: DeskDb;
  queue: PublishQueue;
  limiter: LoginLimiter;
  projectRoot: string;
  contentDir: string;
  today: () => string;
  hostOrgan: string;
  secureCookies: boolean;
  /** Behind nginx: take the client address from X-Real-IP. */
  trustProxy: boolean;
  assetsDir: string;
  /** Real names that must never appear (MINGJING_DENYLIST), as the build's gate reads them. */
  denylist: readonly string[];
  /** The entry rendered by the site's own page templates (preview/index.ts). */
  preview: SitePreview;
}

const SESSION_COOKIE = 'mj_desk';
const LOGIN_COOKIE = 'mj_login';
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

interface Call {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: string[];
  session: Session | undefined;
  form: FormData | undefined;
}

type Handler = (ctx: DeskContext, call: Call) => Promise<void> | void;

class Refused extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const viewerOf = (session: Session): Viewer => ({ user: session.user, csrf: session.csrf });

function requireRole(session: Session, role: DeskRole): void {
  if (!session.user.roles.includes(role)) throw new Refused(403, DESK.errors.forbidden);
}

function entryOf(ctx: DeskContext, call: Call): EntryRow {
  const entry = ctx.db.entry(Number(call.params[0]));
  if (!entry) throw new Refused(404, DESK.errors.notFound);
  return entry;
}

function choices(ctx: DeskContext): { organs: string[]; series: string[]; labels: Record<string, string> } {
  const labels: Record<string, string> = {};
  const read = (name: string, labelKey: string) => {
    const path = join(ctx.contentDir, `${name}.yaml`);
    if (!existsSync(path)) return [];
    const value = parseYaml(readFileSync(path, 'utf8')).value;
    const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
    for (const item of items) if (typeof item['id'] === 'string' && typeof item[labelKey] === 'string') labels[item['id']] = item[labelKey];
    return items.map((item) => String(item['id'] ?? '')).filter(Boolean);
  };
  return { organs: read('organs', 'shortName'), series: read('series', 'title'), labels };
}

function fieldsOf(ctx: DeskContext, kind: EntryKind): FormField[] {
  return formFields(kind, choices(ctx));
}

/**
 * The client's address for the rate limit. Behind nginx every request comes from 127.0.0.1, so
 * with `trustProxy` the address nginx puts in X-Real-IP is used instead (and only then: a client
 * reaching the desk directly could otherwise claim any address).
 */
function clientAddress(ctx: DeskContext, req: IncomingMessage): string {
  const forwarded = req.headers['x-real-ip'];
  return ctx.trustProxy && typeof forwarded === 'string' && forwarded ? forwarded : (req.socket.remoteAddress ?? '');
}

/** The keyed hash a resolution keeps of a replaced name (see Resolution.nameKey). */
function nameKey(ctx: DeskContext, value: string): string {
  return createHmac('sha256', ctx.db.secret()).update(value).digest('hex').slice(0, 32);
}

/** The alias this entry already gave a name, if it replaced the same name before. */
function knownAlias(ctx: DeskContext, entry: EntryRow): (value: string) => string | undefined {
  return (value) =>
    entry.resolutions.find((resolution) => resolution.how === 'alias' && resolution.nameKey === nameKey(ctx, value))?.detail;
}

function fileOf(ctx: DeskContext, entry: EntryRow): string {
  return entryFile(ctx.contentDir, ctx.projectRoot, entry.kind, entry.slug);
}

function renderEntry(
  ctx: DeskContext,
  call: Call,
  entry: EntryRow,
  message?: { text: string; error: boolean },
  unsaved?: string,
  status = 200,
): void {
  const session = call.session!;
  const source = entry.source;
  const tab = call.url.searchParams.get('tab') === 'source' || field(call.form, 'mode') === 'source' ? 'source' : 'form';
  const page = entryPage(
    viewerOf(session),
    {
      entry,
      tab,
      fields: fieldsOf(ctx, entry.kind),
      problems: problemsOf(source, entry.kind, entry.slug, ctx.contentDir, ctx.projectRoot),
      findings: findingsOf(source, fileOf(ctx, entry), ctx.denylist, knownAlias(ctx, entry)),
      comments: ctx.db.comments(entry.key),
      steps: allowedSteps({ login: session.user.login, roles: session.user.roles }, entry).filter(
        (step) => !(step === 'publish' || step === 'withdraw' || step === 'revise') || !pendingBuild(ctx, entry),
      ),
      unsaved,
    },
    message,
  );
  send(call.res, status, page);
}

function pendingBuild(ctx: DeskContext, entry: EntryRow): boolean {
  return ctx.db.builds().some((build) => build.entryKey === entry.key && (build.state === 'queued' || build.state === 'running'));
}

/**
 * A 廉洁文化 entry's image for the preview frame, as a data: URL under the path the page gives it
 * (the frame's CSP loads nothing else). Read through the same check the build makes.
 */
function previewImages(ctx: DeskContext, entry: EntryRow): Record<string, string> {
  if (entry.kind !== 'culture') return {};
  const src = (splitSource(entry.source).data['image'] as { src?: unknown } | undefined)?.src;
  if (typeof src !== 'string') return {};
  const image = checkEntryImage(join(ctx.contentDir, entry.kind, `${entry.slug}.md`), src);
  if (image.problem) return {};
  const type = image.type === 'svg' ? 'svg+xml' : image.type;
  return { [mediaPath(entry.kind, entry.slug, src)]: `data:image/${type};base64,${readFileSync(image.path).toString('base64')}` };
}

/** Messages shown after a redirect, by key: the URL never carries free text. */
const NOTICES: Record<string, string> = DESK.notices;

function step(call: Call, name: StepName, entry: EntryRow): void {
  const why = refusal(name, { login: call.session!.user.login, roles: call.session!.user.roles }, entry);
  if (why) throw new Refused(403, why);
}

/** Findings and problems that stop an entry from moving on. */
function blockers(ctx: DeskContext, entry: EntryRow): string | undefined {
  const findings = findingsOf(entry.source, fileOf(ctx, entry), ctx.denylist, knownAlias(ctx, entry));
  if (findings.length > 0) return DESK.errors.unresolved(findings.length, findings.filter((finding) => finding.uncertain).length);
  const problems = problemsOf(entry.source, entry.kind, entry.slug, ctx.contentDir, ctx.projectRoot);
  if (problems.length > 0) return DESK.errors.invalid(problems.length);
  return undefined;
}

function checkSlug(ctx: DeskContext, kind: EntryKind, slug: string): void {
  if (!SLUG.test(slug)) throw new Refused(400, DESK.errors.badId(slug));
  if (RESERVED_IDS[kind].includes(slug)) throw new Refused(400, DESK.errors.reservedId(slug));
  if (
    ctx.db.entryBySlug(kind, slug) ||
    existsSync(join(ctx.contentDir, kind, `${slug}.md`)) ||
    existsSync(join(ctx.contentDir, kind, `${slug}.mdx`))
  )
    throw new Refused(409, DESK.errors.duplicateId(slug));
}

async function textOfUpload(file: File): Promise<string> {
  const name = file.name.toLowerCase();
  const buffer = Buffer.from(await file.arrayBuffer());
  let text: string;
  try {
    if (name.endsWith('.docx')) text = (await mammoth.extractRawText({ buffer })).value;
    else if (name.endsWith('.txt')) text = new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
    else throw new Error('type');
  } catch {
    throw new Refused(400, DESK.errors.badFile);
  } finally {
    buffer.fill(0);
  }
  if (text.trim() === '') throw new Refused(400, DESK.errors.emptyFile);
  return text;
}

const at = () => new Date().toISOString();

export const ROUTES: { method: string; path: RegExp; auth: boolean; handler: Handler }[] = [
  {
    method: 'GET',
    path: /^\/login$/,
    auth: false,
    handler: (ctx, call) => {
      const token = randomBytes(24).toString('base64url');
      send(call.res, 200, loginPage(token), undefined, { 'Set-Cookie': cookie(LOGIN_COOKIE, token, 3600, ctx.secureCookies) });
    },
  },
  {
    method: 'POST',
    path: /^\/login$/,
    auth: false,
    handler: (ctx, call) => {
      const expected = cookies(call.req).get(LOGIN_COOKIE) ?? '';
      const posted = field(call.form, '_csrf');
      const fresh = randomBytes(24).toString('base64url');
      const again = (status: number, text: string) =>
        send(call.res, status, loginPage(fresh, text), undefined, { 'Set-Cookie': cookie(LOGIN_COOKIE, fresh, 3600, ctx.secureCookies) });
      if (!expected || !sameToken(expected, posted)) return again(403, DESK.errors.csrf);
      const login = field(call.form, 'login').trim();
      const keys = [`login:${login}`, `addr:${clientAddress(ctx, call.req)}`];
      if (ctx.limiter.blocked(keys)) return again(429, DESK.login.limited(Math.ceil(ctx.limiter.windowMs / 60_000)));
      const user = authenticate(ctx.db, login, field(call.form, 'password'));
      if (!user) {
        ctx.limiter.fail(keys);
        return again(401, DESK.login.failed);
      }
      ctx.limiter.succeed([keys[0]!]);
      const { token } = openSession(ctx.db, user.login);
      ctx.db.audit(user.login, 'login');
      redirect(call.res, '/', {
        'Set-Cookie': [cookie(SESSION_COOKIE, token, SESSION_SECONDS, ctx.secureCookies), cookie(LOGIN_COOKIE, '', 0, ctx.secureCookies)],
      });
    },
  },
  {
    method: 'POST',
    path: /^\/logout$/,
    auth: true,
    handler: (ctx, call) => {
      ctx.db.deleteSession(call.session!.tokenHash);
      redirect(call.res, '/login', { 'Set-Cookie': cookie(SESSION_COOKIE, '', 0, ctx.secureCookies) });
    },
  },
  {
    method: 'GET',
    path: /^\/$/,
    auth: true,
    handler: (ctx, call) => {
      const notice = NOTICES[call.url.searchParams.get('m') ?? ''];
      send(call.res, 200, listPage(viewerOf(call.session!), ctx.db.entries(), notice ? { text: notice, error: false } : undefined));
    },
  },
  {
    method: 'POST',
    path: /^\/entries$/,
    auth: true,
    handler: (ctx, call) => {
      requireRole(call.session!, 'editor');
      const kind = field(call.form, 'kind') as EntryKind;
      if (!ENTRY_KINDS.includes(kind)) throw new Refused(400, DESK.errors.badRequest);
      const slug = field(call.form, 'slug').trim();
      checkSlug(ctx, kind, slug);
      const title = field(call.form, 'title').trim();
      let placement;
      if (kind === 'cases') {
        const raw = contentCacheFor(ctx.contentDir, ctx.projectRoot).raw();
        const series = Array.isArray(raw.data.series.items) ? (raw.data.series.items as Parameters<typeof nextInSeries>[0]) : [];
        const cases = raw.entries
          .filter((entry) => entry.kind === 'cases')
          .map((entry) => entry.frontMatter as { series?: unknown; number?: unknown })
          .filter((data) => typeof data?.series === 'string' && typeof data.number === 'number') as { series: string; number: number }[];
        placement = nextInSeries(series, cases, ctx.hostOrgan);
      }
      const source = entryTemplate(kind, ctx.today(), ctx.hostOrgan, placement, { title: title || undefined });
      const entry = ctx.db.transaction(() => {
        const created = ctx.db.addEntry(kind, slug, source, call.session!.user.login);
        ctx.db.audit(call.session!.user.login, 'create', created, undefined, 'draft');
        return created;
      });
      redirect(call.res, `/entries/${entry.key}?m=created`);
    },
  },
  {
    method: 'POST',
    path: /^\/import$/,
    auth: true,
    handler: async (ctx, call) => {
      requireRole(call.session!, 'editor');
      const file = call.form?.get('file');
      if (!(file instanceof File)) throw new Refused(400, DESK.errors.badFile);
      const slug = field(call.form, 'slug').trim();
      checkSlug(ctx, 'clarifications', slug);
      const result = redactText(await textOfUpload(file), { denylist: ctx.denylist });
      const login = call.session!.user.login;
      const resolutions: Resolution[] = result.replacements.map((row) => ({
        kind: row.kind,
        masked: row.masked,
        how: 'imported',
        detail: `${row.replacement}（${row.count}）`,
        by: login,
        at: at(),
      }));
      // The letter read as `npm run redact` reads it: 文号, 主送 and 落款 dropped, the front matter
      // filled; the replacements are listed in the privacy panel, so the body carries no marks.
      const source = draftFromRedactedNotice(readLetter(result.text), ctx.today(), ctx.hostOrgan);
      const entry = ctx.db.transaction(() => {
        const created = ctx.db.addEntry('clarifications', slug, source, login, resolutions);
        ctx.db.audit(login, 'import', created, undefined, 'draft');
        return created;
      });
      redirect(call.res, `/entries/${entry.key}?m=imported`);
    },
  },
  {
    method: 'GET',
    path: /^\/entries\/(\d+)$/,
    auth: true,
    handler: (ctx, call) => {
      const notice = NOTICES[call.url.searchParams.get('m') ?? ''];
      renderEntry(ctx, call, entryOf(ctx, call), notice ? { text: notice, error: false } : undefined);
    },
  },
  {
    method: 'POST',
    path: /^\/entries\/(\d+)\/save$/,
    auth: true,
    handler: (ctx, call) => {
      const entry = entryOf(ctx, call);
      step(call, 'save', entry);
      const version = Number(field(call.form, 'version'));
      let source: string;
      if (field(call.form, 'mode') === 'source') source = field(call.form, 'source').replace(/\r\n/g, '\n');
      else {
        const form = call.form!;
        const result = applyForm(entry.source, fieldsOf(ctx, entry.kind), {
          get: (name) => (form.has(name) ? field(form, name) : undefined),
          getAll: (name) => form.getAll(name).filter((value): value is string => typeof value === 'string'),
        });
        if ('error' in result) return renderEntry(ctx, call, entry, { text: result.error, error: true }, undefined, 400);
        source = result.source;
      }
      // The workflow owns status: whatever the text says, a desk draft stays a draft until it is signed.
      source = setHeaderField(source, 'status', 'draft');
      const saved = ctx.db.transaction(() => {
        if (!ctx.db.saveEntry(entry.key, version, source, call.session!.user.login)) return false;
        ctx.db.audit(call.session!.user.login, 'save', { ...entry, source }, entry.state, entry.state);
        return true;
      });
      if (!saved) {
        const current = ctx.db.entry(entry.key)!;
        return renderEntry(
          ctx,
          { ...call, form: undefined, url: new URL(`http://desk.invalid/?tab=source`) },
          current,
          { text: DESK.errors.staleVersion(version, current.version), error: true },
          source,
          409,
        );
      }
      redirect(call.res, `/entries/${entry.key}${field(call.form, 'mode') === 'source' ? '?tab=source&m=saved' : '?m=saved'}`);
    },
  },
  {
    method: 'POST',
    path: /^\/entries\/(\d+)\/privacy$/,
    auth: true,
    handler: (ctx, call) => {
      const entry = entryOf(ctx, call);
      step(call, 'resolve', entry);
      const version = Number(field(call.form, 'version'));
      if (version !== entry.version) throw new Refused(409, DESK.errors.staleVersion(version, entry.version));
      const findings = findingsOf(entry.source, fileOf(ctx, entry), ctx.denylist, knownAlias(ctx, entry));
      const finding = findings[Number(field(call.form, 'index'))];
      if (!finding || (finding.kind !== 'name' && finding.kind !== 'denylist')) throw new Refused(409, DESK.errors.findingGone);
      const value = valueOf(entry.source, finding);
      const how = field(call.form, 'how');
      const login = call.session!.user.login;
      const { data } = splitSource(entry.source);
      const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]).map(String) : []);
      let source: string;
      let resolution: Resolution;
      if (how === 'alias') {
        source = entry.source.split(value).join(finding.alias!);
        resolution = {
          kind: finding.kind,
          masked: finding.excerpt,
          how: 'alias',
          detail: finding.alias!,
          nameKey: nameKey(ctx, value),
          ...(finding.uncertain ? { uncertain: true } : {}),
          by: login,
          at: at(),
        };
      } else if (how === 'notName' && finding.kind === 'name') {
        source = setHeaderField(entry.source, 'notNames', [...new Set([...list('notNames'), value])]);
        resolution = {
          kind: finding.kind,
          masked: finding.excerpt,
          how: 'notName',
          detail: '',
          ...(finding.uncertain ? { uncertain: true } : {}),
          by: login,
          at: at(),
        };
      } else if (how === 'publicName' && finding.kind === 'name') {
        const reason = field(call.form, 'reason').trim();
        if (!reason) throw new Refused(400, DESK.errors.needReason);
        source = setHeaderField(entry.source, 'publicNames', [...new Set([...list('publicNames'), value])]);
        resolution = {
          kind: finding.kind,
          masked: finding.excerpt,
          how: 'publicName',
          detail: reason,
          ...(finding.uncertain ? { uncertain: true } : {}),
          by: login,
          at: at(),
        };
      } else throw new Refused(400, DESK.errors.badRequest);
      const saved = ctx.db.transaction(() => {
        if (!ctx.db.saveEntry(entry.key, version, source, login, [...entry.resolutions, resolution])) return false;
        ctx.db.audit(login, 'resolve', { ...entry, source }, entry.state, entry.state);
        return true;
      });
      if (!saved) throw new Refused(409, DESK.errors.staleVersion(version, ctx.db.entry(entry.key)!.version));
      redirect(call.res, `/entries/${entry.key}?m=resolved`);
    },
  },
  {
    method: 'POST',
    path: /^\/entries\/(\d+)\/(submit|return|pass|publish|withdraw)$/,
    auth: true,
    handler: (ctx, call) => {
      const entry = entryOf(ctx, call);
      const name = call.params[1] as StepName;
      step(call, name, entry);
      const login = call.session!.user.login;
      if (Number(field(call.form, 'version')) !== entry.version)
        throw new Refused(409, DESK.errors.staleVersion(Number(field(call.form, 'version')), entry.version));
      if (name === 'submit' || name === 'pass' || name === 'publish') {
        const blocked = blockers(ctx, entry);
        if (blocked) throw new Refused(400, blocked);
      }
      if (name === 'return') {
        const comment = field(call.form, 'comment').trim();
        if (!comment) throw new Refused(400, DESK.errors.needComment);
        ctx.db.transaction(() => {
          ctx.db.addComment(entry.key, login, comment);
          ctx.db.setState(entry.key, 'returned');
          ctx.db.audit(login, 'return', entry, entry.state, 'returned');
        });
        return redirect(call.res, `/entries/${entry.key}?m=returned`);
      }
      if (name === 'submit' || name === 'pass') {
        const to = name === 'submit' ? 'review' : 'approved';
        ctx.db.transaction(() => {
          ctx.db.setState(entry.key, to);
          ctx.db.audit(login, name, entry, entry.state, to);
        });
        return redirect(call.res, `/entries/${entry.key}?m=${name === 'submit' ? 'submitted' : 'passed'}`);
      }
      if (pendingBuild(ctx, entry)) throw new Refused(409, DESK.builds.queued(1));
      if (name === 'publish' && entry.kind === 'clarifications') {
        const consent = {
          confirmedBy: field(call.form, 'consentBy').trim(),
          date: field(call.form, 'consentDate').trim(),
          form: field(call.form, 'consentForm').trim(),
          recordedBy: login,
        };
        if (
          !consent.confirmedBy ||
          !/^\d{4}-\d{2}-\d{2}$/.test(consent.date) ||
          !(DESK.entry.consentForms as readonly string[]).includes(consent.form)
        )
          throw new Refused(400, DESK.errors.noConsent);
        if (splitSource(entry.source).data['consent'] !== true) throw new Refused(400, DESK.errors.consentFalse);
        ctx.db.setConsent(entry.key, consent);
      }
      if (name === 'withdraw') {
        const reason = field(call.form, 'reason').trim();
        if (!reason) throw new Refused(400, DESK.errors.needReason);
        ctx.db.addComment(entry.key, login, reason);
      }
      // 定时发布: a later day waits in the queue; today or an earlier day publishes now.
      const publishOn = name === 'publish' ? field(call.form, 'publishOn').trim() : '';
      if (publishOn && !/^\d{4}-\d{2}-\d{2}$/.test(publishOn)) throw new Refused(400, DESK.errors.badRequest);
      const later = publishOn > ctx.today() ? publishOn : undefined;
      ctx.queue.enqueue(entry.key, name === 'publish' ? 'publish' : 'withdraw', login, later);
      if (later) ctx.db.audit(login, 'schedule', entry, entry.state, entry.state);
      redirect(call.res, `/builds`);
    },
  },
  {
    // 放置图片: a 廉洁文化 entry's poster, cleaned (desk/media) and placed in content/culture/images/.
    method: 'POST',
    path: /^\/entries\/(\d+)\/image$/,
    auth: true,
    handler: async (ctx, call) => {
      const entry = entryOf(ctx, call);
      step(call, 'save', entry);
      if (entry.kind !== 'culture') throw new Refused(400, DESK.errors.badRequest);
      const version = Number(field(call.form, 'version'));
      if (version !== entry.version) throw new Refused(409, DESK.errors.staleVersion(version, entry.version));
      const file = call.form?.get('file');
      const alt = field(call.form, 'alt').trim();
      if (!(file instanceof File) || !alt) throw new Refused(400, DESK.image.badType);
      const bytes = Buffer.from(await file.arrayBuffer());
      let placed;
      try {
        placed = await placeEntryImage(ctx.contentDir, entry.slug, bytes);
      } finally {
        bytes.fill(0);
      }
      if ('refused' in placed) throw new Refused(400, placed.refused);
      const login = call.session!.user.login;
      const source = setHeaderField(entry.source, 'image', { src: placed.src, alt });
      const saved = ctx.db.transaction(() => {
        if (!ctx.db.saveEntry(entry.key, version, source, login)) return false;
        ctx.db.audit(login, 'image', { ...entry, source }, entry.state, entry.state);
        return true;
      });
      if (!saved) throw new Refused(409, DESK.errors.staleVersion(version, ctx.db.entry(entry.key)!.version));
      redirect(call.res, `/entries/${entry.key}?m=imagePlaced`);
    },
  },
  {
    // 修订: a published entry back into the workflow. content/ is not touched: the site keeps the
    // published version until the revision is signed (the publish job then replaces the file).
    method: 'POST',
    path: /^\/entries\/(\d+)\/revise$/,
    auth: true,
    handler: (ctx, call) => {
      const entry = entryOf(ctx, call);
      step(call, 'revise', entry);
      const version = Number(field(call.form, 'version'));
      if (version !== entry.version) throw new Refused(409, DESK.errors.staleVersion(version, entry.version));
      if (pendingBuild(ctx, entry)) throw new Refused(409, DESK.builds.queued(1));
      const login = call.session!.user.login;
      // The revision starts from what is published, as it is in content/ (it may have been
      // corrected there by hand), with the desk's own status.
      const target = join(ctx.contentDir, entry.kind, `${entry.slug}.md`);
      const published = existsSync(target) ? setHeaderField(readFileSync(target, 'utf8'), 'status', 'draft') : entry.source;
      ctx.db.transaction(() => {
        if (published !== entry.source) ctx.db.saveEntry(entry.key, version, published, login);
        ctx.db.setState(entry.key, 'draft');
        ctx.db.setRevising(entry.key, true);
        ctx.db.audit(login, 'revise', { ...entry, source: published }, entry.state, 'draft');
      });
      redirect(call.res, `/entries/${entry.key}?m=revised`);
    },
  },
  {
    // Form ↔ 源文件 as one types (desk.js): the editor's own unsaved text in, the other pane's
    // text out, read by the same code the save uses. Nothing is stored, logged or checked here.
    method: 'POST',
    path: /^\/entries\/(\d+)\/sync$/,
    auth: true,
    handler: (ctx, call) => {
      const entry = entryOf(ctx, call);
      const form = call.form;
      if (!form) throw new Refused(400, DESK.errors.badRequest);
      const fields = fieldsOf(ctx, entry.kind);
      const json = (value: unknown) => send(call.res, 200, JSON.stringify(value), 'application/json; charset=utf-8');
      if (field(form, 'mode') === 'form') {
        const base = form.has('source') ? field(form, 'source').replace(/\r\n/g, '\n') : entry.source;
        const result = applyForm(base, fields, {
          get: (name) => (form.has(name) ? field(form, name) : undefined),
          getAll: (name) => form.getAll(name).filter((value): value is string => typeof value === 'string'),
        });
        if ('error' in result) return json({ error: result.error, field: result.field });
        return json({ source: setHeaderField(result.source, 'status', 'draft') });
      }
      const { data, body, error } = splitSource(field(form, 'source').replace(/\r\n/g, '\n'));
      // A header that does not parse leaves the form as it is: what was typed there is kept.
      if (error) return json({ error: DESK.entry.sourceProblem(error === 'missing' ? CONTENT.yaml.missingHeader : error) });
      const values: Record<string, string | boolean | string[]> = {};
      for (const item of fields) {
        const value = data[item.key];
        values[item.key] =
          item.control === 'checkbox'
            ? value === true
            : item.control === 'checkboxes'
              ? Array.isArray(value)
                ? value.map(String)
                : []
              : displayValue(item, value);
      }
      json({ fields: values, body });
    },
  },
  {
    // The live check behind desk.js: positions and kinds only; the browser already has the text.
    method: 'POST',
    path: /^\/entries\/(\d+)\/scan$/,
    auth: true,
    handler: async (ctx, call) => {
      const entry = entryOf(ctx, call);
      const text = (await readText(call.req)).replace(/\r\n/g, '\n');
      const header = text.startsWith('---') ? '' : entry.source.slice(0, entry.source.length - splitSource(entry.source).body.length);
      const findings = findingsOf(header + text, fileOf(ctx, entry), ctx.denylist, knownAlias(ctx, entry))
        .filter((finding) => finding.start >= header.length)
        .map((finding) => ({
          start: finding.start - header.length,
          end: finding.end - header.length,
          label: finding.uncertain ? DESK.privacy.uncertain : FINDING_KIND_LABELS[finding.kind],
          uncertain: finding.uncertain === true,
        }));
      send(call.res, 200, JSON.stringify({ findings }), 'application/json; charset=utf-8');
    },
  },
  {
    method: 'GET',
    path: /^\/entries\/(\d+)\/preview$/,
    auth: true,
    handler: async (ctx, call) => {
      const entry = entryOf(ctx, call);
      // The gate first: what it finds is masked in the page (preview/index.ts). Uncertain candidates
      // are not masked (the build would not mask them either); the editor sees them highlighted.
      const findings = findingsOf(entry.source, fileOf(ctx, entry), ctx.denylist, knownAlias(ctx, entry));
      const result = await ctx.preview.render({
        kind: entry.kind,
        slug: entry.slug,
        file: fileOf(ctx, entry),
        validation: validatedWith(entry.source, entry.kind, entry.slug, ctx.contentDir, ctx.projectRoot),
        scan: scanOptionsOf(entry.source, ctx.denylist),
        findings: findings.filter((finding) => !finding.uncertain).length,
        images: previewImages(ctx, entry),
      });
      send(call.res, 200, result.html, 'text/html; charset=utf-8', PREVIEW_HEADERS);
    },
  },
  {
    method: 'GET',
    path: /^\/entries\/(\d+)\/history$/,
    auth: true,
    handler: (ctx, call) => {
      const entry = entryOf(ctx, call);
      send(call.res, 200, historyPage(viewerOf(call.session!), entry, ctx.db.auditRows(entry.key)));
    },
  },
  {
    method: 'GET',
    path: /^\/entries\/(\d+)\/history\.csv$/,
    auth: true,
    handler: (ctx, call) => {
      const entry = entryOf(ctx, call);
      sendCsv(call.res, `history-${entry.kind}-${entry.slug}.csv`, ctx.db.auditRows(entry.key));
    },
  },
  {
    method: 'GET',
    path: /^\/audit$/,
    auth: true,
    handler: (ctx, call) => send(call.res, 200, auditPage(viewerOf(call.session!), ctx.db.auditRows())),
  },
  {
    method: 'GET',
    path: /^\/audit\.csv$/,
    auth: true,
    handler: (ctx, call) => sendCsv(call.res, 'audit.csv', ctx.db.auditRows()),
  },
  {
    method: 'GET',
    path: /^\/builds$/,
    auth: true,
    handler: (ctx, call) => {
      const entries = new Map(ctx.db.entries().map((entry) => [entry.key, entry]));
      send(call.res, 200, buildsPage(viewerOf(call.session!), ctx.db.builds(), entries));
    },
  },
  {
    method: 'GET',
    path: /^\/data$/,
    auth: true,
    handler: (ctx, call) => renderData(ctx, call),
  },
  {
    method: 'POST',
    path: /^\/data\/(organs|batches)$/,
    auth: true,
    handler: (ctx, call) => {
      requireDataRole(call.session!);
      const login = call.session!.user.login;
      if (call.params[0] === 'organs') {
        const organ = {
          id: field(call.form, 'id').trim(),
          name: field(call.form, 'name').trim(),
          shortName: field(call.form, 'shortName').trim(),
          level: field(call.form, 'level').trim(),
          parent: field(call.form, 'parent').trim() || undefined,
          region: field(call.form, 'region').trim(),
        };
        const change = addOrgan(ctx.contentDir, ctx.projectRoot, organ);
        if (change.problems.length > 0)
          return renderData(ctx, call, { text: change.problems.map(formatProblem).join('\n'), error: true }, 400);
        ctx.db.audit(login, `organ-add:${organ.id}`);
        commitData(ctx, change.file, login, `${DESK.data.addOrgan}：${organ.id}`);
        return renderData(ctx, call, { text: DESK.data.organAdded, error: false });
      }
      const series = field(call.form, 'series').trim();
      const change = addBatch(ctx.contentDir, ctx.projectRoot, series, field(call.form, 'date').trim());
      if (change.problems.length > 0)
        return renderData(ctx, call, { text: change.problems.map(formatProblem).join('\n'), error: true }, 400);
      ctx.db.audit(login, `batch-add:${series}:${change.number}`);
      commitData(ctx, change.file, login, `${DESK.data.addBatch}：${series} ${change.number}`);
      renderData(ctx, call, { text: DESK.data.batchAdded(change.number), error: false });
    },
  },
  {
    method: 'GET',
    path: /^\/users$/,
    auth: true,
    handler: (ctx, call) => {
      requireRole(call.session!, 'admin');
      send(call.res, 200, usersPage(viewerOf(call.session!), ctx.db.users()));
    },
  },
  {
    method: 'POST',
    path: /^\/users$/,
    auth: true,
    handler: (ctx, call) => {
      requireRole(call.session!, 'admin');
      const login = field(call.form, 'login').trim();
      const roles = (call.form?.getAll('roles') ?? []).filter((role): role is DeskRole => typeof role === 'string' && role in DESK_ROLES);
      const password = field(call.form, 'password');
      const problem = !/^[A-Za-z0-9._-]+$/.test(login)
        ? DESK.errors.badLogin
        : roles.length === 0
          ? DESK.errors.badRoles
          : [...password].length < MIN_PASSWORD
            ? DESK.errors.shortPassword
            : ctx.db.user(login)
              ? DESK.errors.userExists(login)
              : undefined;
      if (problem) return send(call.res, 400, usersPage(viewerOf(call.session!), ctx.db.users(), { text: problem, error: true }));
      ctx.db.transaction(() => {
        ctx.db.addUser(login, field(call.form, 'name').trim() || login, roles, hashPassword(password));
        ctx.db.audit(call.session!.user.login, `user-add:${login}:${roles.join(',')}`);
      });
      redirect(call.res, '/users');
    },
  },
];

function requireDataRole(session: Session): void {
  if (!session.user.roles.includes('editor') && !session.user.roles.includes('admin')) throw new Refused(403, DESK.errors.forbidden);
}

function renderData(ctx: DeskContext, call: Call, message?: { text: string; error: boolean }, status = 200): void {
  requireDataRole(call.session!);
  const raw = contentCacheFor(ctx.contentDir, ctx.projectRoot).raw();
  const list = (items: unknown) => (Array.isArray(items) ? (items as Record<string, unknown>[]) : []);
  send(
    call.res,
    status,
    dataPage(
      viewerOf(call.session!),
      {
        organs: list(raw.data.organs.items).map((organ) => ({
          id: String(organ['id']),
          shortName: String(organ['shortName'] ?? organ['id']),
        })),
        series: list(raw.data.series.items).map((item) => ({
          id: String(item['id']),
          title: String(item['title'] ?? item['id']),
          batches: list(item['batches']).length,
        })),
        levels: ORGAN_LEVELS,
      },
      message,
    ),
  );
}

/** Commits a data file the desk changed, when content/ is a git repository, with the user as author. */
function commitData(ctx: DeskContext, file: string, login: string, message: string): void {
  const user = ctx.db.user(login);
  commitFile(ctx.contentDir, join(ctx.projectRoot, file), user?.name ?? login, login, message);
}

/** CSV with a BOM (Excel opens it as UTF-8) and cells that cannot start a formula. */
function sendCsv(res: ServerResponse, name: string, rows: ReturnType<DeskDb['auditRows']>): void {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const header = ['at', 'actor', 'entry', 'action', 'from_state', 'to_state', 'content_sha256'];
  const lines = [header, ...rows.map((row) => [row.at, row.actor, row.entry, row.action, row.fromState, row.toState, row.contentHash])].map(
    (row) => row.map(cell).join(','),
  );
  send(res, 200, `\uFEFF${lines.join('\r\n')}\r\n`, 'text/csv; charset=utf-8', { 'Content-Disposition': `attachment; filename="${name}"` });
}

const ASSETS: Record<string, string> = {
  '/assets/desk.css': 'text/css; charset=utf-8',
  '/assets/desk.js': 'text/javascript; charset=utf-8',
};

/** Routes one request: assets, then login, then everything behind a session and (for POST) a CSRF token. */
export async function handle(ctx: DeskContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://desk.invalid');
  const asset = ASSETS[url.pathname];
  if (req.method === 'GET' && asset)
    return send(res, 200, readFileSync(join(ctx.assetsDir, url.pathname.slice('/assets/'.length))), asset, { 'Cache-Control': 'no-cache' });
  const route = ROUTES.find((candidate) => candidate.method === req.method && candidate.path.test(url.pathname));
  const session = sessionFor(ctx.db, cookies(req).get(SESSION_COOKIE));
  const viewer = session ? viewerOf(session) : undefined;
  if (!route) return send(res, 404, errorPage(viewer, DESK.errors.notFound));
  if (route.auth && !session) {
    if (req.method === 'GET') return redirect(res, '/login');
    return send(res, 401, errorPage(undefined, DESK.errors.forbidden));
  }
  let form: FormData | undefined;
  try {
    if (req.method === 'POST') {
      form = await readForm(req);
      const token = field(form, '_csrf') || String(req.headers['x-csrf-token'] ?? '');
      if (route.auth && (!session || !sameToken(session.csrf, token))) return send(res, 403, errorPage(viewer, DESK.errors.csrf));
    }
    const params = route.path.exec(url.pathname)!.slice(1);
    await route.handler(ctx, { req, res, url, params, session, form });
  } catch (error) {
    if (error instanceof TooLarge) return send(res, 413, errorPage(viewer, DESK.errors.tooLarge));
    if (error instanceof Refused) {
      // Back on the entry page with the reason, when the refusal concerns an entry.
      const key = /^\/entries\/(\d+)/.exec(url.pathname)?.[1];
      const entry = key && session ? ctx.db.entry(Number(key)) : undefined;
      if (entry && session)
        return renderEntry(
          ctx,
          { req, res, url, params: [key!], session, form: undefined },
          entry,
          { text: error.message, error: true },
          undefined,
          error.status,
        );
      if (session && url.pathname !== '/users')
        return send(res, error.status, listPage(viewerOf(session), ctx.db.entries(), { text: error.message, error: true }));
      return send(res, error.status, errorPage(viewer, error.message));
    }
    throw error;
  }
}
