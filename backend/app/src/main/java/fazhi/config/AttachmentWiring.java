package fazhi.config;

import fazhi.attachment.port.in.KeepingAttachments;
import fazhi.attachment.port.out.AttachmentRepository;
import fazhi.attachment.port.out.AttachmentStore;
import fazhi.attachment.service.AttachmentService;
import fazhi.shared.port.in.SettingsOfTownships;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.port.out.RecordDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Attachments as a CDI bean: rows in the database, bytes in the attachment store. */
@ApplicationScoped
public class AttachmentWiring {

    @Produces
    @ApplicationScoped
    KeepingAttachments keepingAttachments(AttachmentRepository attachments, AttachmentStore store,
                                          RecordDirectory records, SettingsOfTownships settings, Townships townships,
                                          AuditLog auditLog, Clock clock) {
        return new AttachmentService(attachments, store, records, settings, townships, auditLog, clock);
    }
}
