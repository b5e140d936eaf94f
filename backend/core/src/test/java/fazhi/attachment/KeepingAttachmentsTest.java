package fazhi.attachment;

import fazhi.attachment.model.Attachment;
import fazhi.attachment.model.AttachmentInUse;
import fazhi.attachment.model.AttachmentKind;
import fazhi.attachment.port.in.KeepingAttachments.Upload;
import fazhi.attachment.port.out.AttachmentRepository;
import fazhi.attachment.port.out.AttachmentStore;
import fazhi.attachment.service.AttachmentService;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.Actor;
import fazhi.shared.model.FileType;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.Money;
import fazhi.shared.model.RecordClosed;
import fazhi.shared.model.Role;
import fazhi.shared.model.SettingValues;
import fazhi.shared.model.TownshipCode;
import fazhi.shared.service.TownshipService;
import fazhi.testing.FixedClock;
import fazhi.testing.InMemoryRecordDirectory;
import fazhi.testing.RecordingAuditLog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fazhi.testing.ActorBuilder.a;
import static fazhi.testing.TestTownships.GAOCUN;
import static fazhi.testing.TestTownships.JINHE;
import static fazhi.testing.TestTownships.theCounty;
import static fazhi.testing.Thrown.thrown;
import static org.assertj.core.api.Assertions.assertThat;

/** Files of records: typed by their bytes, within the township's limits, removed by the uploader or a leader. */
class KeepingAttachmentsTest {

    private static final byte[] PDF = "%PDF-1.7 a decision".getBytes(StandardCharsets.US_ASCII);

    private final RecordingAuditLog auditLog = new RecordingAuditLog();
    private final FixedClock clock = FixedClock.on(LocalDate.of(2025, 6, 30));
    private final InMemoryRecordDirectory records = new InMemoryRecordDirectory()
            .with("enforcement-case", JINHE, "case-1").with("enforcement-case", GAOCUN, "case-9");
    private final Rows rows = new Rows();
    private final Bytes bytes = new Bytes();
    private SettingValues limits = SettingValues.DEFAULTS;
    private final AttachmentService attachments = new AttachmentService(rows, bytes, records, township -> limits,
            new TownshipService(theCounty(), auditLog, clock), auditLog, clock);

    private final Actor officer = a(Role.OFFICER).named("officer.long").of(JINHE).build();
    private final Actor otherOfficer = a(Role.OFFICER).named("officer.teng").of(JINHE).build();
    private final Actor leader = a(Role.LEADER).named("leader.tian").of(JINHE).build();

    private static Upload upload(String recordId, String name, byte[] content) {
        return new Upload("enforcement-case", recordId, AttachmentKind.DECISION_DOCUMENT, name, content.length,
                () -> new ByteArrayInputStream(content));
    }

