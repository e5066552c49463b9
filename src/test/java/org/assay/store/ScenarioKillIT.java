package org.assay.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills the packaged service with SIGKILL while clients are saving scenarios, restarts it, and checks
 * that every save it acknowledged (201) is there. Runs on the default H2 file, or on PostgreSQL when
 * {@code it.profile} is {@code prod,postgresql} (see {@code .ci/run}).
 */
@Tag("store")
class ScenarioKillIT {
    private static final int CLIENTS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String profile = System.getProperty("it.profile");

    @Test
    void everyAcknowledgedSaveSurvivesAKillInMidStream(@TempDir Path workDir) throws Exception {
        // given the packaged service on a fresh store, with clients saving scenarios as fast as it takes them
        ServiceProcess service = ServiceProcess.start(workDir, profile);
        String analyst = "Basic " + Base64.getEncoder().encodeToString(
                ("analyst:" + ServiceProcess.generatedPassword(workDir, "analyst")).getBytes(StandardCharsets.UTF_8));
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean saving = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread saver = new Thread(() -> {
                while (saving.get()) {
                    save(service, analyst, "Kill test save " + sent.incrementAndGet(), acknowledged);
                }
            });
            saver.start();
            clients.add(saver);
        }

        // when it is killed while saves are in flight
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        service.kill();
        saving.set(false);
        for (Thread c : clients) {
            c.join();
        }
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "only " + acknowledged.size() + " saves were acknowledged");

        // then, restarted, it has every scenario it acknowledged
        ServiceProcess restarted = ServiceProcess.start(workDir, profile);
        try {
            List<String> lost = new ArrayList<>();
            acknowledged.forEach((id, title) -> {
                String body = get(restarted, "/api/v1/scenarios/" + id);
                if (body == null || !body.contains("\"title\":\"" + title + "\"")) {
                    lost.add(id + " (" + title + ")");
                }
            });
            assertEquals(List.of(), lost, lost.size() + " of " + acknowledged.size() + " acknowledged saves were lost");
            String database = profile == null ? "h2" : "postgresql";
            assertTrue(get(restarted, "/q/health/ready").contains("\"" + database + "\": \"UP\""), "the store runs on " + database);
            assertEquals(profile == null, Files.isRegularFile(workDir.resolve("data/assay.mv.db")), "the H2 file is under data/ when H2 is used");
        } finally {
            restarted.stop();
        }
    }

    private void save(ServiceProcess service, String authorization, String title, Map<String, String> acknowledged) {
        HttpRequest request = HttpRequest.newBuilder(service.uri("/api/v1/scenarios"))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("{\"pack\": \"bih-nato\", \"title\": \"" + title + "\","
                        + " \"changes\": {\"EuforMission\": {\"althea\": {\"mandateActive\": false}}}}"))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() == 201 && id.find()) {
                acknowledged.put(id.group(1), title);
            }
        } catch (IOException killed) {
            // not acknowledged, so nothing is promised about it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String get(ServiceProcess service, String path) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(service.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
