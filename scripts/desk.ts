/**
 * `npm run desk`: the editorial desk (编辑台) for the organ's staff, on the intranet.
 *
 *   npm run desk -- [--port 4322] [--host 127.0.0.1] [--content content/] [--data .mingjing/desk/] [--out dist/] [--secure-cookies] [--trust-proxy]
 *   npm run desk -- user add <登录名> --role 编辑[,审核,签发,管理员] [--name 显示名]   (password on stdin)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hashPassword, MIN_PASSWORD } from '../src/desk/auth/index.ts';
import { DeskDb } from '../src/desk/db/index.ts';
import { createDesk } from '../src/desk/http/server.ts';
import { DESK, DESK_ROLES, type DeskRole } from '../src/strings/desk.ts';
import { CLI } from '../src/strings/cli.ts';

const projectRoot = process.cwd();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '4322' },
    host: { type: 'string', default: '127.0.0.1' },
    content: { type: 'string', default: 'content' },
    data: { type: 'string', default: '.mingjing/desk' },
    out: { type: 'string', default: 'dist' },
    'secure-cookies': { type: 'boolean', default: false },
    'trust-proxy': { type: 'boolean', default: false },
    role: { type: 'string' },
    name: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`${CLI.errorPrefix}${message}\n${DESK.cli.usage}\n`);
  process.exit(2);
}

/** Roles by their Chinese names (编辑,审核) or their stored names (editor,reviewer). */
function rolesOf(text: string): DeskRole[] {
  const byLabel = new Map<string, DeskRole>(Object.entries(DESK_ROLES).map(([role, label]) => [label, role as DeskRole]));
  return text
    .split(/[,，、]/)
    .map((word) => word.trim())
    .filter(Boolean)
    .map((word) => byLabel.get(word) ?? (word in DESK_ROLES ? (word as DeskRole) : fail(DESK.cli.unknownRole(word))));
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

if (values.help) {
  process.stdout.write(`${DESK.cli.usage}\n`);
} else if (positionals[0] === 'user' && positionals[1] === 'add') {
  const login = positionals[2] ?? '';
  if (!/^[A-Za-z0-9._-]+$/.test(login)) fail(DESK.errors.badLogin);
  const roles = rolesOf(values.role ?? '');
  if (roles.length === 0) fail(DESK.errors.badRoles);
  const password = await readStdin();
  if ([...password].length < MIN_PASSWORD) fail(DESK.cli.noPassword);
  const db = DeskDb.open(resolve(projectRoot, values.data));
  if (db.user(login)) fail(DESK.errors.userExists(login));
  db.addUser(login, values.name ?? login, roles, hashPassword(password));
  db.audit('cli', `user-add:${login}:${roles.join(',')}`);
  db.close();
  process.stdout.write(`${DESK.cli.userAdded(login, roles.map((role) => DESK_ROLES[role]).join('、'))}\n`);
} else if (positionals.length > 0) {
  fail(DESK.cli.usage);
} else {
  let desk;
  try {
    desk = createDesk({
      projectRoot,
      contentDir: resolve(projectRoot, values.content),
      dataDir: resolve(projectRoot, values.data),
      outDir: resolve(projectRoot, values.out),
      secureCookies: values['secure-cookies'],
      trustProxy: values['trust-proxy'],
      warmPreview: true,
      log: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
    });
  } catch (error) {
    fail((error as Error).message);
  }
  if (desk.interrupted.length > 0) process.stdout.write(`${DESK.cli.interrupted(desk.interrupted.length)}\n`);
  desk.server.listen(Number(values.port), values.host, () =>
    process.stdout.write(`${DESK.cli.listening(`http://${values.host}:${values.port}/`)}\n`),
  );
  const stop = () => void desk.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
