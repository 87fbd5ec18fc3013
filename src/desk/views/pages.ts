/**
 * The desk's pages, rendered on the server: every page works without JavaScript (forms post and
 * the server redirects), and `desk.js` only adds live checks on top. No inline script or style:
 * the CSP allows only files the desk serves itself.
 */
import { formatProblem, type ContentProblem } from '../../content/problems.ts';
import { ENTRY_KINDS } from '../../schemas/vocabulary.ts';
import { DESK, DESK_ACTIONS, DESK_FIELD_LABELS, DESK_KINDS, DESK_ROLES, DESK_STATES, type DeskRole } from '../../strings/desk.ts';
import type { AuditRow, BuildRow, EntryRow, UserRow } from '../db/index.ts';
import { displayValue, type FormField } from '../forms/index.ts';
import { splitSource } from '../forms/source.ts';
import { topField, type DeskFinding } from '../gate/index.ts';
import type { StepName } from '../workflow/index.ts';
import { html, raw, type Html } from './html.ts';
import { FINDING_KIND_LABELS } from '../../strings/privacy.ts';

export interface Viewer {
  user: UserRow;
  csrf: string;
}

const csrfField = (viewer: Viewer | { csrf: string }) => html`<input type="hidden" name="_csrf" value="${viewer.csrf}" />`;
const has = (viewer: Viewer, role: DeskRole) => viewer.user.roles.includes(role);

export function layout(title: string, viewer: Viewer | undefined, main: Html, message?: { text: string; error: boolean }): string {
  const nav = viewer
    ? html`<nav aria-label="${DESK.appName}">
        <a href="/">${DESK.nav.entries}</a> <a href="/data">${DESK.nav.data}</a> <a href="/builds">${DESK.nav.builds}</a>
        <a href="/audit">${DESK.nav.audit}</a>
        ${has(viewer, 'admin') ? html`<a href="/users">${DESK.nav.users}</a>` : ''}
        <span class="who">${viewer.user.name}（${viewer.user.roles.map((role) => DESK_ROLES[role]).join('、')}）</span>
        <form method="post" action="/logout" class="inline">${csrfField(viewer)}<button type="submit">${DESK.nav.logout}</button></form>
      </nav>`
    : '';
  const notice = message
    ? html`<p class="${message.error ? 'message error' : 'message'}" role="${message.error ? 'alert' : 'status'}">${message.text}</p>`
    : '';
  return `<!doctype html>${html`<html lang="zh-CN">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title} · ${DESK.appName}</title>
      <link rel="stylesheet" href="/assets/desk.css" />
      ${viewer ? html`<meta name="csrf-token" content="${viewer.csrf}" />` : ''}
      <script src="/assets/desk.js" defer></script>
    </head>
    <body>
      <header><strong>${DESK.appName}</strong>${nav}</header>
      <main id="main">
        <h1>${title}</h1>
        ${notice}${main}
      </main>
    </body>
  </html>`}`;
}

export function loginPage(csrf: string, message?: string): string {
  return layout(
    DESK.login.title,
    undefined,
    html`<form method="post" action="/login" class="login">
      ${csrfField({ csrf })}
      <label>${DESK.login.user} <input name="login" autocomplete="username" required /></label>
      <label>${DESK.login.password} <input name="password" type="password" autocomplete="current-password" required /></label>
      <button type="submit">${DESK.login.submit}</button>
    </form>`,
    message ? { text: message, error: true } : undefined,
  );
}

const kindSelect = () =>
  html`<label
    >${DESK.list.kind}
    <select name="kind">
      ${ENTRY_KINDS.map((kind) => html`<option value="${kind}">${DESK_KINDS[kind]}</option>`)}
    </select></label
  >`;

