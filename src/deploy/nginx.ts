/**
 * The nginx configuration that serves a built site (README, "Deploy"). One renderer writes both
 * the file organs copy to their server (`deploy/nginx/mingjing.conf`, checked in and tested to
 * match) and the configuration `npm run serve:nginx` and the tests run, so what is tested is what
 * is deployed.
 *
 * The output is meant for nginx's `http` context (Debian's sites-enabled/): a few maps and a
 * log format, then one `server`. Every header is set once, at server level, from maps keyed by
 * the path: nginx drops a server's `add_header`s in any location that adds its own, so no
 * location here adds one.
 */
import { contentSecurityPolicy, PORTAL_PAGE, REFERRER_POLICY, SEARCH_PAGES, SEARCH_WORKER } from '../lib/shared/csp.ts';

export interface NginxOptions {
  /** The folder holding the built site (the contents of dist/). */
  root: string;
  /** The site's base path, as in mingjing.config.json: `/` or `/sub/path/`. */
  base: string;
  /** What `listen` gets: `80`, `127.0.0.1:8080`. */
  listen: string;
  /** Serve over TLS with this certificate and key; adds HSTS. */
  tls?: { certificate: string; key: string } | undefined;
  /** Where the access log goes; off when absent. It records no address or browser (below). */
  accessLog?: string | undefined;
  /** Where this site's error log goes (nginx's own stderr when absent); only `emerg` lines, see ERROR_LOG_LEVEL. */
  errorLog?: string | undefined;
  /** A portal's member origins: its search page and Pagefind's worker may fetch their indexes. */
  connect?: readonly string[] | undefined;
}

/** deploy/nginx/mingjing.conf: the site at the server's root, from /var/www/mingjing, on port 80. */
export const DEFAULT_DEPLOY = {
  root: '/var/www/mingjing',
  base: '/',
  listen: '80',
  accessLog: '/var/log/nginx/mingjing.access.log',
  errorLog: '/var/log/nginx/mingjing.error.log',
} as const satisfies NginxOptions;

/**
 * The error log's level. nginx appends `client: <address>, server: …, request: "<line with its
 * query>"` to every line it writes while handling a request, at any level: `error` (a missing
 * file, a forbidden folder or file), `crit` (a file that fails to open for any other reason, such
 * as an I/O error) and even `alert` (some 70 places in nginx's HTTP code log an alert from a
 * request). Only `emerg` is written from configuration and startup alone, so
 * it is the one level that never records a reader. What is lost is for operators, and they have
 * other means: `nginx -t`, the status codes in the access log, `systemctl status nginx`.
 */
export const ERROR_LOG_LEVEL = 'emerg';

