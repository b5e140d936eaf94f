package fazhi.review.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** LR-06 asks whether a document is provisional (暂行/试行): its title says so, or the clerk marks it. */
class ProvisionalDocumentTest {

    @ParameterizedTest
    @ValueSource(strings = {"锦和镇人民政府合同管理办法(试行)", "锦和镇村级财务管理暂行办法", "关于试行网格化管理的规定"})
    void a_title_with_zanxing_or_shixing_makes_the_document_provisional(String title) {
        assertThat(new DocumentDraft(title, "锦和镇人民政府", false).provisional()).isTrue();
    }

    @Test
    void a_title_without_them_leaves_the_document_not_provisional() {
        assertThat(new DocumentDraft("锦和镇人民政府重大行政决策合法性审查工作制度", "锦和镇人民政府", false).provisional())
                .isFalse();
    }

    @Test
    void the_clerk_marks_a_document_provisional_whose_title_does_not_say_so() {
        assertThat(new DocumentDraft("锦和镇农村建房管理规定", "锦和镇人民政府", true).provisional()).isTrue();
    }
}