export function listPage(viewer: Viewer, entries: readonly EntryRow[], message?: { text: string; error: boolean }): string {
  const c = DESK.list.columns;
  const rows = entries.map((entry) => {
    const title = splitSource(entry.source).data['title'];
    // data-label: on a phone each row is a card, its cells labelled (desk.css).
    return html`<tr>
      <td><a href="/entries/${entry.key}">${typeof title === 'string' && title ? title : entry.slug}</a></td>
      <td data-label="${c.kind}">${DESK_KINDS[entry.kind]}</td>
      <td data-label="${c.state}">${DESK_STATES[entry.state]}${entry.revising ? DESK.entry.revisingMark : ''}</td>
      <td data-label="${c.author}">${entry.author}</td>
      <td data-label="${c.updated}">${entry.lastEditor}</td>
    </tr>`;
  });
  const editor = has(viewer, 'editor')
    ? html`<section class="new">
          <h2>${DESK.list.create}</h2>
          <form method="post" action="/entries">
            ${csrfField(viewer)}${kindSelect()}
            <label>${DESK.list.id} <input name="slug" required pattern="[a-z0-9][a-z0-9\\-]*" /></label>
            <label>${DESK.list.titleField} <input name="title" /></label><button type="submit">${DESK.list.create}</button>
          </form>
        </section>
        <section class="new">
          <h2>${DESK.list.import}</h2>
          <form method="post" action="/import" enctype="multipart/form-data">
            ${csrfField(viewer)}
            <label>${DESK.list.file} <input type="file" name="file" accept=".docx,.txt" required /></label>
            <label>${DESK.list.id} <input name="slug" required pattern="[a-z0-9][a-z0-9\\-]*" /></label>
            <button type="submit">${DESK.list.import}</button>
          </form>
        </section>`
    : '';
  return layout(
    DESK.list.title,
    viewer,
    html`${editor}
      <table class="entries">
        <thead>
          <tr>
            <th>${c.title}</th>
            <th>${c.kind}</th>
            <th>${c.state}</th>
            <th>${c.author}</th>
            <th>${c.updated}</th>
          </tr>
        </thead>
        <tbody>
          ${
            rows.length > 0
              ? rows
              : html`<tr>
                  <td colspan="5">${DESK.list.empty}</td>
                </tr>`
          }
        </tbody>
      </table>`,
    message,
  );
}

export interface EntryView {
  entry: EntryRow;
  tab: 'form' | 'source';
  fields: readonly FormField[];
  problems: readonly ContentProblem[];
  findings: readonly DeskFinding[];
  comments: readonly { login: string; text: string; at: string }[];
  steps: readonly StepName[];
  /** What a refused save carried: shown read-only beside the current text, so the editor's work is not lost. */
  unsaved?: string | undefined;
}

/** A problem in the words `npm run validate` prints. */
const problemText = (problem: ContentProblem) => formatProblem(problem);

/** An option as the editor reads it: the organ's short name, with its id for those who know ids. */
const optionLabel = (field: FormField, option: string) =>
  field.optionLabels?.[option] ? `${field.optionLabels[option]}（${option}）` : option;

