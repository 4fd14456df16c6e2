/**
 * 术语解释: the terms the report forms print without explaining them, each defined once with a short
 * plain explanation. Which rows and columns a term explains is not listed here: any label of the
 * catalogue that contains the term (or one of its other wordings) gets its explanation (see
 * termMatches.ts), so a label added to the catalogue is explained without touching this file.
 *
 * The explanations follow 《中华人民共和国政府信息公开条例》（2019 年修订, “《条例》”) and the notes of the
 * forms (国办公开办函〔2021〕30号, 〔2019〕60号). They help a reader understand a table; they are not
 * legal interpretations. An article is cited only where the wording comes from it.
 */

/** One term of the forms, with what it means. */
export interface Term {
  /** Stable ASCII key; the glossary page's anchor for the term is `term-<key>`. */
  readonly key: string;
  /** The term as the form prints it. */
  readonly term: string;
  /** Other printed wordings of the same term, e.g. the 2019 form's 规范性文件. */
  readonly aliases?: readonly string[];
  /** One or two plain sentences. */
  readonly explanation: string;
  /** Where the explanation comes from, e.g. 《条例》第十四条; left out when it is the form alone. */
  readonly basis?: string;
}

/** Every term, in the order the forms print them: table 二, then 三, then 四. */
export const terms = [
  // 表二 主动公开政府信息情况
  {
    key: 'article20',
    term: '第二十条',
    explanation:
      '《条例》第二十条列出行政机关应当主动公开的政府信息。表二按其中几项统计：第（一）项规章和规范性文件，第（五）项行政许可，第（六）项行政处罚和行政强制，第（八）项行政事业性收费；2019 年版表格还有第（九）项政府集中采购。',
    basis: '《条例》第二十条',
  },
  {
    key: 'rules',
    term: '规章',
    explanation:
      '国务院各部门和省、自治区、直辖市以及设区的市、自治州的人民政府，依照《立法法》在自己的权限内制定的规定，以部门令或政府令公布。',
    basis: '《中华人民共和国立法法》',
  },
  {
    key: 'normativeDocuments',
    term: '行政规范性文件',
    aliases: ['规范性文件'],
    explanation:
      '规章以外，行政机关依照法定权限和程序制定并公开发布、涉及公民、法人和其他组织权利义务、具有普遍约束力、在一定期限内反复适用的公文。2019 年版表格称“规范性文件”。',
    basis: '国办发〔2018〕37号',
  },
  {
    key: 'inForce',
    term: '现行有效件数',
    explanation: '截至本年年底仍然有效的件数：包括以前年度制发、尚未废止或失效的文件，不只是本年制发的。',
  },
  {
    key: 'change',
    term: '本年增/减',
    explanation: '2019 年版表格中，本年项目数量比上一年的变化：增加为正数，减少用负数表示（如 -8）。',
    basis: '国办公开办函〔2019〕60号',
  },
  {
    key: 'licensing',
    term: '行政许可',
    explanation:
      '行政机关根据公民、法人或者其他组织的申请，经依法审查，准予其从事特定活动的行为，如发放许可证、执照。',
    basis: '《中华人民共和国行政许可法》第二条',
  },
  {
    key: 'otherServices',
    term: '其他对外管理服务事项',
    explanation:
      '2019 年版表格中，行政许可以外、行政机关对外办理的其他管理和服务事项；《条例》要求公开其依据、条件、程序和办理结果。',
    basis: '《条例》第二十条第（五）项',
  },
  {
    key: 'penalties',
    term: '行政处罚',
    explanation:
      '行政机关依法对违反行政管理秩序的公民、法人或者其他组织，以减损权益或者增加义务的方式予以惩戒的行为，如警告、罚款、吊销许可证件。',
    basis: '《中华人民共和国行政处罚法》第二条',
  },
  {
    key: 'coercion',
    term: '行政强制',
    explanation:
      '包括行政强制措施（为制止违法、防止证据损毁等，暂时限制人身自由或暂时控制财物，如查封、扣押）和行政强制执行（对不履行行政决定的，依法强制其履行义务）。',
    basis: '《中华人民共和国行政强制法》第二条',
  },
  {
    key: 'fees',
    term: '行政事业性收费',
    explanation:
      '国家机关、事业单位等依法实施社会公共管理，或向公民、法人和其他组织提供特定公共服务时，按规定收取的费用。2021 年版表格填本年收费金额（万元），2019 年版填收费项目数量。',
  },
  {
    key: 'procurement',
    term: '政府集中采购',
    explanation:
      '2019 年版表格中，国家机关、事业单位和团体组织使用财政性资金，采购纳入集中采购目录的货物、工程和服务；表中填采购项目数量和采购总金额。',
    basis: '《中华人民共和国政府采购法》',
  },

  // 表三 收到和处理政府信息公开申请情况
  {
    key: 'naturalPersons',
    term: '自然人',
    explanation: '以个人身份提出申请的公民。',
  },
  {
    key: 'organisations',
    term: '法人或其他组织',
    explanation:
      '以单位名义提出申请的申请人。表中再分为商业企业、科研机构、社会公益组织、法律服务机构和其他五列。',
    basis: '《条例》第二十七条',
  },
  {
    key: 'commercial',
    term: '商业企业',
    explanation: '以营利为目的从事生产经营的企业，如各类公司。',
  },
  {
    key: 'research',
    term: '科研机构',
    explanation: '从事科学研究的单位，如研究院、研究所。',
  },
  {
    key: 'publicInterest',
    term: '社会公益组织',
    explanation: '不以营利为目的、从事公益事业的社会组织，如基金会和公益性的社会团体。',
  },
  {
    key: 'legalService',
    term: '法律服务机构',
    explanation: '提供法律服务的机构，如律师事务所、公证机构、基层法律服务所。',
  },
  {
    key: 'carryOver',
    term: '结转',
    explanation:
      '“上年结转”是上一年收到、到年底尚未办结、转入本年继续办理的申请；“结转下年度继续办理”是本年收到、到年底尚未办结、转入下一年的申请。本年的上年结转应等于同一机关上一年报告的结转下年度数。',
  },
  {
    key: 'granted',
    term: '予以公开',
    explanation: '所申请的信息全部公开：向申请人提供该信息，或告知已主动公开的信息在哪里、怎样获取。',
    basis: '《条例》第三十六条第（一）（二）项',
  },
  {
    key: 'partiallyGranted',
    term: '部分公开',
    explanation:
      '所申请的信息中有不应当公开的内容、但能够区分处理的，只提供可以公开的部分，并说明其余部分不公开的理由。作了区分处理的申请只计入这一行，不再计入其他情形。',
    basis: '《条例》第三十七条',
  },
  {
    key: 'denied',
    term: '不予公开',
    explanation: '依照《条例》规定不能公开，告知申请人不予公开并说明理由。表中按理由分为八种情形。',
    basis: '《条例》第十四条至第十六条、第三十六条第（三）项',
  },
  {
    key: 'stateSecret',
    term: '国家秘密',
    explanation: '依法确定为国家秘密的政府信息，不予公开。',
    basis: '《条例》第十四条',
  },
  {
    key: 'prohibitedByLaw',
    term: '法律行政法规禁止公开',
    explanation: '国家秘密以外，法律、行政法规禁止公开的政府信息，不予公开。',
    basis: '《条例》第十四条',
  },
  {
    key: 'threeSecurities',
    term: '三安全一稳定',
    explanation:
      '“三安全”指国家安全、公共安全、经济安全，“一稳定”指社会稳定。公开后可能危及其中任何一项的政府信息，不予公开。',
    basis: '《条例》第十四条',
  },
  {
    key: 'thirdParty',
    term: '第三方合法权益',
    explanation:
      '涉及商业秘密、个人隐私等，公开会损害第三方合法权益的信息，不得公开；但第三方同意公开，或者行政机关认为不公开会对公共利益造成重大影响的，予以公开。',
    basis: '《条例》第十五条',
  },
  {
    key: 'internalAffairs',
    term: '三类内部事务信息',
    explanation:
      '行政机关人事管理、后勤管理、内部工作流程三方面的信息，可以不予公开；法律、法规、规章规定应当公开的除外。',
    basis: '《条例》第十六条',
  },
  {
    key: 'processInfo',
    term: '四类过程性信息',
    explanation:
      '行政机关履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告四类信息，可以不予公开；法律、法规、规章规定应当公开的除外。',
    basis: '《条例》第十六条',
  },
  {
    key: 'enforcementFiles',
    term: '行政执法案卷',
    explanation: '行政机关在行政执法中形成的案卷信息，可以不予公开；法律、法规、规章规定应当公开的除外。',
    basis: '《条例》第十六条',
  },
  {
    key: 'inquiry',
    term: '行政查询事项',
    explanation:
      '工商登记、不动产登记资料等，有关法律、行政法规对获取另有特别规定的信息：行政机关告知申请人依照那些规定办理（查询），不按政府信息公开申请提供。',
    basis: '《条例》第三十六条第（七）项',
  },
  {
    key: 'unavailable',
    term: '无法提供',
    explanation:
      '行政机关没有可以提供的信息：本机关不掌握、没有现成信息需要另行制作，或者补正后申请内容仍不明确。',
  },
  {
    key: 'notHeld',
    term: '本机关不掌握相关政府信息',
    explanation:
      '经检索没有所申请的信息，或者该信息不归本机关负责公开；行政机关告知申请人，能确定负责公开的机关的，告知其名称和联系方式。',
    basis: '《条例》第三十六条第（四）（五）项',
  },
  {
    key: 'needsCreation',
    term: '没有现成信息需要另行制作',
    explanation:
      '行政机关提供的是已经制作或者获取的政府信息；需要对现有信息进行加工、分析才能得到的，可以不予提供。',
    basis: '《条例》第三十八条',
  },
  {
    key: 'unclear',
    term: '补正后申请内容仍不明确',
    explanation:
      '申请内容不明确的，行政机关应当给予指导和释明，并一次性告知申请人补正；补正后仍无法确定要的是什么信息的情形。',
  },
  {
    key: 'notProcessed',
    term: '不予处理',
    explanation:
      '申请不属于、或者不需要作为政府信息公开申请处理，行政机关告知申请人不予处理。表中分为五种情形。',
  },
  {
    key: 'complaint',
    term: '信访举报投诉类申请',
    explanation:
      '以政府信息公开申请的形式进行信访、投诉、举报等活动的，行政机关告知不作为政府信息公开申请处理，并可以告知通过相应渠道提出。',
    basis: '《条例》第三十九条',
  },
  {
    key: 'repeated',
    term: '重复申请',
    explanation: '行政机关已就申请作出答复，申请人又申请公开相同的政府信息的，告知不予重复处理。',
    basis: '《条例》第三十六条第（六）项',
  },
  {
    key: 'publication',
    term: '公开出版物',
    explanation: '要求行政机关提供政府公报、报刊、书籍等公开出版物的，行政机关可以告知获取的途径。',
    basis: '《条例》第三十九条',
  },
  {
    key: 'massive',
    term: '无正当理由大量反复申请',
    explanation:
      '申请公开政府信息的数量、频次明显超过合理范围，行政机关要求申请人说明理由后，认为理由不合理的，告知不予处理。',
    basis: '《条例》第三十五条',
  },
  {
    key: 'confirmation',
    term: '确认或重新出具已获取信息',
    explanation:
      '申请人要求行政机关确认已经取得的信息，或者重新出具一份；这不是获取新的政府信息，不作为政府信息公开申请处理。',
  },
  {
    key: 'otherHandling',
    term: '其他处理',
    explanation:
      '以上情形以外，行政机关不再处理或以其他方式处理的申请。2021 年版表格分为申请人逾期不补正、逾期未缴纳费用和其他三行，2019 年版只有一行。',
  },
  {
    key: 'noCorrection',
    term: '逾期不补正',
    explanation:
      '行政机关告知申请人补正申请内容后，申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理。',
  },
  {
    key: 'feeNotice',
    term: '收费通知',
    explanation:
      '申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以收取信息处理费并发出收费通知；申请人逾期未缴纳的，行政机关不再处理该申请。',
    basis: '《条例》第四十二条，《政府信息公开信息处理费管理办法》',
  },

  // 表四 政府信息公开行政复议、行政诉讼情况
  {
    key: 'reconsideration',
    term: '行政复议',
    explanation:
      '认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向复议机关申请复查，由复议机关作出决定。',
    basis: '《条例》第五十一条',
  },
  {
    key: 'litigation',
    term: '行政诉讼',
    explanation:
      '认为行政机关在政府信息公开工作中侵犯其合法权益的，向人民法院起诉。表中分为未经复议直接起诉和经过行政复议后再起诉两类。',
    basis: '《条例》第五十一条',
  },
  {
    key: 'upheld',
    term: '结果维持',
    explanation: '复议机关或人民法院认可行政机关原来的做法，维持原行为。',
  },
  {
    key: 'corrected',
    term: '结果纠正',
    explanation:
      '复议机关或人民法院认为行政机关的做法有误，予以纠正，如撤销或变更原行为、确认违法、责令重新答复。',
  },
  {
    key: 'otherResult',
    term: '其他结果',
    explanation: '维持、纠正以外的结果，如申请人撤回复议申请或起诉、案件终止、驳回起诉。',
  },
  {
    key: 'pending',
    term: '尚未审结',
    explanation: '到本年年底，复议机关还没有作出决定、或者人民法院还没有作出裁判的案件。',
  },
] as const satisfies readonly Term[];

/** The glossary page's anchor for a term, e.g. `term-threeSecurities`. */
export function termAnchor(term: Pick<Term, 'key'>): string {
  return `term-${term.key}`;
}

/**
 * Every wording of every term, as the forms print them: the search index lists each as a word of
 * its own (utils/searchWholeTerms.ts), since the form's terms are on nearly every report.
 */
export const termWordings: readonly string[] = (terms as readonly Term[]).flatMap((t) => [
  t.term,
  ...(t.aliases ?? []),
]);
