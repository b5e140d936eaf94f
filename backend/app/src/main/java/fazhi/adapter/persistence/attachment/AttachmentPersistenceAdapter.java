package fazhi.adapter.persistence.attachment;

import fazhi.attachment.model.Attachment;
import fazhi.attachment.model.AttachmentKind;
import fazhi.attachment.port.out.AttachmentRepository;
import fazhi.shared.model.FileType;
import fazhi.shared.model.TownshipCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AttachmentPersistenceAdapter implements AttachmentRepository {

    private final EntityManager em;

    public AttachmentPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(Attachment a) {
        AttachmentEntity e = new AttachmentEntity();
        e.id = a.id();
        e.township = a.township().value();
        e.recordType = a.recordType();
        e.recordId = a.recordId();
        e.kind = a.kind().name();
        e.fileName = a.fileName();
        e.fileType = a.type().name();
        e.sizeBytes = a.size();
        e.sha256 = a.sha256();
        e.uploadedBy = a.uploadedBy();
        e.uploadedAt = a.uploadedAt();
        em.persist(e);
    }

    @Override
    public Optional<Attachment> find(TownshipCode township, String id) {
        return em.createQuery("from AttachmentEntity where id = :id and township = :township", AttachmentEntity.class)
                .setParameter("id", id).setParameter("township", township.value()).getResultStream().findFirst()
                .map(AttachmentPersistenceAdapter::toDomain);
    }

    /** A record's files are a handful: read in the index (township, record_type, record_id, uploaded_at, id). */
    @Override
    public List<Attachment> of(TownshipCode township, String recordType, String recordId) {
        return em.createQuery("from AttachmentEntity where township = :township and recordType = :type"
                        + " and recordId = :record order by uploadedAt, id", AttachmentEntity.class)
                .setParameter("township", township.value()).setParameter("type", recordType)
                .setParameter("record", recordId).setMaxResults(500).getResultList().stream()
                .map(AttachmentPersistenceAdapter::toDomain).toList();
    }

    @Override
    public void delete(String id) {
        em.createQuery("delete from AttachmentEntity where id = :id").setParameter("id", id).executeUpdate();
    }

    private static Attachment toDomain(AttachmentEntity e) {
        return new Attachment(e.id, TownshipCode.of(e.township), e.recordType, e.recordId,
                AttachmentKind.valueOf(e.kind), e.fileName, FileType.valueOf(e.fileType), e.sizeBytes, e.sha256,
                e.uploadedBy, e.uploadedAt);
    }
}