function fieldControl(field: FormField, value: unknown, problems: readonly ContentProblem[], disabled: boolean): Html {
  const id = `f-${field.key}`;
  const name = `f.${field.key}`;
  const mine = problems.filter((problem) => topField(problem) === field.key);
  const describedBy = mine.length > 0 ? `${id}-problems` : undefined;
  const attrs = raw(
    `${disabled ? ' disabled' : ''}${describedBy ? ` aria-describedby="${describedBy}" aria-invalid="true"` : ''}${field.required ? ' aria-required="true"' : ''}`,
  );
  const shown = displayValue(field, value);
  let control: Html;
  switch (field.control) {
    case 'select':
      control = html`<select id="${id}" name="${name}" ${attrs}>
        <option value=""></option>
        ${(field.options ?? []).map((option) => html`<option value="${option}" ${option === shown ? raw(' selected') : ''}>${optionLabel(field, option)}</option>`)}
      </select>`;
      break;
    case 'checkbox':
      control = html`<input type="checkbox" id="${id}" name="${name}" ${value === true ? raw(' checked') : ''}${attrs} />`;
      break;
    case 'checkboxes': {
      const chosen = Array.isArray(value) ? value.map(String) : [];
      control = html`<span class="choices" id="${id}"
        >${(field.options ?? []).map(
          (option) =>
            html`<label class="choice"
              ><input
                type="checkbox"
                name="${name}"
                value="${option}"
                ${chosen.includes(option) ? raw(' checked') : ''}${attrs}
              />${option}</label
            >`,
        )}</span
      >`;
      break;
    }
    case 'lines':
    case 'textarea':
      control = html`<textarea id="${id}" name="${name}" rows="3" ${attrs}>${shown}</textarea>`;
      break;
    case 'yaml':
      control = html`<textarea id="${id}" name="${name}" rows="${Math.max(3, shown.split('\n').length + 1)}" class="code" ${attrs}>
${shown}</textarea>`;
      break;
    default:
      control = html`<input
        id="${id}"
        name="${name}"
        type="${field.control === 'date' ? 'date' : field.control === 'number' ? 'number' : 'text'}"
        value="${shown}"
        ${attrs}
      />`;
  }
  const hint = field.control === 'yaml' ? DESK.entry.yamlHint : field.control === 'lines' ? DESK.entry.listHint : '';
  const label =
    field.control === 'checkboxes'
      ? html`<span class="label">${field.label}${field.required ? ' *' : ''}</span>`
      : html`<label for="${id}">${field.label}${field.required ? ' *' : ''}${hint}</label>`;
  return html`<div class="${mine.length > 0 ? 'field invalid' : 'field'}" data-field="${field.key}">
    ${label}${control}
    ${
      mine.length > 0
        ? html`<ul class="problems" id="${describedBy}">
            ${mine.map((problem) => html`<li>${problemText(problem)}</li>`)}
          </ul>`
        : ''
    }
  </div>`;
}

/** The text with each finding marked, so the editor sees where it is without counting columns. */
function highlighted(text: string, findings: readonly DeskFinding[]): Html {
  let out = '';
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at) continue;
    out += html`${text.slice(at, finding.start)}<mark
        class="${finding.uncertain ? 'finding uncertain' : 'finding'}"
        title="${finding.uncertain ? DESK.privacy.uncertain : FINDING_KIND_LABELS[finding.kind]}"
        >${text.slice(finding.start, finding.end)}</mark
      >`.value;
    at = finding.end;
  }
  return raw(out + html`${text.slice(at)}`.value);
}

function privacyPanel(view: EntryView, viewer: Viewer, editable: boolean): Html {
  const { entry, findings } = view;
  const items = findings.map((finding, index) => {
    const isName = finding.kind === 'name' || finding.kind === 'denylist';
    const action = (how: string, label: string, extra: Html | string = '') =>
      html`<form method="post" action="/entries/${entry.key}/privacy" class="inline">
        ${csrfField(viewer)}<input type="hidden" name="version" value="${entry.version}" />
        <input type="hidden" name="index" value="${index}" /><input type="hidden" name="how" value="${how}" />${extra}<button type="submit">
          ${label}
        </button>
      </form>`;
    const actions =
      editable && isName && finding.kind === 'name'
        ? html`${action('alias', DESK.privacy.alias)}
            <span class="hint">${DESK.privacy.aliasSuggested(finding.alias ?? '')}</span> ${action('notName', DESK.privacy.notName)}
            ${action('publicName', DESK.privacy.publicName, html`<label>${DESK.privacy.publicReason} <input name="reason" required /></label>`)}`
        : editable && finding.kind === 'denylist'
          ? html`${action('alias', DESK.privacy.alias)}`
          : html`<span class="hint">${DESK.privacy.fixByHand}</span>`;
    return html`<li class="${finding.uncertain ? 'uncertain' : ''}">
      <strong>${finding.uncertain ? DESK.privacy.uncertain : FINDING_KIND_LABELS[finding.kind]}</strong>
      <code>${finding.excerpt}</code> ${DESK.privacy.line(finding.line, finding.column)}
      ${finding.uncertain ? html`<span class="hint uncertain-hint">${DESK.privacy.uncertainHint}</span>` : ''} ${actions}
    </li>`;
  });
  const resolved = entry.resolutions.map((resolution) => {
    const how =
      resolution.how === 'alias'
        ? DESK.privacy.how.alias(resolution.detail)
        : resolution.how === 'notName'
          ? DESK.privacy.how.notName
          : resolution.how === 'publicName'
            ? DESK.privacy.how.publicName(resolution.detail)
            : DESK.privacy.how.imported(resolution.detail);
    return html`<li>
      ${DESK.privacy.resolvedRow(resolution.masked, how, resolution.by, resolution.at.slice(0, 16).replace('T', ' '))}${
        resolution.uncertain ? DESK.privacy.uncertainResolved : ''
      }
    </li>`;
  });
  return html`<section class="privacy" aria-labelledby="privacy-title">
    <h2 id="privacy-title">${DESK.privacy.title}</h2>
    ${
      findings.length === 0
        ? html`<p class="clean">${DESK.privacy.clean}</p>`
        : html`<ol class="findings">
            ${items}
          </ol>`
    }
    ${
      resolved.length > 0
        ? html`<h3>${DESK.privacy.resolved}</h3>
            <ul class="resolved">
              ${resolved}
            </ul>`
        : ''
    }
  </section>`;
}

