package org.assay.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A salted SHA-256 of a password, which is all the service keeps of one. A single fast hash is
 * enough here because the passwords it keeps are the ones it generated, with 144 bits of chance:
 * slow hashes (bcrypt, PBKDF2) exist to stretch passwords people choose, and would cost every
 * Basic-authenticated request tens of milliseconds for nothing. Compared in constant time.
 */
record PasswordHash(byte[] salt, byte[] hash) {
    private static final String SCHEME = "sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    static PasswordHash of(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(salt, digest(salt, password));
    }

    boolean matches(String password) {
        return MessageDigest.isEqual(hash, digest(salt, password));
    }

    /** {@code sha256:<salt>:<hash>}, both in Base64, as the credentials file keeps it. */
    String encoded() {
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    /** @throws IllegalArgumentException when the text is not what {@link #encoded()} writes */
    static PasswordHash decode(String text) {
        String[] parts = text.strip().split(":");
        if (parts.length != 3 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("expected sha256:<salt>:<hash>");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        return new PasswordHash(base64.decode(parts[1]), base64.decode(parts[2]));
    }

    private static byte[] digest(byte[] salt, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
