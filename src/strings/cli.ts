/**
 * Command-line text: what `npm run scan`, `redact`, `privacy:eval`, `new`, `validate`, `pdf` and
 * `serve:nginx` print. One section of the string system (ARCHITECTURE.md, "Strings").
 */
export const CLI = {
  errorPrefix: '错误：',
  scan: {
    usage: [
      '用法：npm run scan -- [--json] <文件或文件夹> …',
      '  检查 Markdown（.md .mdx .markdown）和文本（.txt）文件中的个人信息。',
      '  --json  在标准输出打印一个 JSON 数组：{ file, line, column, kind, excerpt }',
      '  环境变量 MINGJING_DENYLIST：禁用名单文件（每行一个姓名，# 开头为注释）',
      '退出码：0 未发现，1 发现个人信息，2 用法错误',
    ].join('\n'),
    unknownOption: (option: string) => `未知选项：${option}`,
    noPaths: '缺少要检查的文件或文件夹。',
    missing: (path: string) => `找不到文件或文件夹：${path}`,
    brokenHeader: (file: string) => `警告：${file} 的 front matter 不是有效的 YAML，已按纯文本检查（publicNames 和 notNames 未生效）。`,
    checked: (count: number) => `已检查 ${count} 个文件。`,
  },
  redact: {
    usage: [
      '用法：npm run redact -- <原始通知.txt|.md|.docx> [--out 草稿.md] [--force]',
      '  把含真实姓名、号码的原始通知转成匿名化的澄清通知草稿（status: draft），并列出每一处替换（已打码）。',
      '  --out    草稿文件路径（默认：原文件旁的 <文件名>.draft.md）',
      '  --force  草稿文件已存在时覆盖',
      '退出码：0 草稿通过隐私检查，1 草稿中仍有疑似个人信息（已列出），2 输入有误（未写入任何文件）',
    ].join('\n'),
    unknownExtension: (file: string) => `不支持的文件类型：${file}（应为 .txt、.md 或 .docx 文件）`,
    missing: (file: string) => `找不到文件：${file}`,
    unreadable: (file: string) => `无法读取文件：${file}（文件可能已损坏，或不是所标示的格式）`,
    empty: (file: string) => `文件中没有文字：${file}`,
    exists: (file: string) => `草稿文件已存在，未覆盖：${file}（确需覆盖请加 --force）`,
    unwritable: (file: string) => `无法写入草稿文件：${file}`,
    written: (file: string) => `已写入匿名化草稿：${file}（status: draft，请逐项核对后再改为 published）`,
    tableHeader: '替换记录（原文已打码）：',
    row: (kind: string, masked: string, replacement: string, count: number) => `${masked} → ${replacement}（${kind}，${count} 处）`,
    none: '（未发现需要替换的内容）',
    remaining: '注意：草稿中仍有以下疑似个人信息，请人工处理：',
    clean: '草稿已通过隐私检查。请核对化名是否对应正确的人，并补全头信息中的字段。',
  },
  validate: {
    countLine: (label: string, kind: string, published: number, draft: number, withdrawn: number) =>
      `${label}（${kind}）：已发布 ${published}，草稿 ${draft}，撤回或过期 ${withdrawn}`,
    dataLine: (organs: number, terms: number, stats: number) => `机关 ${organs} 个，术语 ${terms} 条，统计 ${stats} 行`,
    clean: (seconds: string) => `内容检查通过（${seconds} 秒）：格式、引用和隐私检查均无问题。`,
    failed: (problems: number, findings: number, seconds: string) =>
      `内容检查未通过（${seconds} 秒）：${problems} 处格式或引用问题，${findings} 处疑似个人信息。`,
  },
  eval: {
    corpus: (file: string, rows: number, leaks: number, clean: number) =>
      `语料 ${file}：共 ${rows} 行（含个人信息 ${leaks} 行，干净 ${clean} 行）`,
    header: '  类别         找到 / 应有   召回率   目标',
    target: '目标',
    falsePositives: (rows: number, clean: number, rate: string, target: string) =>
      `  误报：${rows} / ${clean} 行干净文本有发现（${rate}，目标不超过 ${target}）`,
    miss: '漏报',
    falsePositive: '误报',
    belowTarget: '隐私检查评估未达到目标（见 src/privacy/README.md）。',
  },
  nginx: {
    usage: [
      '用法：npm run serve:nginx -- [--port 8080] [--dist dist] [--base /] [--daemon] [--stop]',
      '  用 Debian 的 nginx 和 deploy/nginx/ 的配置，在 127.0.0.1:<端口> 上提供已构建的 dist/。',
      '  --port    端口（默认 8080，或环境变量 PORT）',
      '  --dist    已构建的站点文件夹（默认 dist）',
      '  --base    站点的子路径（默认取 mingjing.config.json 的 base 或 MINGJING_BASE）',
      '  --daemon  在后台运行，进程号写入 .mingjing/nginx/<端口>/nginx.pid',
      '  --stop    停止在该端口后台运行的 nginx',
    ].join('\n'),
    configUsage: [
      '用法：npm run nginx:config -- [--root /var/www/mingjing] [--base /] [--listen 80] [--tls-cert 证书 --tls-key 私钥] [--access-log 文件] [--out 文件]',
      '  生成部署用的 nginx 配置（放在 nginx 的 http 段，如 /etc/nginx/sites-enabled/）。不加 --out 时打印到标准输出。',
    ].join('\n'),
    missing: (command: string) => `未找到 nginx。请先安装：${command}（或用环境变量 NGINX 指定 nginx 的路径）`,
    noSite: (dist: string) => `找不到已构建的站点：${dist}/index.html。请先运行 npm run build。`,
    badPort: (port: string) => `端口应为 1 至 65535 之间的数字，实际为：${port}`,
    tlsPair: '--tls-cert 和 --tls-key 须同时给出。',
    invalid: (reason: string) => `nginx 配置检查未通过：${reason}`,
    serving: (url: string) => `nginx 正在提供 ${url}（按 Ctrl+C 停止）`,
    daemon: (url: string, pidFile: string, port: number) =>
      `nginx 已在后台运行：${url}（进程号文件 ${pidFile}；停止：npm run serve:nginx -- --stop --port ${port}）`,
    stopped: (port: number) => `已停止端口 ${port} 上的 nginx。`,
    notRunning: (port: number) => `端口 ${port} 上没有由本项目启动的 nginx。`,
    written: (file: string) => `已写入 nginx 配置：${file}`,
  },
  systemPackages: {
    installing: (packages: string) => `正在安装测试所需的系统软件包：${packages}`,
    missing: (packages: string, command: string) => `缺少测试所需的系统软件包（${packages}）。请运行：${command}`,
    installFailed: (command: string) => `系统软件包安装失败。请手动运行：${command}`,
  },
  pdf: {
    usage: [
      '用法：npm run pdf -- <站点路径> [--out 文件.pdf] [--dist dist]',
      '      npm run pdf -- --all-packs [--out 文件夹] [--dist dist]',
      '  把已构建站点中的任意页面（如 /print/board/yingzhou-city/2025-05/）用本机的 Chromium 打印成 PDF。',
      '  --all-packs  把所有公开栏张贴材料各打印成一个 PDF，放进一个文件夹（默认 pdf/），便于发送给各村（社区）',
      '  --out        输出文件或文件夹（默认：按路径命名的 .pdf 文件，或 pdf/ 文件夹）',
      '  --dist       已构建的站点文件夹（默认 dist）',
    ].join('\n'),
    noChromium: (command: string) => `未找到 Chromium，无法打印 PDF。请先安装：${command}（或用环境变量 CHROMIUM_PATH 指定浏览器路径）`,
    noSite: (dist: string) => `找不到已构建的站点：${dist}/index.html。请先运行 npm run build。`,
    noPage: (path: string, file: string) => `站点中没有这个页面：${path}（找不到 ${file}）。`,
    noPath: '请给出要打印的站点路径，或使用 --all-packs。',
    noPacks: '站点中没有公开栏张贴材料（/print/board/）：还没有已发布的澄清正名通知。',
    written: (file: string, pages: number, kb: string) => `已写入 ${file}（${pages} 页，${kb} KB）`,
    allWritten: (count: number, dir: string, kb: string) => `共写入 ${count} 个 PDF 到 ${dir}（合计 ${kb} KB）`,
    failed: (path: string, reason: string) => `打印 ${path} 失败：${reason}`,
  },
} as const;
