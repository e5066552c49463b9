package org.assay.engine.loading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's class loader as the DRL compiler sees it, remembering what it was asked: the class
 * files it read and the class names it did not find. Compiling a pack reads hundreds of class files
 * and tries hundreds of names that do not exist (a type name against each import), and the packaged
 * service's class loader keeps only a few jars open, so without this every compile reopens the same
 * jars again and again (a reload of bih-nato took 4-5 s instead of about 1 s). The jars never change
 * while the service runs, so what they hold and lack can be remembered for good; a pack's own
 * generated classes live in Drools' class loaders below this one and are never remembered here.
 */
final class ClassFileCache extends ClassLoader {
    private static final byte[] ABSENT = new byte[0];
    /** Enough for every class a pack can reach many times over; a bound, so that odd DRL cannot grow it without end. */
    private static final int MOST_REMEMBERED = 50_000;

    private final Map<String, byte[]> classFiles = new ConcurrentHashMap<>();
    private final Set<String> missingClasses = ConcurrentHashMap.newKeySet();

    static {
        registerAsParallelCapable();
    }

    ClassFileCache(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missingClasses.contains(name)) {
            throw new ClassNotFoundException(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            if (missingClasses.size() < MOST_REMEMBERED) {
                missingClasses.add(name);
            }
            throw e;
        }
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        if (!name.endsWith(".class")) {
            return super.getResourceAsStream(name);
        }
        byte[] bytes = classFiles.get(name);
        if (bytes == null) {
            bytes = read(name);
            if (classFiles.size() < MOST_REMEMBERED) {
                classFiles.put(name, bytes);
            }
        }
        return bytes == ABSENT ? null : new ByteArrayInputStream(bytes);
    }

    private byte[] read(String name) {
        try (InputStream in = getParent().getResourceAsStream(name)) {
            return in == null ? ABSENT : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
