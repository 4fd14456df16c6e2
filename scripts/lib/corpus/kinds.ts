/**
 * Kinds of agency that publish annual reports, with the name each level gives them and the work
 * their reports talk about. A county has about forty such agencies; a list this long lets one
 * place carry a realistic number of them.
 */
export interface Kind {
  /** County and city name, e.g. 司法局. */
  name: string;
  /** Provincial name where it differs, e.g. 司法厅. */
  province?: string;
  /** Only governments and some bureaus publish at every level; most exist at all three. */
  weight: number;
  /** Things its reports say it published or did, for the prose. */
  topics: readonly string[];
}

export const kinds: readonly Kind[] = [
  {
    name: '人民政府',
    weight: 3,
    topics: ['政府工作报告', '重大行政决策', '财政预决算', '重点项目建设', '政策解读'],
  },
  {
    name: '司法局',
    province: '司法厅',
    weight: 2,
    topics: ['法律援助', '人民调解', '社区矫正', '普法宣传', '公共法律服务'],
  },
  {
    name: '发展和改革局',
    province: '发展和改革委员会',
    weight: 2,
    topics: ['重大项目审批', '价格监测', '粮食储备', '营商环境', '节能审查'],
  },
  {
    name: '教育局',
    province: '教育厅',
    weight: 2,
    topics: ['招生入学', '学生资助', '校园安全', '教师招聘', '课后服务'],
  },
  {
    name: '公安局',
    province: '公安厅',
    weight: 2,
    topics: ['户籍办理', '交通管理', '出入境服务', '治安管理', '反诈宣传'],
  },
  {
    name: '财政局',
    province: '财政厅',
    weight: 2,
    topics: ['预算公开', '政府采购', '惠民惠农补贴', '债务管理', '国有资产'],
  },
  {
    name: '人力资源和社会保障局',
    province: '人力资源和社会保障厅',
    weight: 2,
    topics: ['就业创业', '社会保险', '职业技能培训', '劳动保障监察', '人才引进'],
  },
  {
    name: '自然资源局',
    province: '自然资源厅',
    weight: 1.5,
    topics: ['国土空间规划', '土地征收', '不动产登记', '矿产资源', '地质灾害防治'],
  },
  {
    name: '生态环境局',
    province: '生态环境厅',
    weight: 1.5,
    topics: ['环境影响评价', '排污许可', '空气质量', '环境执法', '污染防治'],
  },
  {
    name: '住房和城乡建设局',
    province: '住房和城乡建设厅',
    weight: 1.5,
    topics: ['保障性住房', '老旧小区改造', '建筑市场监管', '物业管理', '城市更新'],
  },
  {
    name: '交通运输局',
    province: '交通运输厅',
    weight: 1.5,
    topics: ['公路建设', '道路运输', '农村公路', '公交服务', '交通执法'],
  },
  {
    name: '水利局',
    province: '水利厅',
    weight: 1.2,
    topics: ['河湖长制', '防汛抗旱', '水资源管理', '农田水利', '饮水安全'],
  },
  {
    name: '农业农村局',
    province: '农业农村厅',
    weight: 1.5,
    topics: ['高标准农田', '农产品质量安全', '强农惠农政策', '动物防疫', '乡村建设'],
  },
  {
    name: '商务局',
    province: '商务厅',
    weight: 1,
    topics: ['招商引资', '外贸外资', '消费促进', '电子商务', '市场保供'],
  },
  {
    name: '文化和旅游局',
    province: '文化和旅游厅',
    weight: 1,
    topics: ['文物保护', '公共文化服务', '旅游市场', '非物质文化遗产', '演出管理'],
  },
  {
    name: '卫生健康委员会',
    weight: 1.5,
    topics: ['医疗机构监管', '疾病预防控制', '妇幼健康', '家庭医生签约', '卫生监督'],
  },
  {
    name: '退役军人事务局',
    province: '退役军人事务厅',
    weight: 1,
    topics: ['优抚安置', '退役军人就业', '双拥工作', '烈士褒扬', '权益维护'],
  },
  {
    name: '应急管理局',
    province: '应急管理厅',
    weight: 1.2,
    topics: ['安全生产', '应急救援', '防灾减灾', '危险化学品监管', '消防安全'],
  },
  {
    name: '审计局',
    province: '审计厅',
    weight: 1,
    topics: ['审计结果公告', '经济责任审计', '审计整改', '专项资金审计', '政府投资审计'],
  },
  {
    name: '市场监督管理局',
    weight: 1.5,
    topics: ['市场主体登记', '食品安全抽检', '药品监管', '特种设备', '价格监督检查'],
  },
  { name: '统计局', weight: 0.8, topics: ['统计公报', '经济普查', '统计数据发布', '统计执法', '农业普查'] },
  {
    name: '医疗保障局',
    weight: 1,
    topics: ['医保基金监管', '医保待遇', '药品集中采购', '异地就医', '门诊统筹'],
  },
  {
    name: '林业和草原局',
    weight: 0.8,
    topics: ['森林防火', '林长制', '国土绿化', '草原保护', '野生动物保护'],
  },
  {
    name: '民政局',
    province: '民政厅',
    weight: 1.5,
    topics: ['社会救助', '养老服务', '婚姻登记', '殡葬管理', '社会组织管理'],
  },
  {
    name: '科学技术局',
    province: '科学技术厅',
    weight: 0.8,
    topics: ['科技项目', '高新技术企业', '科技特派员', '创新平台', '科普活动'],
  },
  {
    name: '工业和信息化局',
    province: '工业和信息化厅',
    weight: 1,
    topics: ['工业经济运行', '中小企业服务', '技术改造', '数字经济', '节能降耗'],
  },
  { name: '城市管理局', weight: 0.8, topics: ['市容环境', '城市照明', '垃圾分类', '占道经营', '园林绿化'] },
  {
    name: '信访局',
    weight: 0.6,
    topics: ['信访事项办理', '领导接访', '矛盾纠纷化解', '网上信访', '信访督查'],
  },
  {
    name: '体育局',
    province: '体育局',
    weight: 0.6,
    topics: ['全民健身', '体育赛事', '体育场馆开放', '青少年体育', '体育彩票'],
  },
  {
    name: '民族宗教事务局',
    province: '民族宗教事务委员会',
    weight: 0.5,
    topics: ['民族团结进步', '宗教事务管理', '少数民族发展', '宗教活动场所', '民族政策宣传'],
  },
  {
    name: '乡村振兴局',
    weight: 0.6,
    topics: ['防止返贫监测', '衔接资金', '帮扶产业', '驻村帮扶', '脱贫人口就业'],
  },
  {
    name: '行政审批服务局',
    weight: 0.8,
    topics: ['一网通办', '政务服务事项', '帮办代办', '告知承诺制', '证照办理'],
  },
  {
    name: '人民防空办公室',
    weight: 0.4,
    topics: ['人防工程', '防空警报试鸣', '人防宣传教育', '人防执法', '疏散基地'],
  },
  { name: '档案馆', weight: 0.5, topics: ['档案开放', '档案利用', '档案数字化', '档案安全', '史志编纂'] },
  {
    name: '机关事务管理局',
    weight: 0.4,
    topics: ['公务用车', '公共机构节能', '办公用房', '机关后勤', '会议服务'],
  },
  {
    name: '国有资产监督管理委员会',
    weight: 0.5,
    topics: ['国企改革', '国有资产监管', '企业负责人薪酬', '国企信息公开', '国有资本经营预算'],
  },
  {
    name: '粮食和物资储备局',
    weight: 0.4,
    topics: ['粮食收购', '储备粮管理', '应急物资储备', '粮食安全', '粮食流通监管'],
  },
  {
    name: '地方金融管理局',
    weight: 0.4,
    topics: ['小额贷款公司监管', '防范非法集资', '金融风险处置', '融资担保', '金融服务'],
  },
  {
    name: '数据局',
    weight: 0.4,
    topics: ['政务数据共享', '公共数据开放', '数字政府建设', '数据安全', '一体化平台'],
  },
  {
    name: '投资促进局',
    weight: 0.3,
    topics: ['项目签约', '招商推介', '营商环境', '投资服务', '重点项目跟踪'],
  },
];

/** The kind's name at a level: provinces say 厅 where cities and counties say 局. */
export function kindName(kind: Kind, level: 'province' | 'city' | 'county'): string {
  return level === 'province' ? (kind.province ?? kind.name) : kind.name;
}
