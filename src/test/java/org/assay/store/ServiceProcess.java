package org.assay.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) run as a child process in a
 * folder of its own, so that its default store lands in that folder's {@code data/}.
 */
public final class ServiceProcess {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    private static final Path RULES = Path.of("rules").toAbsolutePath();
    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the service and waits until it is ready.
     *
     * @param profile the Quarkus profile, such as {@code prod,postgresql}, or null for the default
     */
    public static ServiceProcess start(Path workDir, String profile) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java", "-Dquarkus.http.port=" + port, "-Dassay.rules.dir=" + RULES));
        if (profile != null) {
            command.add("-Dquarkus.profile=" + profile);
        }
        command.addAll(List.of("-jar", JAR.toString()));
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("service.log").toFile()))
                .start();
        ServiceProcess service = new ServiceProcess(process, port);
        service.awaitReady(workDir);
        return service;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** What the service has printed, in this and earlier runs in the same folder. */
    public static String log(Path workDir) throws IOException {
        return Files.readString(workDir.resolve("service.log"));
    }

    /** The password the service generated for a user on its first start in this folder, read from its log. */
    public static String generatedPassword(Path workDir, String user) throws IOException {
        Matcher generated = Pattern.compile("Generated a password for user \"" + Pattern.quote(user) + "\": (\\S+)").matcher(log(workDir));
        if (!generated.find()) {
            throw new IllegalStateException("the service printed no password for " + user + "; see " + workDir.resolve("service.log"));
        }
        return generated.group(1);
    }

    private void awaitReady(Path workDir) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + workDir.resolve("service.log"));
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready within " + STARTUP.toSeconds() + " s; see " + workDir.resolve("service.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
