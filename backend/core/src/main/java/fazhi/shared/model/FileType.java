package fazhi.shared.model;

import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a township's records may carry, told from their bytes, never from what a client says: PDF,
 * JPEG, PNG, Word (DOCX) and Excel (XLSX) documents, MP4 video.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    MP4("video/mp4", "mp4");

    /** How many bytes of a file's start {@link #sniff} looks at. */
    public static final int HEAD_BYTES = 12;

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The type of a file from its first bytes and, for a ZIP container (Office documents), the names of its
     * entries; empty when it is none of these.
     */
    public static Optional<FileType> sniff(byte[] head, Set<String> zipEntries) {
        if (startsWith(head, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p')) {
            return Optional.of(MP4);
        }
        if (startsWith(head, 0, 'P', 'K', 3, 4) && zipEntries.contains("[Content_Types].xml")) {
            if (zipEntries.stream().anyMatch(name -> name.startsWith("word/"))) {
                return Optional.of(DOCX);
            }
            if (zipEntries.stream().anyMatch(name -> name.startsWith("xl/"))) {
                return Optional.of(XLSX);
            }
        }
        return Optional.empty();
    }

    /** Whether the head is a ZIP container, whose entries {@link #sniff} then needs. */
    public static boolean isZip(byte[] head) {
        return startsWith(head, 0, 'P', 'K', 3, 4);
    }

    private static boolean startsWith(byte[] head, int offset, int... expected) {
        if (head.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
