package org.assay.api;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Warns at start while the rule author still has the password the README publishes: with it anyone
 * who reaches the service can change rules, and rules are code.
 */
@Startup
@ApplicationScoped
public class DefaultPasswordWarning {
    private static final Logger LOG = Logger.getLogger(DefaultPasswordWarning.class);
    static final String DEFAULT_PASSWORD = "change-me";

    @ConfigProperty(name = "quarkus.security.users.embedded.users.author")
    Optional<String> authorPassword;

    @PostConstruct
    void warn() {
        if (authorPassword.filter(DEFAULT_PASSWORD::equals).isPresent()) {
            LOG.warn("The rule author \"author\" has the default password from the README, so anyone who reaches the service"
                    + " can change its rules: set ASSAY_AUTHOR_PASSWORD");
        }
    }
}
