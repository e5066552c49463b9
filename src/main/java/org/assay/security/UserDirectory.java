package org.assay.security;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The users who sign in with a password, from {@code assay.security.users}. A user whose password
 * is not configured gets a random one on the first start that sees them: it is printed once in the
 * log, and only its hash is kept, in the credentials file. Keeping the clear password (as Jenkins
 * keeps its initial one) would let anyone who copies the data folder, a backup for instance, sign
 * in; keeping a hash, as Elasticsearch does for its generated password, leaves them nothing to use.
 * A lost password is replaced by deleting its line (or setting one) and restarting.
 */
@Startup
@ApplicationScoped
public class UserDirectory {
    /** The password the README once published; whoever still has it must choose another. */
    private static final String PUBLISHED_PASSWORD = "change-me";
    private static final Logger LOG = Logger.getLogger(UserDirectory.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AssayConfig config;

    private Map<String, Account> accounts;

    @PostConstruct
    void load() {
        CredentialsFile file = new CredentialsFile(config.security().credentialsFile());
        accounts = load(config.security().users(), file, (name, password) -> LOG.warnf(
                "Generated a password for user \"%s\": %s%nIt is shown this once; only its hash is kept, in %s."
                        + " Sign in with it, or set assay.security.users.%s.password to choose one.", name, password, file.path(), name));
    }

    Optional<Account> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    /**
     * Every configured user's account, generating the passwords that are neither configured nor kept.
     *
     * @param announce told each generated password, the only time it is known
     */
    static Map<String, Account> load(Map<String, ? extends AssayConfig.Security.User> users, CredentialsFile file,
                                     BiConsumer<String, String> announce) {
        Map<String, PasswordHash> kept = file.read();
        Map<String, PasswordHash> toKeep = new TreeMap<>(kept);
        Map<String, Account> accounts = new TreeMap<>();
        List<String> fromFile = new ArrayList<>();
        users.forEach((name, user) -> {
            PasswordHash password;
            if (user.password().isPresent()) {
                password = PasswordHash.of(configured(name, user.password().get()));
            } else if (kept.containsKey(name)) {
                password = kept.get(name);
                fromFile.add(name);
            } else {
                String generated = generate();
                password = PasswordHash.of(generated);
                toKeep.put(name, password);
                announce.accept(name, generated);
            }
            accounts.put(name, new Account(name, user.roles().orElse(Set.of()), password));
        });
        if (!toKeep.equals(kept)) {
            file.write(toKeep);
        }
        if (!fromFile.isEmpty()) {
            LOG.infof("Users %s sign in with the passwords printed when they were generated; their hashes are in %s"
                    + " (delete a user's line and restart for a new one)", String.join(", ", fromFile), file.path());
        }
        return accounts;
    }

    private static String configured(String name, String password) {
        if (password.equals(PUBLISHED_PASSWORD)) {
            throw new IllegalStateException("User \"" + name + "\" has the password \"" + PUBLISHED_PASSWORD + "\", which earlier"
                    + " versions published in their README; choose another, or set none and one is generated");
        }
        return password;
    }

    /** 144 random bits, as 24 URL-safe characters that a shell and a Basic header take as they are. */
    private static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
