package fazhi.adapter.attachments;

import fazhi.attachment.port.out.AttachmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Attachments' bytes in a directory ({@code FAZHI_ATTACHMENTS_DIR}), content-addressed: a file lives at
 * {@code ab/cd/abcd…} by its SHA-256, written to a temporary file first and moved into place, so a reader never
 * sees half a file and the same bytes are kept once.
 */
@ApplicationScoped
public class FileSystemAttachmentStore implements AttachmentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public FileSystemAttachmentStore(@ConfigProperty(name = "fazhi.attachments.dir") Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public Stored store(InputStream content) {
        try {
            Path incoming = root.resolve("incoming");
            Files.createDirectories(incoming);
            Path temporary = Files.createTempFile(incoming, "upload-", ".part");
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                long size;
                try (DigestInputStream digesting = new DigestInputStream(content, sha256)) {
                    size = Files.copy(digesting, temporary, StandardCopyOption.REPLACE_EXISTING);
                }
                String digest = HexFormat.of().formatHex(sha256.digest());
                Path target = pathOf(digest);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new Stored(digest, size);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the attachment could not be stored under " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("the attachment " + sha256 + " is missing from " + root, e);
        }
    }

    @Override
    public Optional<String> digestAgain(String sha256) {
        Path file = pathOf(sha256);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Sha256.of(Files.newInputStream(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