function stepForms(view: EntryView, viewer: Viewer): Html {
  const { entry } = view;
  const form = (step: StepName, inner: Html | string = '') =>
    html`<form method="post" action="/entries/${entry.key}/${step}" class="step">
      ${csrfField(viewer)}<input type="hidden" name="version" value="${entry.version}" />${inner}
      <button type="submit">${DESK_ACTIONS[step]}</button>
    </form>`;
  const consent = entry.consent;
  const schedule = html`<label>${DESK.entry.publishOn} <input type="date" name="publishOn" /></label>`;
  const parts = view.steps.map((step) => {
    switch (step) {
      case 'submit':
      case 'pass':
        return form(step);
      case 'revise':
        return form(step, html`<p class="hint">${DESK.entry.reviseHint}</p>`);
      case 'return':
        return form(step, html`<label>${DESK.entry.comment} <textarea name="comment" rows="3" required></textarea></label>`);
      case 'withdraw':
        return form(step, html`<label>${DESK.entry.reason} <textarea name="reason" rows="2" required></textarea></label>`);
      case 'publish':
        return form(
          step,
          entry.kind === 'clarifications'
            ? html`<fieldset>
                  <legend>${DESK.entry.consentTitle}</legend>
                  <label>${DESK.entry.consentBy} <input name="consentBy" value="${consent?.confirmedBy ?? ''}" required /></label>
                  <label>${DESK.entry.consentDate} <input type="date" name="consentDate" value="${consent?.date ?? ''}" required /></label>
                  <label
                    >${DESK.entry.consentForm}
                    <select name="consentForm" required>
                      <option value=""></option>
                      ${DESK.entry.consentForms.map(
                        (option) => html`<option${consent?.form === option ? raw(' selected') : ''}>${option}</option>`,
                      )}
                    </select></label
                  >
                </fieldset>
                ${schedule}`
            : schedule,
        );
      default:
        return '';
    }
  });
  return html`<section class="steps">${parts}</section>`;
}

/** 放置图片, for a 廉洁文化 entry: the file is cleaned on the server and placed beside the entry in content/. */
function imageForm(entry: EntryRow, data: Record<string, unknown>, viewer: Viewer): Html {
  const image = data['image'] as { src?: unknown; alt?: unknown } | undefined;
  return html`<section class="image" aria-labelledby="image-title">
    <h2 id="image-title">${DESK.image.title}</h2>
    ${typeof image?.src === 'string' ? html`<p>${DESK.image.current(image.src)}</p>` : ''}
    <form method="post" action="/entries/${entry.key}/image" enctype="multipart/form-data">
      ${csrfField(viewer)}<input type="hidden" name="version" value="${entry.version}" />
      <label>${DESK.image.file} <input type="file" name="file" accept=".png,.jpg,.jpeg,.webp,.svg" required /></label>
      <label>${DESK.image.alt} <textarea name="alt" rows="2" required>${typeof image?.alt === 'string' ? image.alt : ''}</textarea></label>
      <button type="submit">${DESK.image.submit}</button>
    </form>
  </section>`;
}

