/**
 * `npm run nginx:config`: writes the nginx configuration for a deployment (README, "Deploy").
 * With no options it prints deploy/nginx/mingjing.conf, the checked-in default.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_DEPLOY, renderNginxConfig } from '../src/deploy/nginx.ts';
import { loadSiteConfig } from '../src/lib/node/config.ts';
import { memberOrigins } from '../src/lib/shared/csp.ts';
import { CLI } from '../src/strings/cli.ts';

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      root: { type: 'string' },
      base: { type: 'string' },
      listen: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'access-log': { type: 'string' },
      'error-log': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
  }));
} catch (error) {
  process.stderr.write(`${CLI.errorPrefix}${(error as Error).message}\n${CLI.nginx.configUsage}\n`);
  process.exit(2);
}
if (values['help']) {
  process.stdout.write(`${CLI.nginx.configUsage}\n`);
  process.exit(0);
}
const [certificate, key] = [values['tls-cert'], values['tls-key']] as (string | undefined)[];
if (Boolean(certificate) !== Boolean(key)) {
  process.stderr.write(`${CLI.errorPrefix}${CLI.nginx.tlsPair}\n`);
  process.exit(2);
}
let text: string;
try {
  text = renderNginxConfig({
    root: (values['root'] as string | undefined) ?? DEFAULT_DEPLOY.root,
    base: (values['base'] as string | undefined) ?? DEFAULT_DEPLOY.base,
    listen: (values['listen'] as string | undefined) ?? DEFAULT_DEPLOY.listen,
    tls: certificate && key ? { certificate, key } : undefined,
    accessLog: (values['access-log'] as string | undefined) ?? DEFAULT_DEPLOY.accessLog,
    errorLog: (values['error-log'] as string | undefined) ?? DEFAULT_DEPLOY.errorLog,
    // A portal's member sites (mingjing.config.json): its search may read their indexes.
    connect: memberOrigins(loadSiteConfig().portal.map((member) => member.url)),
  });
} catch (error) {
  process.stderr.write(`${CLI.errorPrefix}${(error as Error).message}\n`);
  process.exit(2);
}
if (typeof values['out'] === 'string') {
  writeFileSync(values['out'], text);
  process.stdout.write(`${CLI.nginx.written(values['out'])}\n`);
} else {
  process.stdout.write(text);
}
