package org.assay.engine.loading;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How large a pack folder may be, checked before any of it is read, so that one huge file or a
 * folder of thousands never holds start-up or the reload thread. Read from the {@code assay.rules.*}
 * configuration, in the service and on the command line alike.
 *
 * @param maxFileBytes the largest file, in bytes
 * @param maxPackBytes the most bytes of all the pack's files together
 * @param maxFiles     the most files, sub-folders included
 */
public record PackLimits(long maxFileBytes, long maxPackBytes, int maxFiles) {
    public static final long MAX_FILE_BYTES = 1_048_576;
    public static final long MAX_PACK_BYTES = 16_777_216;
    public static final int MAX_FILES = 1_000;

    /** The configured limits, each defaulting to the constant above. */
    public static PackLimits configured() {
        Config config = ConfigProvider.getConfig();
        return new PackLimits(
                config.getOptionalValue("assay.rules.max-file-bytes", Long.class).orElse(MAX_FILE_BYTES),
                config.getOptionalValue("assay.rules.max-pack-bytes", Long.class).orElse(MAX_PACK_BYTES),
                config.getOptionalValue("assay.rules.max-files", Integer.class).orElse(MAX_FILES));
    }
}
