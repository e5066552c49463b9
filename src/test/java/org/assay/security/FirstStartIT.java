package org.assay.security;

import org.assay.store.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service started as a new user would, in an empty folder with no password configured:
 * it prints a generated password once, keeps it owner-only, and signs in with it, then and after a restart.
 */
class FirstStartIT {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aFreshStartPrintsGeneratedPasswordsOnceAndSignsInWithThem(@TempDir Path workDir) throws Exception {
        ServiceProcess service = ServiceProcess.start(workDir, null);
        String analyst;
        try {
            analyst = ServiceProcess.generatedPassword(workDir, "analyst");
            ServiceProcess.generatedPassword(workDir, "author");
            Path credentials = workDir.resolve("data/credentials");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
            assertFalse(Files.readString(credentials).contains(analyst), "the file keeps a hash, not the password");
            assertEquals(200, status(service, "analyst", analyst));
            assertEquals(401, status(service, "author", "change-me"));
        } finally {
            service.stop();
        }

        ServiceProcess restarted = ServiceProcess.start(workDir, null);
        try {
            String log = ServiceProcess.log(workDir);
            assertEquals(log.indexOf(analyst), log.lastIndexOf(analyst), "the password is printed on the first start only");
            assertTrue(log.contains(workDir.resolve("data/credentials").toString()), "a later start says where the hashes are");
            assertEquals(200, status(restarted, "analyst", analyst));
        } finally {
            restarted.stop();
        }
    }

    private int status(ServiceProcess service, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest me = HttpRequest.newBuilder(service.uri("/api/v1/me")).header("Authorization", "Basic " + basic).build();
        return client.send(me, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
