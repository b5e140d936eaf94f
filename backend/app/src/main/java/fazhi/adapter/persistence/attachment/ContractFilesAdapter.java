package fazhi.adapter.persistence.attachment;

import fazhi.contract.port.out.ContractFiles;
import fazhi.shared.model.TownshipCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Set;

/** The ids of a contract's files, from the attachments' records (one indexed read by record). */
@ApplicationScoped
public class ContractFilesAdapter implements ContractFiles {

    static final String CONTRACT = "contract";

    private final EntityManager em;

    public ContractFilesAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> of(TownshipCode township, String contractId) {
        return Set.copyOf(em.createQuery("select id from AttachmentEntity where township = :township"
                        + " and recordType = :type and recordId = :record", String.class)
                .setParameter("township", township.value()).setParameter("type", CONTRACT)
                .setParameter("record", contractId).getResultList());
    }
}
