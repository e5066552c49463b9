package org.assay.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The page's files ({@code META-INF/resources}: some 60 KB), read once at start from the class path, where they are
 * a folder (tests, dev mode) or part of the jar, and their version: a hash of them all, so it changes with any of them
 * and with nothing else, and no build step computes it.
 */
@ApplicationScoped
public class PageFiles {
    private static final String ROOT = "META-INF/resources";

    private final Map<String, byte[]> files = new TreeMap<>();
    private final String version;

    PageFiles() {
        URL index = PageFiles.class.getClassLoader().getResource(ROOT + "/index.html");
        if (index == null) {
            throw new IllegalStateException("the page's " + ROOT + "/index.html is not on the class path");
        }
        try {
            URI uri = index.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    read(jar.provider().getPath(uri).getParent());
                }
            } else {
                read(Path.of(uri).getParent());
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the page's files: " + e.getMessage(), e);
        }
        this.version = hash();
    }

    /** A hash of every file's name and bytes, twelve hex digits. */
    public String version() {
        return version;
    }

    /** @param name a path under the page's folder, such as {@code app.js} */
    public byte[] file(String name) {
        return files.get(name);
    }

    private void read(Path root) throws IOException {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
            found = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : found) {
            files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
    }

    private String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