export function entryPage(viewer: Viewer, view: EntryView, message?: { text: string; error: boolean }): string {
  const { entry } = view;
  const source = entry.source;
  const { data, body } = splitSource(source);
  const editable = view.steps.includes('save');
  const tab = (name: 'form' | 'source' | 'history', label: string, href: string) =>
    html`<a
      role="tab"
      id="tab-${name}"
      href="${href}"
      ${name === 'history' ? '' : raw(` data-pane="pane-${name}"`)}
      aria-selected="${String(view.tab === name)}"
      ${view.tab === name ? raw(' aria-current="page"') : ''}
      >${label}</a
    >`;
  const save = editable ? html`<button type="submit">${DESK.entry.save}</button>` : '';
  const hidden = html`${csrfField(viewer)}<input type="hidden" name="version" value="${entry.version}" /><input
      type="hidden"
      name="mode"
      value="${view.tab}"
    />`;
  // Both panes are in one form: the server shows the chosen tab and hides the other, and `mode`
  // says which one the save reads. desk.js switches tabs in place and keeps the two in sync as one
  // types (through /sync, which reads them with the same code as the save).
  const editor = html`<form method="post" action="/entries/${entry.key}/save" class="editor">
    ${hidden}
    <div id="pane-form" ${view.tab === 'form' ? '' : raw(' hidden')}>
      ${view.fields.map((field) => fieldControl(field, data[field.key], view.problems, !editable))}
      <div class="field" data-field="body">
        <label for="body">${DESK_FIELD_LABELS['body']}</label
        ><textarea id="body" name="body" rows="16" ${editable ? '' : raw(' readonly')}>${body}</textarea>
      </div>
    </div>
    <div id="pane-source" ${view.tab === 'source' ? '' : raw(' hidden')}>
      <label for="source">${DESK.entry.sourceLabel}</label>
      <textarea id="source" name="source" rows="30" class="code" aria-describedby="source-problem" ${editable ? '' : raw(' readonly')}>
${source}</textarea>
      <p id="source-problem" class="problems" role="status"></p>
    </div>
    ${save}
  </form>`;
  const others = view.problems.filter((problem) => view.tab === 'source' || !view.fields.some((field) => field.key === topField(problem)));
  const title = typeof data['title'] === 'string' && data['title'] ? data['title'] : entry.slug;
  const main = html`<p class="meta">
      ${DESK.entry.state}：<strong class="state" data-state="${entry.state}">${DESK_STATES[entry.state]}</strong> ·
      ${DESK_KINDS[entry.kind]} ${entry.slug} · ${DESK.entry.author} ${entry.author} · ${DESK.entry.lastEditor} ${entry.lastEditor} ·
      ${DESK.entry.version} ${entry.version}
    </p>
    ${entry.revising ? html`<p class="message revising" role="note">${DESK.entry.revising}</p>` : ''}
    <div role="tablist">
      ${tab('form', DESK.entry.tabForm, `/entries/${entry.key}`)} ${tab('source', DESK.entry.tabSource, `/entries/${entry.key}?tab=source`)}
      ${tab('history', DESK.entry.tabHistory, `/entries/${entry.key}/history`)}
    </div>
    <div class="columns">
      <div class="main-column">
        ${
          view.problems.length > 0
            ? html`<section class="all-problems" aria-labelledby="problems-title">
                <h2 id="problems-title">${DESK.entry.problems}</h2>
                ${
                  others.length > 0
                    ? html`<ul class="problems">
                        ${others.map((problem) => html`<li>${problemText(problem)}</li>`)}
                      </ul>`
                    : ''
                }
              </section>`
            : html`<p class="ok">${DESK.entry.problemsNone}</p>`
        }
        ${editor}
        ${
          view.unsaved !== undefined
            ? html`<label for="unsaved">${DESK.entry.unsaved}</label
                ><textarea id="unsaved" rows="12" class="code" readonly>${view.unsaved}</textarea>`
            : ''
        }
        ${entry.kind === 'culture' && editable ? imageForm(entry, data, viewer) : ''}
        <h2>${DESK.entry.rendered}</h2>
        <iframe class="rendered" src="/entries/${entry.key}/preview" title="${DESK.entry.rendered}" sandbox></iframe>
        <h2 id="highlighted-title">${DESK.entry.preview}</h2>
        <!-- Focusable, so a keyboard can scroll the marked text (it scrolls once it is long). -->
        <pre class="highlighted" id="highlighted" tabindex="0" aria-labelledby="highlighted-title">
${highlighted(source, view.findings)}</pre>
      </div>
      <aside>
        ${privacyPanel(view, viewer, editable)}
        ${
          view.comments.length > 0
            ? html`<section>
                <h2>${DESK.entry.comments}</h2>
                <ul>
                  ${view.comments.map((comment) => html`<li><strong>${comment.login}</strong>（${comment.at.slice(0, 16).replace('T', ' ')}）：${comment.text}</li>`)}
                </ul>
              </section>`
            : ''
        }
        ${stepForms(view, viewer)}
      </aside>
    </div>`;
  return layout(title, viewer, main, message);
}

