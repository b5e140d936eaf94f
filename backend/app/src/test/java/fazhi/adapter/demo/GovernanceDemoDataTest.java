package fazhi.adapter.demo;

import fazhi.testing.Sql;
import fazhi.testing.TestTownships;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The governance demo of Jinhe 2025 loads through the rules on its 2025 dates, once. */
@QuarkusTest
class GovernanceDemoDataTest {

    @Inject
    GovernanceDemoData demo;
    @Inject
    TestTownships townships;
    @Inject
    Sql sql;

    long count(String sql, Object... parameters) {
        return this.sql.count(sql, parameters);
    }

    @Test
    void jinhe_2025_has_its_documents_clean_up_decisions_and_adviser_and_a_second_load_adds_nothing() {
        // given
        townships.ensure();

        // when
        QuarkusTransaction.requiringNew().run(demo::load);
        long documents = count("select count(*) from normative_documents where township = 'jinhe'");
        QuarkusTransaction.requiringNew().run(demo::load);

        // then: the seed's two documents, issued in 2025, each with a passed review
        assertThat(count("select count(*) from normative_documents where township = 'jinhe'")).isEqualTo(documents);
        assertThat(count("select count(*) from normative_documents d join legality_reviews r "
                + "on r.subject_type = 'NORMATIVE_DOCUMENT' and r.subject_ref = d.id "
                + "where d.township = 'jinhe' and d.issued_on between '2025-01-01' and '2025-12-31' "
                + "and r.status in ('APPROVED', 'APPROVED_WITH_CHANGES') and d.number like '锦政发〔2025〕%'"))
                .isEqualTo(2);
        assertThat(count("select count(*) from normative_documents where number = '锦政发〔2025〕3号' "
                + "and title = '锦和镇人民政府合同管理办法(试行)' and provisional and valid_until = '2027-03-31'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from normative_documents where number = '锦政发〔2025〕7号' "
                + "and title = '锦和镇人民政府重大行政决策合法性审查工作制度' and valid_until = '2030-05-07'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from legality_review_rounds r join normative_documents d "
                + "on d.id = (select subject_ref from legality_reviews v where v.id = r.review_id) "
                + "where d.number like '锦政发〔2025〕%' and r.submitted_by = 'staff' and r.decided_by = 'reviewer'"))
                .isEqualTo(2);
        // the clean-up repealed two older documents
        assertThat(count("select count(*) from normative_document_clean_ups where township = 'jinhe' "
                + "and status = 'CLOSED' and held_on between '2025-01-01' and '2025-12-31'")).isEqualTo(1);
        assertThat(count("select count(*) from normative_documents where township = 'jinhe' and status = 'REPEALED' "
                + "and repealed_in_clean_up is not null and repealed_on = '2025-06-20'")).isEqualTo(2);
        // three decisions of the 2025 catalogue, one adopted and published
        assertThat(count("select count(*) from major_decisions where township = 'jinhe' and catalogue_year = 2025 "
                + "and catalogue_number in (1, 2, 3) and created_by = 'staff'")).isEqualTo(3);
        assertThat(count("select count(*) from major_decisions where township = 'jinhe' and catalogue_number = 1 "
                + "and catalogue_year = 2025 and status = 'PUBLISHED' and adopted_on = '2025-04-15'")).isEqualTo(1);
        // one legal adviser engaged for 2025, with consultations
        assertThat(count("select count(*) from legal_advisers where township = 'jinhe' and name = '向明远' "
                + "and law_firm = '湖南芙蓉律师事务所' and engaged_from <= '2025-12-31' and engaged_until >= '2025-01-01'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from legal_adviser_consultations c join legal_advisers a "
                + "on a.id = c.adviser_id where a.name = '向明远' and year(c.consulted_on) = 2025"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from legal_advisers where name = '向芮'")).isZero();
    }
}
