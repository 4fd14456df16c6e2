import type { ColumnDef, GroupDef, RowDef } from './types.ts';

/** Table 三 — 收到和处理政府信息公开申请情况: who applied, in the order the form prints them. */
export const table3Columns = [
  { key: 'natural', label: '自然人' },
  { key: 'commercial', label: '商业企业', group: '法人或其他组织' },
  { key: 'research', label: '科研机构', group: '法人或其他组织' },
  { key: 'publicInterest', label: '社会公益组织', group: '法人或其他组织' },
  { key: 'legalService', label: '法律服务机构', group: '法人或其他组织' },
  { key: 'other', label: '其他', group: '法人或其他组织' },
  { key: 'total', label: '总计' },
] as const satisfies readonly ColumnDef[];

export type Table3ColumnKey = (typeof table3Columns)[number]['key'];

/** The six applicant columns whose sum is 总计. */
export const table3ApplicantColumns = table3Columns.filter((c) => c.key !== 'total');

/** Heading rows of table 三 (2021 format) that hold no numbers. */
export const table3Groups = [
  { key: 'outcomes', marker: '三、', label: '本年度办理结果' },
  { key: 'denied', marker: '（三）', label: '不予公开', parent: 'outcomes' },
  { key: 'unavailable', marker: '（四）', label: '无法提供', parent: 'outcomes' },
  { key: 'notProcessed', marker: '（五）', label: '不予处理', parent: 'outcomes' },
  { key: 'otherHandling', marker: '（六）', label: '其他处理', parent: 'outcomes' },
] as const satisfies readonly GroupDef[];

/** The 25 data rows of table 三 in the 2021 format (国办公开办函〔2021〕30号). */
export const table3Rows = [
  { key: 'newReceived', marker: '一、', label: '本年新收政府信息公开申请数量' },
  { key: 'carriedOver', marker: '二、', label: '上年结转政府信息公开申请数量' },
  { key: 'granted', marker: '（一）', label: '予以公开', parent: 'outcomes' },
  {
    key: 'partiallyGranted',
    marker: '（二）',
    label: '部分公开（区分处理的，只计这一情形，不计其他情形）',
    parent: 'outcomes',
    aliases: ['部分公开'],
  },
  { key: 'deniedStateSecret', marker: '1.', label: '属于国家秘密', parent: 'denied' },
  {
    key: 'deniedProhibitedByLaw',
    marker: '2.',
    label: '其他法律行政法规禁止公开',
    parent: 'denied',
    aliases: ['其他法律法规禁止公开'],
  },
  { key: 'deniedThreeSecurities', marker: '3.', label: '危及“三安全一稳定”', parent: 'denied' },
  { key: 'deniedThirdParty', marker: '4.', label: '保护第三方合法权益', parent: 'denied' },
  { key: 'deniedInternalAffairs', marker: '5.', label: '属于三类内部事务信息', parent: 'denied' },
  { key: 'deniedProcessInfo', marker: '6.', label: '属于四类过程性信息', parent: 'denied' },
  { key: 'deniedEnforcementFiles', marker: '7.', label: '属于行政执法案卷', parent: 'denied' },
  { key: 'deniedInquiry', marker: '8.', label: '属于行政查询事项', parent: 'denied' },
  { key: 'unavailableNotHeld', marker: '1.', label: '本机关不掌握相关政府信息', parent: 'unavailable' },
  { key: 'unavailableNeedsCreation', marker: '2.', label: '没有现成信息需要另行制作', parent: 'unavailable' },
  { key: 'unavailableUnclear', marker: '3.', label: '补正后申请内容仍不明确', parent: 'unavailable' },
  { key: 'notProcessedComplaint', marker: '1.', label: '信访举报投诉类申请', parent: 'notProcessed' },
  { key: 'notProcessedRepeated', marker: '2.', label: '重复申请', parent: 'notProcessed' },
  { key: 'notProcessedPublication', marker: '3.', label: '要求提供公开出版物', parent: 'notProcessed' },
  { key: 'notProcessedMassive', marker: '4.', label: '无正当理由大量反复申请', parent: 'notProcessed' },
  {
    key: 'notProcessedConfirmation',
    marker: '5.',
    label: '要求行政机关确认或重新出具已获取信息',
    parent: 'notProcessed',
  },
  {
    key: 'otherNoCorrection',
    marker: '1.',
    label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    parent: 'otherHandling',
  },
  {
    key: 'otherUnpaidFee',
    marker: '2.',
    label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    parent: 'otherHandling',
  },
  { key: 'otherOther', marker: '3.', label: '其他', parent: 'otherHandling' },
  { key: 'outcomeTotal', marker: '（七）', label: '总计', parent: 'outcomes' },
  { key: 'carriedForward', marker: '四、', label: '结转下年度继续办理' },
] as const satisfies readonly RowDef[];

export type Table3RowKey = (typeof table3Rows)[number]['key'];

/** The outcome rows whose sum the form's （七）总计 must equal. */
export const table3OutcomeRows = table3Rows.filter((r) => 'parent' in r && r.key !== 'outcomeTotal');
