package fazhi.adapter.persistence.attachment;

import fazhi.enforcement.port.out.CaseFiles;
import fazhi.shared.model.TownshipCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Set;

/** The ids of a case's files, from the attachments' records (one indexed read by record). */
@ApplicationScoped
public class CaseFilesAdapter implements CaseFiles {

    static final String CASE = "enforcement-case";

    private final EntityManager em;

    public CaseFilesAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> of(TownshipCode township, String caseId) {
        return Set.copyOf(em.createQuery("select id from AttachmentEntity where township = :township"
                        + " and recordType = :type and recordId = :record", String.class)
                .setParameter("township", township.value()).setParameter("type", CASE)
                .setParameter("record", caseId).getResultList());
    }
}
