package fazhi.adapter.persistence.attachment;

import fazhi.shared.model.TownshipCode;
import fazhi.training.port.out.SessionFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** The ids of a session's files (minutes, photos), from the attachments' records. */
@ApplicationScoped
public class SessionFilesAdapter implements SessionFiles {

    static final String SESSION = "training-session";

    private final EntityManager em;

    public SessionFilesAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> of(TownshipCode township, String sessionId) {
        return em.createQuery("select id from AttachmentEntity where township = :township"
                        + " and recordType = :type and recordId = :record order by id", String.class)
                .setParameter("township", township.value()).setParameter("type", SESSION)
                .setParameter("record", sessionId).getResultList();
    }
}
