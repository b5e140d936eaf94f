package fazhi.attachment.service;

import fazhi.attachment.model.Attachment;
import fazhi.attachment.model.AttachmentInUse;
import fazhi.attachment.model.Verification;
import fazhi.attachment.port.in.KeepingAttachments;
import fazhi.attachment.port.out.AttachmentRepository;
import fazhi.attachment.port.out.AttachmentStore;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.Change;
import fazhi.shared.model.FileType;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RecordClosed;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.Role;
import fazhi.shared.model.SettingValues;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.port.in.SettingsOfTownships;
import fazhi.shared.port.in.Townships;
import fazhi.shared.port.out.AuditLog;
import fazhi.shared.port.out.Clock;
import fazhi.shared.port.out.RecordDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Files of a township's records. A file's type is told from its bytes and must be one the township allows, its
 * size within the township's limit (settings); the record must be one the township holds. The upload and the
 * removal are audited on the record they belong to, with the file's SHA-256, size and type, so that the chain
 * also proves a file did not change.
 */
public final class AttachmentService implements KeepingAttachments {

    static final String RECORD_TYPE = "attachment";
    /** Every role of a township reads a record's files. */
    static final Role[] READERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER, Role.AUDITOR,
            Role.COUNTY_SYSTEM, Role.ADMIN};
    /** Those who work the records add files to them. */
    static final Role[] UPLOADERS = {Role.STAFF, Role.OFFICER, Role.LEGAL_REVIEWER, Role.LEADER};

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final RecordDirectory records;
    private final SettingsOfTownships settings;
    private final Townships townships;
    private final AuditLog auditLog;
    private final Clock clock;

    public AttachmentService(AttachmentRepository attachments, AttachmentStore store, RecordDirectory records,
                             SettingsOfTownships settings, Townships townships, AuditLog auditLog, Clock clock) {
        this.attachments = attachments;
        this.store = store;
        this.records = records;
        this.settings = settings;
        this.townships = townships;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Attachment upload(Actor actor, TownshipCode township, Upload upload) {
        townships.get(actor, township);
        actor.requireRole(UPLOADERS);
        String fileName = fileName(upload.fileName());
        requireRecord(township, upload);
        SettingValues limits = settings.of(township);
        if (upload.size() <= 0) {
            throw new InvalidInput("file", "attachment.empty");
        }
        if (upload.size() > limits.attachmentMaxBytes()) {
            throw new InvalidInput("file", "attachment.tooLarge", limits.attachmentMaxMegabytes());
        }
        FileType type = typeOf(upload).filter(limits.attachmentTypes()::contains).orElseThrow(() ->
                new InvalidInput("file", "attachment.type", limits.attachmentTypes().stream().map(Enum::name)
                        .collect(Collectors.joining("、"))));
        AttachmentStore.Stored stored;
        try (InputStream content = upload.content().get()) {
            stored = store.store(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Attachment attachment = new Attachment(UUID.randomUUID().toString(), township, upload.recordType(),
                upload.recordId(), upload.kind(), fileName, type, stored.size(), stored.sha256(), actor.username(),
                clock.now());
        attachments.save(attachment);
        audit(actor, attachment, "attachment.uploaded", true);
        return attachment;
    }

    @Override
    public List<Attachment> of(Actor actor, TownshipCode township, String recordType, String recordId) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        if (recordType == null || !records.knows(recordType)) {
            throw new InvalidInput("recordType", "attachment.recordType.unknown");
        }
        if (recordId == null || recordId.isBlank()) {
            throw new InvalidInput("recordId", "attachment.record.notFound");
        }
        return attachments.of(township, recordType, recordId);
    }

    @Override
    public Attachment get(Actor actor, TownshipCode township, String id) {
        townships.get(actor, township);
        actor.requireRole(READERS);
        return load(township, id);
    }

    @Override
    public InputStream content(Actor actor, TownshipCode township, String id) {
        return store.open(get(actor, township, id).sha256());
    }

    @Override
    public Verification verify(Actor actor, TownshipCode township, String id) {
        Attachment attachment = get(actor, township, id);
        return new Verification(attachment, store.digestAgain(attachment.sha256()).orElse(""));
    }

    @Override
    public void delete(Actor actor, TownshipCode township, String id) {
        townships.get(actor, township);
        Attachment attachment = load(township, id);
        if (!mayRemove(actor, attachment)) {
            throw new AccessDenied(actor.username(), Set.of(Role.LEADER));
        }
        if (records.isClosed(attachment.recordType(), township, attachment.recordId())) {
            throw new RecordClosed(attachment.recordType(), attachment.recordId(), "attachment.recordClosed");
        }
        if (pointedTo(attachment)) {
            throw new AttachmentInUse(id);
        }
        attachments.delete(id);
        audit(actor, attachment, "attachment.deleted", false);
    }

    @Override
    public boolean removable(Actor actor, Attachment attachment) {
        return mayRemove(actor, attachment)
                && !records.isClosed(attachment.recordType(), attachment.township(), attachment.recordId())
                && !pointedTo(attachment);
    }

    /** A file its record points to (the footage of a case's full-process record) stays until the record lets go. */
    private boolean pointedTo(Attachment attachment) {
        return records.pointsTo(attachment.recordType(), attachment.township(), attachment.recordId(),
                attachment.id());
    }

    /** The one who uploaded it, or a leader; either still working the township's records. */
    private static boolean mayRemove(Actor actor, Attachment attachment) {
        return actor.hasAnyRole(UPLOADERS)
                && (actor.username().equals(attachment.uploadedBy()) || actor.hasAnyRole(Role.LEADER));
    }

    private Attachment load(TownshipCode township, String id) {
        return attachments.find(township, id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    private void requireRecord(TownshipCode township, Upload upload) {
        if (upload.recordType() == null || !records.knows(upload.recordType())) {
            throw new InvalidInput("recordType", "attachment.recordType.unknown");
        }
        if (upload.kind() == null) {
            throw new InvalidInput("kind", "attachment.kind.required");
        }
        if (upload.recordId() == null || upload.recordId().length() > 36
                || !records.exists(upload.recordType(), township, upload.recordId())) {
            // another township's record is as unknown as one that does not exist (SYS-04)
            throw new InvalidInput("recordId", "attachment.record.notFound");
        }
    }

    /** The name without any path a browser may have sent, at most 200 characters. */
    private static String fileName(String uploaded) {
        String name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.length() > Attachment.MAX_FILE_NAME || name.chars().anyMatch(c -> c < 0x20)) {
            throw new InvalidInput("file", "attachment.fileName", Attachment.MAX_FILE_NAME);
        }
        return name;
    }

    /** The type from the first bytes and, for a ZIP container, its entries' names. */
    private static Optional<FileType> typeOf(Upload upload) {
        try (InputStream content = upload.content().get()) {
            byte[] head = content.readNBytes(FileType.HEAD_BYTES);
            return FileType.sniff(head, FileType.isZip(head) ? zipEntries(upload) : Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> zipEntries(Upload upload) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(upload.content().get())) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null && names.size() < 10_000;
                 entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        } catch (IOException e) {
            // not a readable ZIP: none of the Office types
            return Set.of();
        }
        return names;
    }

    private void audit(Actor actor, Attachment attachment, String action, boolean added) {
        Map<String, String> file = new LinkedHashMap<>();
        file.put("attachment", attachment.id());
        file.put("attachment.kind", attachment.kind().name());
        file.put("attachment.fileName", attachment.fileName());
        file.put("attachment.mediaType", attachment.type().mediaType());
        file.put("attachment.size", Long.toString(attachment.size()));
        file.put("attachment.sha256", attachment.sha256());
        file.put("attachment.uploadedBy", attachment.uploadedBy());
        Map<String, Change> changes = added ? Change.between(Map.of(), file) : Change.between(file, Map.of());
        auditLog.record(new AuditLog.Entry(attachment.township(), actor.username(), clock.now(), action,
                attachment.recordType(), attachment.recordId(), changes));
    }
}
