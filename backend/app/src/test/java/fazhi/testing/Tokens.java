package fazhi.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.security.PrivateKey;
import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like Keycloak's, signed with the test key whose public half the test profile trusts
 * ({@code %test.quarkus.oidc.public-key}). The key exists only for tests.
 */
public final class Tokens {

    public static final String ISSUER = "https://fazhi.test/realms/fazhi";
    private static final PrivateKey KEY = load();

    private Tokens() {
    }

    public static String token(String username, List<String> roles, List<String> townships) {
        return Jwt.issuer(ISSUER)
                .audience("fazhi-api")
                .subject(username)
                .claim("preferred_username", username)
                .claim("name", username)
                .claim("realm_access", Map.of("roles", roles))
                .claim("townships", townships)
                .expiresIn(600)
                .sign(KEY);
    }

    /** A token no trusted key signed. */
    public static String forged(String username) {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).audience("fazhi-api").claim("preferred_username", username)
                    .claim("realm_access", Map.of("roles", List.of("leader"))).claim("townships", List.of("*"))
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token signed with the trusted key that expired an hour ago. */
    public static String expired(String username) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).audience("fazhi-api").subject(username).claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of("leader"))).claim("townships", List.of("*"))
                .issuedAt(now - 7200).expiresAt(now - 3600).sign(KEY);
    }

    /** A token signed with the trusted key but issued by another realm. */
    public static String otherIssuer(String username) {
        return Jwt.issuer("https://fazhi.test/realms/another").audience("fazhi-api").subject(username)
                .claim("preferred_username", username).claim("realm_access", Map.of("roles", List.of("leader")))
                .claim("townships", List.of("*")).expiresIn(600).sign(KEY);
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.readPrivateKey("test-token-signing.pem");
        } catch (Exception e) {
            throw new IllegalStateException("test signing key missing", e);
        }
    }
}
