package fazhi.enforcement.model;

import fazhi.shared.model.Township;

/** The township's short name in document numbers (文号): 锦和镇 → 锦和. */
final class DocumentNumbers {

    private DocumentNumbers() {
    }

    static String shortName(Township township) {
        String name = township.nameZh().strip();
        for (String suffix : new String[]{"街道办事处", "街道", "镇", "乡"}) {
            if (name.length() > suffix.length() && name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