export function historyPage(viewer: Viewer, entry: EntryRow, rows: readonly AuditRow[]): string {
  const c = DESK.entry.historyColumns;
  return layout(
    `${DESK.entry.history} · ${entry.slug}`,
    viewer,
    html`<div role="tablist">
        <a role="tab" href="/entries/${entry.key}" aria-selected="false">${DESK.entry.tabForm}</a>
        <a role="tab" href="/entries/${entry.key}?tab=source" aria-selected="false">${DESK.entry.tabSource}</a>
        <a role="tab" href="/entries/${entry.key}/history" aria-selected="true" aria-current="page">${DESK.entry.tabHistory}</a>
      </div>
      <p><a href="/entries/${entry.key}/history.csv">${DESK.entry.historyCsv}</a></p>
      ${auditTable(rows, c)}`,
  );
}

function auditTable(rows: readonly AuditRow[], c: typeof DESK.entry.historyColumns): Html {
  const state = (value: string | null) => (value ? (DESK_STATES[value as keyof typeof DESK_STATES] ?? value) : '');
  return html`<table class="history">
    <thead>
      <tr>
        <th>${c.at}</th>
        <th>${c.actor}</th>
        <th>${c.action}</th>
        <th>${c.from}</th>
        <th>${c.to}</th>
        <th>${c.hash}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <td>${row.at.slice(0, 19).replace('T', ' ')}</td>
            <td>${row.actor}</td>
            <td>
              ${DESK_ACTIONS[row.action as keyof typeof DESK_ACTIONS] ?? row.action}${row.entry ? html` <small>${row.entry}</small>` : ''}
            </td>
            <td>${state(row.fromState)}</td>
            <td>${state(row.toState)}</td>
            <td><code>${(row.contentHash ?? '').slice(0, 12)}</code></td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function auditPage(viewer: Viewer, rows: readonly AuditRow[]): string {
  return layout(
    DESK.audit.title,
    viewer,
    html`<p><a href="/audit.csv">${DESK.audit.csv}</a></p>
      ${auditTable(rows, DESK.entry.historyColumns)}`,
  );
}

export function buildsPage(viewer: Viewer, builds: readonly BuildRow[], entries: ReadonlyMap<number, EntryRow>): string {
  const c = DESK.builds.columns;
  const active = builds.some((build) => (build.state === 'queued' && !build.notBefore) || build.state === 'running');
  const rows = builds.map((build) => {
    const entry = entries.get(build.entryKey);
    const retry =
      build.state === 'interrupted' || build.state === 'failed'
        ? entry && entry.state === (build.action === 'publish' ? 'approved' : 'published') && has(viewer, 'signer')
          ? html`<a href="/entries/${entry.key}">${DESK.builds.retry}</a>`
          : ''
        : '';
    return html`<tr data-build="${build.id}"><td>${build.id}</td><td>${entry ? html`<a href="/entries/${entry.key}">${entry.kind}/${entry.slug}</a>` : ''}</td>
      <td>${DESK_ACTIONS[build.action]}</td><td class="build-state">${build.state === 'queued' && build.notBefore ? DESK.builds.scheduled(build.notBefore) : DESK.builds.states[build.state]} ${retry}</td><td>${build.requestedBy}</td>
      <td><details${build.state === 'running' || build.state === 'failed' ? raw(' open') : ''}><summary>${c.log}</summary><pre>${build.log.split('\n').slice(-40).join('\n')}</pre></details></td></tr>`;
  });
  return layout(
    DESK.builds.title,
    viewer,
    html`${active ? html`<p class="refresh" data-refresh="3"><a href="/builds">${DESK.builds.refresh}</a></p>` : ''}
      <table>
        <thead>
          <tr>
            <th>${c.id}</th>
            <th>${c.entry}</th>
            <th>${c.action}</th>
            <th>${c.state}</th>
            <th>${c.by}</th>
            <th>${c.log}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>`,
  );
}

export function usersPage(viewer: Viewer, users: readonly UserRow[], message?: { text: string; error: boolean }): string {
  const u = DESK.users;
  return layout(
    u.title,
    viewer,
    html`<table>
        <thead>
          <tr>
            <th>${u.columns.login}</th>
            <th>${u.columns.name}</th>
            <th>${u.columns.roles}</th>
          </tr>
        </thead>
        <tbody>
          ${users.map(
            (user) =>
              html`<tr>
                <td>${user.login}</td>
                <td>${user.name}</td>
                <td>${user.roles.map((role) => DESK_ROLES[role]).join('、')}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <h2>${u.add}</h2>
      <form method="post" action="/users">
        ${csrfField(viewer)} <label>${u.login} <input name="login" required pattern="[A-Za-z0-9._\\-]+" /></label
        ><label>${u.name} <input name="name" /></label>
        <fieldset>
          <legend>${u.roles}</legend>
          ${(Object.keys(DESK_ROLES) as DeskRole[]).map((role) => html`<label class="choice"><input type="checkbox" name="roles" value="${role}" />${DESK_ROLES[role]}</label>`)}
        </fieldset>
        <label>${u.password} <input type="password" name="password" autocomplete="new-password" required minlength="10" /></label>
        <button type="submit">${u.add}</button>
      </form>`,
    message,
  );
}

export function errorPage(viewer: Viewer | undefined, text: string): string {
  return layout(text, viewer, html`<p><a href="/">${DESK.nav.entries}</a></p>`);
}

export interface DataView {
  organs: readonly { id: string; shortName: string }[];
  series: readonly { id: string; title: string; batches: number }[];
  levels: readonly string[];
}

export function dataPage(viewer: Viewer, view: DataView, message?: { text: string; error: boolean }): string {
  const d = DESK.data;
  return layout(
    d.title,
    viewer,
    html`<section>
        <h2>${d.organs}</h2>
        <ul>
          ${view.organs.map((organ) => html`<li>${organ.shortName} <code>${organ.id}</code></li>`)}
        </ul>
        <form method="post" action="/data/organs">
          ${csrfField(viewer)}
          <label>${d.organId} <input name="id" required pattern="[a-z0-9][a-z0-9\\-]*" /></label>
          <label>${d.organName} <input name="name" required /></label>
          <label>${d.organShortName} <input name="shortName" required /></label>
          <label
            >${d.organLevel}
            <select name="level" required>
              ${view.levels.map((level) => html`<option>${level}</option>`)}
            </select></label
          >
          <label
            >${d.organParent}
            <select name="parent">
              <option value=""></option>
              ${view.organs.map((organ) => html`<option value="${organ.id}">${organ.shortName}</option>`)}
            </select></label
          >
          <label>${d.organRegion} <input name="region" required /></label>
          <button type="submit">${d.addOrgan}</button>
        </form>
      </section>
      <section>
        <h2>${d.series}</h2>
        <ul>
          ${view.series.map((item) => html`<li>${item.title} <code>${item.id}</code>（${d.batches(item.batches)}）</li>`)}
        </ul>
        <form method="post" action="/data/batches">
          ${csrfField(viewer)}
          <label
            >${d.batchSeries}
            <select name="series" required>
              ${view.series.map((item) => html`<option value="${item.id}">${item.title}</option>`)}
            </select></label
          >
          <label>${d.batchDate} <input type="date" name="date" required /></label>
          <button type="submit">${d.addBatch}</button>
        </form>
      </section>`,
    message,
  );
}
