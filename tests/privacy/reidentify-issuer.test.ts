/**
 * Issuer-aware re-identification: the issuing organ's name and 文号, and the site that publishes a
 * notice, read together with the subject's post. Each case is one the check must catch or let pass.
 */
import { describe, expect, it } from 'vitest';
import { detectIssuerReidentification, type IssuerContext } from '../../src/privacy/detectors/reidentify.ts';
import { issuerFindings } from '../../src/privacy/issuer.ts';

const stationed: IssuerContext = {
  issuer: '潆州市纪委监委派驻市自然资源和规划局纪检监察组',
  issuerLevel: '派驻',
  docNumber: '驻潆自规纪澄〔2026〕1号',
  role: '某市直部门副局长',
  person: true,
};

describe('a 派驻组 that names the unit it watches', () => {
  it('catches a one-holder post in that unit, naming the unit and the post', () => {
    expect(detectIssuerReidentification(stationed)).toEqual({ reason: 'issuerNamesUnit', unit: '市自然资源和规划局', post: '副局长' });
    expect(
      detectIssuerReidentification({
        ...stationed,
        issuer: '漪川区纪委监委派驻区人民法院纪检监察组',
        docNumber: '驻漪法纪澄〔2025〕2号',
        role: '某区人民法院副院长',
      }),
    ).toMatchObject({ reason: 'issuerNamesUnit', unit: '区人民法院', post: '副院长' });
  });

  it('reads the 文号 when the issuer’s name alone does not say 派驻', () => {
    expect(detectIssuerReidentification({ ...stationed, issuer: '某纪检监察组', issuerLevel: '县' })).toMatchObject({
      reason: 'issuerNamesUnit',
    });
  });

  it('lets pass a post many hold, a unit below that keeps its own 某, and an organisation', () => {
    expect(detectIssuerReidentification({ ...stationed, role: '某市直部门领导干部' })).toBeUndefined();
    expect(detectIssuerReidentification({ ...stationed, role: '某市直部门工作人员' })).toBeUndefined();
    expect(detectIssuerReidentification({ ...stationed, role: '某县某高级中学校长' })).toBeUndefined();
    expect(detectIssuerReidentification({ ...stationed, person: false, role: '某公安派出所所长' })).toBeUndefined();
  });

  it('lets the commission’s own name pass with the same post', () => {
    expect(
      detectIssuerReidentification({
        ...stationed,
        issuer: '中共潆州市纪律检查委员会　潆州市监察委员会',
        issuerLevel: '市',
        docNumber: '潆纪澄〔2026〕1号',
      }),
    ).toBeUndefined();
  });
});

describe('a site that republishes an upper organ’s notice', () => {
  const province: IssuerContext = {
    issuer: '中共霁岚省纪律检查委员会　霁岚省监察委员会',
    issuerLevel: '省',
    docNumber: '霁纪澄〔2025〕1号',
    role: '某设区市人民政府副市长',
    person: true,
    host: { level: '市', issued: false },
  };

  it('catches 某设区市…副市长 on a city’s site: there the 某 is the city itself', () => {
    expect(detectIssuerReidentification(province)).toEqual({ reason: 'hostIsTheUnit', place: '某设区市', post: '副市长' });
  });

  it('lets it pass on the province’s own site, off the website, and for a post below the city’s departments', () => {
    expect(detectIssuerReidentification({ ...province, host: { level: '省', issued: true } })).toBeUndefined();
    expect(detectIssuerReidentification({ ...province, host: undefined })).toBeUndefined();
    expect(detectIssuerReidentification({ ...province, role: '某市直单位干部' })).toBeUndefined();
  });
});

describe('the gate finding', () => {
  const source = [
    '---',
    'title: 关于对某市直部门副局长濮某的澄清说明',
    'organ: yingzhou-nr-team',
    'subject:',
    '  type: 个人',
    '  role: 某市直部门副局长',
    '---',
    '',
  ].join('\n');

  it('points at the role line and says which of the two fixes applies, naming no person', () => {
    const [finding, ...rest] = issuerFindings('content/clarifications/x.md', source, stationed);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'content/clarifications/x.md', line: 6, column: 1, kind: 'reidentify' });
    expect(finding!.excerpt).toContain('发布机关（落款和文号）已点明所驻单位“市自然资源和规划局”');
    expect(finding!.excerpt).toContain('改以纪委监委本机关名义发布');
    expect(finding!.excerpt).not.toContain('濮');
  });

  it('gives the republishing fix for a host site', () => {
    const [finding] = issuerFindings('x.md', source, {
      ...stationed,
      issuer: '霁岚省纪委监委',
      issuerLevel: '省',
      docNumber: '霁纪澄〔2025〕1号',
      role: '某设区市人民政府副市长',
      host: { level: '市', issued: false },
    });
    expect(finding!.excerpt).toContain('本站不转载（methods 去掉“网站”）');
  });
});
