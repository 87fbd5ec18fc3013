/**
 * Build-log text: what `astro build` prints about Mingjing's own steps. One section of the string
 * system (ARCHITECTURE.md, "Strings").
 */
export const BUILD = {
  contentNotLoaded: '内容尚未读取：内容加载器没有运行（请检查 src/content.config.ts）',
  done: (dir: string) => `站点已生成：${dir}`,
  exampleDomainQr: (host: string) =>
    `注意：网站地址 ${host} 是保留的示例域名，通知、海报和张贴材料上的二维码和核验地址无法访问。正式使用前，请在 mingjing.config.json 的 site 中填写本机关网站的实际地址（或运行 npm run init）。`,
  media: (published: number) => `已发布 ${published} 个图片文件（位图已去除元数据重新编码，SVG 已按白名单清理）`,
  cards: (rendered: number, cached: number, ms: number, workers: number | undefined, fallback: string | undefined) =>
    `分享卡片：新绘制 ${rendered} 张，复用缓存 ${cached} 张（${(ms / 1000).toFixed(1)} 秒，${workers !== undefined ? `${workers} 个线程` : `单线程：${fallback ?? ''}`}）`,
  outputLeak: '\n生成的网站文件中发现个人信息（已打码），本次构建不发布：\n',
  outputLeakSummary: '生成的文件未通过隐私检查，未替换已有的站点。',
  cardLeak: '\n分享卡片上的文字中发现个人信息（已打码），本次构建不发布：\n',
  cardField: (file: string, field: string) => `${file} › 卡片 ${field}`,
  outputClean: (checked: number, cached: number) => `输出检查：检查 ${checked} 个文件，${cached} 个未变化，未发现个人信息`,
  config: {
    badNow: (value: string) => `环境变量 MINGJING_NOW 应为 YYYY-MM-DD 格式的日期，实际为「${value}」`,
    badSite: (value: string, file: string) => `站点地址 site 应为 http(s):// 开头的绝对地址，实际为「${value}」（${file}）`,
    badNumber: (key: string, value: string, file: string) => `${key} 应为正整数，实际为「${value}」（${file}）`,
    badPortal: (key: string, value: string, file: string) =>
      `联合搜索配置 ${key} 有误，实际为「${value}」（${file}）：每个成员站点须有 id（小写字母、数字和连字符）、name 和以 http(s):// 开头的 url`,
    badFooter: (key: string, value: string, file: string) =>
      `页脚配置 ${key} 有误，实际为「${value}」（${file}）：siteCode 为 10 位网站标识码（字母或数字），icp 形如「浙ICP备12345678号」或「浙ICP备12345678号-1」，publicSecurity 形如「浙公网安备 33020302000001号」，contact 为非空文字行的列表`,
    unknownFooterKey: (key: string, file: string) =>
      `页脚配置中有未知的项「${key}」（${file}）：可用的项为 siteCode（网站标识码）、icp（ICP备案号）、publicSecurity（公安备案号）、contact（联系方式）`,
    badSeal: (key: string, value: string, file: string) =>
      `电子印章配置 ${key} 有误，实际为「${value}」（${file}）：应为 { "机关编号": "印章图片路径" }，图片为项目内存在的 PNG 或 SVG 文件`,
    defaultSiteName: '明镜',
  },
} as const;
