// SPDX-License-Identifier: MIT
// The distinctive part of an employer's registered name. Collectors write "你单位某某贸易" rather
// than the registered "南京某某贸易有限公司", so the matcher also looks for the name without its
// place prefix and legal form, as long as what is left is not a word every company shares.

const LEGAL_FORMS = /(?:股份有限公司|有限责任公司|有限公司|股份公司|分公司|总公司|公司|集团|控股|（中国）|\(中国\))+$/u;
const PLACES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古',
  '广西', '西藏', '宁夏', '新疆', '香港', '澳门', '中国', '南京', '苏州', '无锡', '常州', '徐州', '南通', '扬州',
  '杭州', '宁波', '温州', '绍兴', '嘉兴', '金华', '广州', '深圳', '东莞', '佛山', '珠海', '中山', '惠州', '成都',
  '武汉', '西安', '郑州', '长沙', '合肥', '福州', '厦门', '泉州', '济南', '青岛', '烟台', '沈阳', '大连', '哈尔滨',
  '长春', '石家庄', '太原', '南昌', '昆明', '贵阳', '南宁', '兰州', '西宁', '银川', '乌鲁木齐', '呼和浩特', '拉萨',
  '海口', '三亚', '保定', '唐山', '洛阳', '宜昌', '襄阳', '株洲', '芜湖', '绵阳',
].sort((a, b) => b.length - a.length);
const PLACE_SUFFIX = /^[\u4e00-\u9fff]{2,4}?(?:省|市|自治区)/u;
const INDUSTRY = /(?:信息技术|网络科技|科技|技术|贸易|商贸|实业|投资|发展|咨询|管理|服务|电子|物流|建设|工程|置业|传媒|文化|餐饮|医药)+$/u;
/** Leftovers that every company or message shares, or that stand for a name rather than being one. */
const GENERIC = new Set([
  '某某', '某某某', '我们', '我司', '贵司', '本公司', '单位', '公司', '中国', '国际', '中心', '银行', '集团',
  '科技', '贸易', '实业', '投资', '发展', '网络', '信息', '服务', '管理', '咨询', '电子', '物流', '建设',
  '大学', '学院', '医院', '学校', '中学', '小学', '分行', '支行', '政府', '研究所',
]);
const CJK2 = /^[\u4e00-\u9fff]{2,}$/u;

export interface EmployerCore {
  text: string;
  score: number;
}

function stripPlace(name: string): string {
  for (;;) {
    const place = PLACES.find((p) => name.startsWith(p) && name.length > p.length + 1);
    if (place) {
      name = name.slice(place.length).replace(/^[省市]/u, '');
      continue;
    }
    const suffixed = PLACE_SUFFIX.exec(name);
    if (suffixed && name.length > suffixed[0].length + 1) {
      name = name.slice(suffixed[0].length);
      continue;
    }
    return name;
  }
}

/** Shorter spellings of the employer to look for, most specific first. */
export function employerCores(employer: string): EmployerCore[] {
  const full = employer.replace(/\s+/g, '');
  const cores: EmployerCore[] = [];
  const core = stripPlace(full.replace(LEGAL_FORMS, ''));
  if (core !== full && CJK2.test(core) && !GENERIC.has(core)) cores.push({ text: core, score: 0.7 });
  const bare = core.replace(INDUSTRY, '');
  if (bare !== core && CJK2.test(bare) && !GENERIC.has(bare)) cores.push({ text: bare, score: 0.4 });
  return cores;
}
