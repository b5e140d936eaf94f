/** Texts of the public list of normative documents (namespace `publicDocuments`). */
export const publicDocuments = {
  title: '现行有效规范性文件目录',
  subTitle: '依法公开的现行有效规范性文件，每份文件均经合法性审查后印发',
  columns: {
    number: '文号',
    title: '文件名称',
    issuer: '制定机关',
    issuedOn: '印发日期',
    effectiveOn: '施行日期',
    validUntil: '有效期至',
  },
  provisional: '暂行/试行',
  empty: '暂无现行有效的规范性文件',
  total: '共 {{total}} 件',
} as const;