/** File types the site emits, so the server does not depend on the host's mime.types. */
const TYPES: [type: string, extensions: string][] = [
  ['text/html', 'html'],
  ['text/css', 'css'],
  ['text/javascript', 'js mjs'],
  ['application/json', 'json'],
  ['application/xml', 'xml'],
  ['text/plain', 'txt'],
  ['text/csv', 'csv'],
  ['image/svg+xml', 'svg'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg jpeg'],
  ['image/webp', 'webp'],
  ['image/x-icon', 'ico'],
  ['font/woff2', 'woff2'],
  ['application/wasm', 'wasm'],
  // Pagefind's index, fragments and WebAssembly: gzip bytes its script inflates itself.
  ['application/octet-stream', 'pagefind pf_meta pf_index pf_fragment pf_filter'],
];

/** Text types compressed on the fly (Pagefind's files are compressed already). */
const GZIP_TYPES = ['text/css', 'text/javascript', 'application/json', 'application/xml', 'text/plain', 'text/csv', 'image/svg+xml'];

/** Headers every response carries (CSP and caching vary by path and are set from maps). */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': REFERRER_POLICY,
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const HSTS = 'max-age=31536000';

/** Cache lifetimes by kind of file: hashed files forever, cards an hour, everything else revalidated. */
export const CACHE_CONTROL = {
  immutable: 'public, max-age=31536000, immutable',
  cards: 'public, max-age=3600',
  revalidate: 'no-cache',
} as const;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const quote = (text: string) => `"${text.replace(/"/g, '\\"')}"`;

export function renderNginxConfig({ root, base, listen, tls, accessLog, errorLog, connect = [] }: NginxOptions): string {
  if (!/^\/(?:[^/]+\/)*$/.test(base)) throw new Error(`base must start and end with "/", found "${base}"`);
  const prefix = escapeRegex(base);
  const page = (path: string) => `${escapeRegex(path)}(?:index\\.html)?`;
  const searchPages = SEARCH_PAGES.filter((path) => path !== PORTAL_PAGE)
    .map(page)
    .join('|');
  const wasm = quote(contentSecurityPolicy({ allowWasm: true, header: true }));
  const wasmAndMembers = quote(contentSecurityPolicy({ allowWasm: true, header: true, connect }));
  const root_ = root.replace(/\/+$/, '');
  const location =
    base === '/'
      ? [`    root ${root_};`, '', '    location / {', '    }']
      : [
          `    # The site lives under ${base}; nothing else on this server is part of it.`,
          `    location = ${base.replace(/\/$/, '')} {`,
          `        return 301 ${base};`,
          '    }',
          `    location ^~ ${base} {`,
          `        alias ${root_}/;`,
          '    }',
          '    location / {',
          '        return 404;',
          '    }',
        ];
  return `# Mingjing (明镜) — nginx configuration, for nginx's http context (e.g. /etc/nginx/sites-enabled/).
# Generated by \`npm run nginx:config\` (src/deploy/nginx.ts): regenerate rather than edit, so the
# tests keep testing what you deploy.

# Content-Security-Policy by path: WebAssembly ('wasm-unsafe-eval') only where search runs, that
# is on the search pages and for Pagefind's worker, which runs under its own script's policy; a
# portal's search page and the worker may also read the member sites' indexes.
map $uri $mingjing_csp {
    default ${quote(contentSecurityPolicy({ allowWasm: false, header: true }))};
    "~^${prefix}(?:${searchPages})$" ${wasm};
    "~^${prefix}(?:${page(PORTAL_PAGE)}|${escapeRegex(SEARCH_WORKER)})$" ${wasmAndMembers};
}

# A portal on another origin reads this site's search index: Pagefind's files may be fetched
# from anywhere (they hold only what the site publishes).
map $uri $mingjing_cors {
    default "";
    "~^${prefix}pagefind/" "*";
}

# Caching: content-hashed files (Astro's /_astro/, Pagefind's index and fragments) are immutable;
# cards may change with their entry; pages, feeds, data and Pagefind's entry files revalidate.
map $uri $mingjing_cache_control {
    default ${quote(CACHE_CONTROL.revalidate)};
    "~^${prefix}_astro/" ${quote(CACHE_CONTROL.immutable)};
    "~^${prefix}pagefind/(?:fragment|index|filter)/" ${quote(CACHE_CONTROL.immutable)};
    "~^${prefix}pagefind/.*\\.pf_meta$" ${quote(CACHE_CONTROL.immutable)};
    "~^${prefix}cards/" ${quote(CACHE_CONTROL.cards)};
}

# HSTS only over TLS: a browser ignores it over plain HTTP.
map $https $mingjing_hsts {
    default "";
    on ${quote(HSTS)};
}

# Access log without the reader's address, browser or query string (a search for a name would
# land in it): who reads a notice about an official is nobody's business, and a log is an output.
# The path is logged only when it was served: a path the site does not have is the reader's own
# typing (or a probe), so a 4xx or 5xx line shows "-" in its place.
map $status $mingjing_logged_uri {
    default "-";
    "~^[23]" $uri;
}
log_format mingjing '$time_iso8601 "$request_method $mingjing_logged_uri" $status $body_bytes_sent';

server {
    listen ${listen}${tls ? ' ssl' : ''};
    server_name _;
${tls ? `    ssl_certificate ${tls.certificate};\n    ssl_certificate_key ${tls.key};\n    ssl_protocols TLSv1.2 TLSv1.3;\n` : ''}
    server_tokens off;
    ${accessLog ? `access_log ${accessLog} mingjing;` : 'access_log off;'}
    # Every error line nginx writes for a request names the client's address and the request line,
    # query string included, at any level but emerg (src/deploy/nginx.ts, ERROR_LOG_LEVEL). Make
    # this server the port's default_server, or set the same level in nginx.conf's http block:
    # a request no server has claimed yet is logged by the default server's error_log.
    error_log ${errorLog ?? 'stderr'} ${ERROR_LOG_LEVEL};
    log_not_found off;

    # A folder is served by its index.html; one asked for without its slash is redirected to it
    # (/cases → /cases/), keeping the client's own host and port.
    index index.html;
    absolute_redirect off;
    error_page 404 ${base}404.html;

    types {
${TYPES.map(([type, extensions]) => `        ${type} ${extensions};`).join('\n')}
    }
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/css text/javascript application/json application/xml text/plain text/csv image/svg+xml;

    gzip on;
    gzip_vary on;
    gzip_comp_level 6;
    gzip_min_length 256;
    gzip_types ${GZIP_TYPES.join(' ')};

    add_header Content-Security-Policy $mingjing_csp always;
${Object.entries(SECURITY_HEADERS)
  .map(([name, value]) => `    add_header ${name} ${quote(value)} always;`)
  .join('\n')}
    add_header Strict-Transport-Security $mingjing_hsts always;
    add_header Cache-Control $mingjing_cache_control always;
    add_header Access-Control-Allow-Origin $mingjing_cors always;

${location.join('\n')}
}
`;
}

/** A whole nginx.conf around the site's configuration, for running nginx on its own (serve:nginx, tests). */
export function renderStandaloneNginxConfig(options: NginxOptions & { prefix: string; foreground: boolean }): string {
  const { prefix } = options;
  return `# Standalone nginx for Mingjing (npm run serve:nginx); the site's part is deploy/nginx/mingjing.conf.
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log ${ERROR_LOG_LEVEL};
${options.foreground ? 'daemon off;\n' : ''}events {
    worker_connections 256;
}
http {
    client_body_temp_path ${prefix}/temp/body;
    proxy_temp_path ${prefix}/temp/proxy;
    fastcgi_temp_path ${prefix}/temp/fastcgi;
    uwsgi_temp_path ${prefix}/temp/uwsgi;
    scgi_temp_path ${prefix}/temp/scgi;
    sendfile on;

${renderNginxConfig(options)
  .split('\n')
  .map((line) => (line ? `    ${line}` : line))
  .join('\n')}
}
`;
}
