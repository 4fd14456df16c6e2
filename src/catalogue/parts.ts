/** The six numbered parts of every report, in order, with the official titles. */
export const reportParts = [
  { number: 1, numeral: '一', title: '总体情况', kind: 'prose' },
  { number: 2, numeral: '二', title: '主动公开政府信息情况', kind: 'table' },
  { number: 3, numeral: '三', title: '收到和处理政府信息公开申请情况', kind: 'table' },
  { number: 4, numeral: '四', title: '政府信息公开行政复议、行政诉讼情况', kind: 'table' },
  { number: 5, numeral: '五', title: '存在的主要问题及改进情况', kind: 'prose' },
  { number: 6, numeral: '六', title: '其他需要报告的事项', kind: 'prose' },
] as const;

export type ReportPart = (typeof reportParts)[number];
