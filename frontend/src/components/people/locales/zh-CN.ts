/** Texts of the select that offers a township's people (namespace `people`). */
export const people = {
  placeholder: '请选择',
  loading: '正在读取本镇人员…',
  none: '本镇没有具有该角色的人员',
  unavailable: '人员名单暂时读取不到，请直接输入用户名',
};
