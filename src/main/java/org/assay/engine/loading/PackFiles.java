package org.assay.engine.loading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one pack folder, held to {@link PackLimits}: counted and sized before any is read, so
 * that one huge file or thousands of them never hold start-up or the reload thread, and each read
 * through a bounded stream. Files are named as {@code <pack folder>/<file>}, relative to the rules
 * folder, so that no answer carries the server's own paths.
 */
final class PackFiles {
    private final Path dir;
    private final PackLimits limits;
    private final List<Path> files;

    private PackFiles(Path dir, PackLimits limits, List<Path> files) {
        this.dir = dir;
        this.limits = limits;
        this.files = files;
    }

    /** The pack folder's files, once their number and sizes are found within the limits; none is read yet. */
    static PackFiles of(Path dir, PackLimits limits) throws PackException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            // One more than the limit is enough to know it is exceeded; a folder of a million files is not listed whole.
            files = walk.filter(Files::isRegularFile).limit(limits.maxFiles() + 1L).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new PackException(shown(dir, dir), "cannot list: " + e.getMessage());
        }
        PackFiles checked = new PackFiles(dir, limits, files);
        if (files.size() > limits.maxFiles()) {
            throw new PackException(shown(dir, dir), "the pack folder holds more than " + limits.maxFiles()
                    + " files; assay.rules.max-files is " + limits.maxFiles());
        }
        long total = 0;
        for (Path file : files) {
            long size = size(dir, file);
            if (size > limits.maxFileBytes()) {
                throw checked.tooLarge(file, size);
            }
            total += size;
        }
        if (total > limits.maxPackBytes()) {
            throw new PackException(shown(dir, dir), "the pack's files hold " + total + " bytes; assay.rules.max-pack-bytes is "
                    + limits.maxPackBytes());
        }
        return checked;
    }

    private static long size(Path dir, Path file) throws PackException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new PackException(shown(dir, file), "cannot read: " + e.getMessage());
        }
    }

    private PackException tooLarge(Path file, long size) {
        return new PackException(shown(file), "the file has " + (size > limits.maxFileBytes() ? size + " bytes" : "more bytes")
                + "; assay.rules.max-file-bytes is " + limits.maxFileBytes());
    }

    /** A file's bytes, read through a stream that stops one byte past the limit, however large the file has grown since it was listed. */
    byte[] read(Path file) throws PackException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxFileBytes() + 1));
            if (read.length > limits.maxFileBytes()) {
                throw tooLarge(file, -1);
            }
            return read;
        } catch (IOException e) {
            throw new PackException(shown(file), "cannot read: " + e.getMessage());
        }
    }

    /** A file of a pack as messages name it: relative to the rules folder, with forward slashes. */
    static String shown(Path dir, Path file) {
        String inside = dir.relativize(file).toString().replace('\\', '/');
        return dir.getFileName() + (inside.isEmpty() ? "" : "/" + inside);
    }

    String shown(Path file) {
        return shown(dir, file);
    }

    /** Every regular file, sub-folders included, sorted. */
    List<Path> all() {
        return files;
    }
}