    @Test
    void a_pdf_is_stored_under_its_digest_and_audited_on_its_record() throws Exception {
        // when
        Attachment stored = attachments.upload(officer, JINHE, upload("case-1", "C:\\扫描\\决定书.pdf", PDF));

        // then
        assertThat(stored.type()).isEqualTo(FileType.PDF);
        assertThat(stored.fileName()).as("the browser's path is dropped").isEqualTo("决定书.pdf");
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(PDF)));
        var entry = auditLog.entries().get(auditLog.entries().size() - 1);
        assertThat(entry.recordType()).isEqualTo("enforcement-case");
        assertThat(entry.recordId()).isEqualTo("case-1");
        assertThat(entry.changes().get("attachment.sha256").after()).isEqualTo(stored.sha256());
        assertThat(attachments.verify(leader, JINHE, stored.id()).intact()).isTrue();
    }

    @Test
    void a_file_is_typed_by_its_bytes_not_its_name() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> attachments.upload(officer, JINHE,
                upload("case-1", "决定书.pdf", "MZ an executable".getBytes(StandardCharsets.US_ASCII))));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("file");
        assertThat(rows.all).isEmpty();
    }

    @Test
    void the_townships_limits_decide_size_and_types() {
        // given
        limits = new SettingValues(Money.of("10000.00"), Money.of("100000.00"), 2, Money.of("500000.00"), 30, 30,
                2, 1, EnumSet.of(FileType.JPEG));

        // when
        InvalidInput notAllowed = thrown(InvalidInput.class, () -> attachments.upload(officer, JINHE,
                upload("case-1", "a.pdf", PDF)));
        InvalidInput tooLarge = thrown(InvalidInput.class, () -> attachments.upload(officer, JINHE,
                new Upload("enforcement-case", "case-1", AttachmentKind.PHOTO, "a.jpg", 2 * 1024 * 1024,
                        () -> new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))));

        // then
        assertThat(notAllowed.violations().get(0).arguments()).containsExactly("JPEG");
        assertThat(tooLarge.violations().get(0).messageKey()).isEqualTo("attachment.tooLarge");
    }

    @Test
    void a_record_of_another_township_is_as_unknown_as_none() {
        // when
        InvalidInput refusal = thrown(InvalidInput.class, () -> attachments.upload(officer, JINHE,
                upload("case-9", "a.pdf", PDF)));

        // then
        assertThat(refusal.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("recordId");
    }

    @Test
    void the_uploader_or_a_leader_removes_a_file_while_the_record_is_open() {
        // given
        Attachment first = attachments.upload(officer, JINHE, upload("case-1", "a.pdf", PDF));
        Attachment second = attachments.upload(officer, JINHE, upload("case-1", "b.pdf", PDF));

        // when
        AccessDenied notTheirs = thrown(AccessDenied.class, () -> attachments.delete(otherOfficer, JINHE,
                first.id()));
        attachments.delete(officer, JINHE, first.id());
        records.close("enforcement-case", JINHE, "case-1");
        RecordClosed closed = thrown(RecordClosed.class, () -> attachments.delete(leader, JINHE, second.id()));

        // then
        assertThat(notTheirs).isNotNull();
        assertThat(closed.messageKey()).isEqualTo("attachment.recordClosed");
        assertThat(rows.all).extracting(Attachment::id).containsExactly(second.id());
        assertThat(attachments.removable(leader, second)).isFalse();
    }

    @Test
    void a_file_its_record_points_to_stays_until_the_record_lets_go() {
        // given: the case's full-process record (ENF-09) points to the footage
        Attachment footage = attachments.upload(officer, JINHE, upload("case-1", "footage.pdf", PDF));
        records.pointTo("enforcement-case", JINHE, "case-1", footage.id());

        // when
        AttachmentInUse refusal = thrown(AttachmentInUse.class, () -> attachments.delete(officer, JINHE,
                footage.id()));

        // then
        assertThat(refusal.id()).isEqualTo(footage.id());
        assertThat(rows.all).extracting(Attachment::id).containsExactly(footage.id());
        assertThat(attachments.removable(officer, footage)).isFalse();
    }

    @Test
    void verify_tells_when_the_stored_bytes_changed() {
        // given
        Attachment stored = attachments.upload(officer, JINHE, upload("case-1", "a.pdf", PDF));
        bytes.files.put(stored.sha256(), "%PDF-1.7 altered".getBytes(StandardCharsets.US_ASCII));

        // then
        assertThat(attachments.verify(leader, JINHE, stored.id()).intact()).isFalse();
    }

    @Test
    void the_types_are_told_from_their_first_bytes() {
        assertThat(FileType.sniff(PDF, java.util.Set.of())).contains(FileType.PDF);
        assertThat(FileType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, java.util.Set.of()))
                .contains(FileType.PNG);
        assertThat(FileType.sniff(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'},
                java.util.Set.of())).contains(FileType.MP4);
        assertThat(FileType.sniff(new byte[] {'P', 'K', 3, 4}, java.util.Set.of("[Content_Types].xml", "xl/a.xml")))
                .contains(FileType.XLSX);
        assertThat(FileType.sniff(new byte[] {'P', 'K', 3, 4}, java.util.Set.of("a.txt"))).isEmpty();
    }

    /** Attachment rows in memory. */
    static final class Rows implements AttachmentRepository {
        final List<Attachment> all = new ArrayList<>();

        @Override
        public void save(Attachment attachment) {
            all.add(attachment);
        }

        @Override
        public Optional<Attachment> find(TownshipCode township, String id) {
            return all.stream().filter(a -> a.id().equals(id) && a.township().equals(township)).findFirst();
        }

        @Override
        public List<Attachment> of(TownshipCode township, String recordType, String recordId) {
            return all.stream().filter(a -> a.township().equals(township) && a.recordId().equals(recordId)).toList();
        }

        @Override
        public void delete(String id) {
            all.removeIf(a -> a.id().equals(id));
        }
    }

    /** Content-addressed bytes in memory. */
    static final class Bytes implements AttachmentStore {
        final Map<String, byte[]> files = new HashMap<>();

        @Override
        public Stored store(InputStream content) {
            try {
                byte[] read = content.readAllBytes();
                String digest = digest(read);
                files.putIfAbsent(digest, read);
                return new Stored(digest, read.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public InputStream open(String sha256) {
            return new ByteArrayInputStream(files.get(sha256));
        }

        @Override
        public Optional<String> digestAgain(String sha256) {
            return Optional.ofNullable(files.get(sha256)).map(Bytes::digest);
        }

        private static String digest(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
