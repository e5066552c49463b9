package org.assay.security;

import org.assay.AssayConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Passwords that nobody configured are generated once, told once, and kept only as hashes that only the owner can read. */
class UserDirectoryTest {

    record User(Optional<String> password, Optional<Set<String>> roles) implements AssayConfig.Security.User {
        static User of(String password, String role) {
            return new User(Optional.ofNullable(password), Optional.of(Set.of(role)));
        }
    }

    @Test
    void aFirstStartGeneratesPasswordsKeepsTheirHashesOwnerOnlyAndALaterStartReusesThem(@TempDir Path dir) throws Exception {
        Map<String, User> users = Map.of("author", User.of(null, Roles.RULE_AUTHOR), "analyst", User.of(null, Roles.ANALYST));
        CredentialsFile file = new CredentialsFile(dir.resolve("data/credentials"));
        Map<String, String> told = new HashMap<>();

        Map<String, Account> first = UserDirectory.load(users, file, told::put);

        assertEquals(Set.of("author", "analyst"), told.keySet());
        String password = told.get("analyst");
        assertTrue(password.length() >= 24, password);
        assertTrue(first.get("analyst").password().matches(password));
        assertFalse(first.get("author").password().matches(password));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        String kept = Files.readString(file.path());
        assertFalse(kept.contains(password), "the file keeps hashes, not passwords");

        Map<String, String> toldAgain = new HashMap<>();
        Map<String, Account> later = UserDirectory.load(users, file, toldAgain::put);

        assertEquals(Map.of(), toldAgain);
        assertTrue(later.get("analyst").password().matches(password));
        assertEquals(Set.of(Roles.ANALYST), later.get("analyst").roles());
        assertEquals(kept, Files.readString(file.path()));
    }

    @Test
    void aConfiguredPasswordIsUsedAndNothingIsGeneratedForIt(@TempDir Path dir) {
        CredentialsFile file = new CredentialsFile(dir.resolve("credentials"));
        Map<String, String> told = new HashMap<>();

        Map<String, Account> accounts = UserDirectory.load(Map.of("author", User.of("a long chosen secret", Roles.RULE_AUTHOR)), file, told::put);

        assertTrue(accounts.get("author").password().matches("a long chosen secret"));
        assertEquals(Map.of(), told);
        assertFalse(Files.exists(file.path()));
    }

    @Test
    void thePasswordTheReadmeOncePublishedIsRefused(@TempDir Path dir) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> UserDirectory.load(
                Map.of("author", User.of("change-me", Roles.RULE_AUTHOR)), new CredentialsFile(dir.resolve("credentials")), (n, p) -> { }));
        assertTrue(refused.getMessage().contains("choose another"), refused.getMessage());
    }
}
