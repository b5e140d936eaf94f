package fazhi.adapter.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal data at rest (DSP-04, issue 4 item 6): AES-256-GCM with a random 96-bit nonce per value, and a keyed
 * fingerprint (HMAC-SHA256) for the columns that must be found by equality (a party's earlier cases) without
 * being readable. The key comes from {@code fazhi.personal-data.key} (base64 of 32 bytes; env
 * {@code FAZHI_PERSONAL_DATA_KEY}), never from the repository: {@code make run} generates one into
 * {@code .run/}, the tests set a test-only key. Stored form: {@code v1:} + base64(nonce ‖ ciphertext ‖ tag).
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec fingerprintKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(@ConfigProperty(name = "fazhi.personal-data.key") String base64Key) {
        byte[] key = Base64.getDecoder().decode(base64Key.strip());
        if (key.length != 32) {
            throw new IllegalStateException("fazhi.personal-data.key must be 32 bytes, base64-encoded");
        }
        this.encryptionKey = new SecretKeySpec(key, "AES");
        this.fingerprintKey = new SecretKeySpec(derive(key, "fingerprint"), "HmacSHA256");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, nonce.length);
            System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be encrypted", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("personal data column holds an unknown format");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // a wrong key or a tampered value: never hand out garbage as personal data
            throw new IllegalStateException("personal data could not be decrypted (wrong key or tampered)", e);
        }
    }

    /** A stable, keyed fingerprint (hex) of a value, to find equal values without storing them readable. */
    public String fingerprint(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("fingerprint failed", e);
        }
    }

    private static byte[] derive(byte[] key, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
