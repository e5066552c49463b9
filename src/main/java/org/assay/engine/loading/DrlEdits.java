package org.assay.engine.loading;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DRL files an author has not saved, to check or compare aside: by plain file name, the text that
 * replaces or adds the file, or null to remove it.
 */
public record DrlEdits(Map<String, String> files) {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*\\.drl");

    public DrlEdits {
        files.keySet().forEach(name -> {
            if (!isFileName(name)) {
                throw new IllegalArgumentException("not a DRL file name of a pack: " + name);
            }
        });
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /**
     * Whether a name can be a DRL file of a pack: a plain file name ending in {@code .drl}, of letters,
     * digits, {@code _}, {@code .} and {@code -}, that starts with none of {@code .} and {@code -}.
     */
    public static boolean isFileName(String name) {
        return FILE_NAME.matcher(name).matches();
    }
}
