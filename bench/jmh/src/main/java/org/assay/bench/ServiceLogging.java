package org.assay.bench;

import org.jboss.logmanager.LogContext;

import java.util.logging.Level;

/**
 * Logs at the service's level. Outside Quarkus, JBoss LogManager's root logger is at ALL, and Drools
 * then formats a trace message for every node it visits: that tripled the time of a bare
 * {@code execute} of the bih-nato baseline, hid most of the cost an assessment adds to it, and made
 * every figure here slower than the service it stands for.
 */
final class ServiceLogging {
    private ServiceLogging() {
    }

    static void apply() {
        LogContext.getSystemLogContext().getLogger("").setLevel(Level.INFO);
    }
}
