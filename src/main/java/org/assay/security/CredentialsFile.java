package org.assay.security;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The file that keeps the hashes of generated passwords, one {@code name=sha256:<salt>:<hash>} a
 * line. It is written whole into a new owner-only (0600) file beside it and moved into place, so
 * that it is never seen half-written nor, even for a moment, readable by others.
 */
final class CredentialsFile {
    private static final Logger LOG = Logger.getLogger(CredentialsFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path path;

    CredentialsFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    Path path() {
        return path;
    }

    /** The hashes by user name; none when the file does not exist yet. */
    Map<String, PasswordHash> read() {
        Map<String, PasswordHash> hashes = new TreeMap<>();
        if (!Files.exists(path)) {
            return hashes;
        }
        warnIfOthersCanRead();
        Properties lines = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            lines.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the credentials file " + path, e);
        }
        for (String name : lines.stringPropertyNames()) {
            try {
                hashes.put(name, PasswordHash.decode(lines.getProperty(name)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("the credentials file " + path + " has a broken line for user \"" + name
                        + "\" (" + e.getMessage() + "); delete the line and restart to generate a new password", e);
            }
        }
        return hashes;
    }

    void write(Map<String, PasswordHash> hashes) {
        StringBuilder text = new StringBuilder("# Hashes of the passwords Assay generated; delete a line and restart to generate a new one.\n");
        new TreeMap<>(hashes).forEach((name, hash) -> text.append(name).append('=').append(hash.encoded()).append('\n'));
        try {
            Files.createDirectories(path.getParent());
            Path fresh = Files.createTempFile(path.getParent(), ".credentials-", ".tmp", ownerOnly());
            try (FileChannel out = FileChannel.open(fresh, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
            Files.move(fresh, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the credentials file " + path, e);
        }
    }

    private FileAttribute<?>[] ownerOnly() {
        return isPosix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }

    private void warnIfOthersCanRead() {
        try {
            if (isPosix() && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(path))) {
                LOG.warnf("The credentials file %s can be read by others than its owner; chmod 600 it", path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions of the credentials file " + path, e);
        }
    }

    private boolean isPosix() {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
