// SPDX-License-Identifier: MIT
// Whether a few Chinese characters can be a person's full name: a known surname, one or two given
// characters, none of which is a grammatical word or a title, and not an everyday word that
// happens to start with a surname character (周末, 谢谢, 房东). Shared by the name detectors.
import { surnameLengthAt } from './chinese-surnames';

// Characters that do not occur in given names but do follow names in SMS ("周明在", "张伟的").
const NOT_GIVEN = new Set(
  '的了是在你我他她它您们吗呢吧啊哦呀嗯哈请这那有没不也都就还要会能可说去来到给把被让和与及或等为个位些先女士客户用员号月日年点钱款卡贷借欠期费额司部局院校市区县路街省镇村单元室楼栋总哥姐叔姨婶伯爷奶师傅已于名下今昨后前内外'.split(''),
);

const TITLE_ENDING = /(?:经理|主任|老师|师傅|阿姨|叔叔|医生|律师|警官|局长|科长|处长|部长|校长|院长|所长|队长|组长|班长|专员|客服|同学|老板)$/;

// Everyday words whose first character is also a surname.
const NOT_NAMES = new Set([
  '房东', '房客', '房间', '房租', '房贷', '房产', '车主', '车友', '车站', '车险', '车辆', '车票', '车位', '车贷', '高级', '高速', '高铁', '高中',
  '高兴', '黄金', '黄色', '金卡', '金额', '金融', '钻石', '白金', '白天', '白银', '安全', '安排', '安装', '万一', '万达', '谢谢', '谢绝', '周末',
  '周一', '周二', '周三', '周四', '周五', '周六', '周日', '周天', '周年', '方便', '方式', '方面', '方法', '方案', '温馨', '温度', '毛病', '毛巾',
  '文件', '文明', '文化', '石头', '石油', '马上', '马路', '程序', '程度', '常用', '常规', '严重', '严格', '时间', '包裹', '包邮', '包括', '包含',
  '康复', '祝福', '祝贺', '祝您', '党员', '司机', '司法', '沙发', '沙龙', '韩国', '欧洲', '欧美', '江苏', '江南', '关于', '关注', '关闭', '关键',
  '申请', '宁可', '宁愿', '宁静', '齐全', '向来', '童年', '童装', '龙年', '龙卡', '龙虾', '汤圆', '贺卡', '贺岁', '邮件', '华为', '华人', '华润',
  '苏宁', '苏醒', '吉林', '吉祥', '吉利', '任何', '任务', '任意', '于是', '陆续', '陆地', '曾经', '范围', '管理', '管道', '管家', '解决', '解除',
  '解放', '冷静', '冷冻', '简单', '简历', '简称', '连续', '连接', '连锁', '项目', '项链', '卫生', '卫星', '余额', '余下', '尚未', '符合', '舒服',
  '舒适', '纪念', '纪律', '毕业', '毕竟', '单独', '单位', '季度', '季节', '游戏', '游泳', '辛苦', '费用', '支付', '支持', '修改', '修理', '宿舍',
  '鲜花', '隆重', '诸位', '危险', '危机', '幸福', '幸运', '植物', '顾客', '顾问', '付款', '付费', '夏天', '夏季', '董事', '杜绝', '许可', '钱包',
  '武器', '牛奶', '农业', '农行', '成功', '凌晨', '蓝色', '古代', '麻烦', '麻将', '迟到', '谈判', '谈话', '储蓄', '劳动', '皮肤', '权益', '练习',
  '廉价', '祖国', '丰富', '荣耀', '荣誉', '母亲', '母婴', '叶子', '丁香', '田园', '陶瓷', '史上', '莫名', '孔雀', '施工', '易购', '庞大', '颜色',
  '左右', '柯南', '苗木', '盛大', '骆驼', '艾特', '尤其', '卓越', '景点', '景区', '宫殿', '米饭', '米粉', '边缘', '边境', '仇恨', '巴士', '栗子',
  '燕子', '帅哥', '盖章', '练车', '姜汤', '钟表', '雷霆', '熊猫', '熊孩', '厉害', '安心', '高手', '甘心', '方才', '常见', '常常', '尤其是',
]);

export function isPlausibleChineseName(candidate: string): boolean {
  if (candidate.length < 2 || candidate.length > 4) return false;
  const surname = surnameLengthAt(candidate, 0);
  if (surname === 0) return false;
  const given = candidate.length - surname;
  if (given < 1 || given > 2) return false;
  for (let i = surname; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fa5 || NOT_GIVEN.has(candidate[i]!)) return false;
  }
  if (TITLE_ENDING.test(candidate)) return false;
  // "马上第": a three-character candidate that opens with an everyday word is that word.
  return !NOT_NAMES.has(candidate) && !(candidate.length === 3 && NOT_NAMES.has(candidate.slice(0, 2)));
}
