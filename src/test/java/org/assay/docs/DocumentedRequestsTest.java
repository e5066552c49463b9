package org.assay.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.assay.api.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every request the README and {@code docs/*.md} show, sent to the service, answers as they show it.
 *
 * <p>How a document marks a request, and how an abridged answer is matched, is said in
 * {@link DocExamples} and {@link ShownJson}. The status is checked too: an answer shown as a
 * problem ({@code "type"} and {@code "status"}) must come with that status, any other answer
 * with a 2xx. Requests run in the order the document shows them, each document on its own, and a
 * value one keeps ({@code ID=$(curl ... | jq -r .id)}) is put into the later ones. {@code -u NAME}
 * signs in as the test profile's user of that name ({@link TestUsers}); curl would ask the reader
 * for the password.
 */
@QuarkusTest
class DocumentedRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Supplier<RequestSpecification>> USERS = Map.of(
            "author", TestUsers::author, "analyst", TestUsers::analyst, "admin", TestUsers::admin);

    static Stream<Path> documents() throws IOException {
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            return Stream.concat(Stream.of(Path.of("README.md")),
                    docs.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream());
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyRequestAnswersAsShown(Path document) throws IOException {
        List<String> wrong = new ArrayList<>();
        Map<String, String> kept = new HashMap<>();
        List<DocExamples.Example> examples = DocExamples.read(document);
        if (document.equals(Path.of("README.md")) || document.equals(Path.of("docs", "api.md"))) {
            assertFalse(examples.isEmpty(), document + " shows no request this test can find; is the ```sh block still there?");
        }
        for (DocExamples.Example example : examples) {
            List<String> commands = example.commands();
            for (int i = 0; i < commands.size(); i++) {
                String where = document + ":" + example.line() + ": " + commands.get(i);
                try {
                    DocExamples.Request request = DocExamples.request(example.line(), commands.get(i), kept);
                    String shown = i == commands.size() - 1 ? example.shownAnswer() : null;
                    check(request, shown, kept).ifPresent(why -> wrong.add(where + "\n    " + why));
                } catch (IllegalArgumentException | IOException e) {
                    wrong.add(where + "\n    " + e.getMessage());
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " documented request(s) do not answer as shown:\n" + String.join("\n", wrong));
    }

    private static Optional<String> check(DocExamples.Request request, String shown, Map<String, String> kept) throws IOException {
        Response response = send(request);
        String body = response.asString();
        JsonNode answer = null;
        if (!body.isBlank()) {
            try {
                answer = JSON.readTree(body);
            } catch (IOException e) {
                if (shown != null) {
                    return Optional.of("the answer is not JSON: " + body.substring(0, Math.min(body.length(), 300)));
                }
            }
        }
        if (request.keepAs() != null) {
            JsonNode value = answer == null ? null : answer.path(request.keepMember());
            if (value == null || value.isMissingNode() || value.isNull()) {
                return Optional.of("the answer has no " + request.keepMember() + " to keep as $" + request.keepAs() + ": " + body);
            }
            kept.put(request.keepAs(), value.asText());
        }
        JsonNode expected = shown == null ? null : ShownJson.read(withKept(shown, kept));
        int status = response.statusCode();
        boolean problem = expected != null && expected.has("type") && expected.path("status").isInt();
        if (problem ? status != expected.path("status").asInt() : status / 100 != 2) {
            return Optional.of("answered " + status + (problem ? " instead of " + expected.path("status").asInt() : "")
                    + ": " + body.substring(0, Math.min(body.length(), 500)));
        }
        return expected == null ? Optional.empty() : ShownJson.mismatch(expected, answer);
    }

    /** The shown answer with each {@code $NAME} kept so far put in, the longest names first. */
    private static String withKept(String shown, Map<String, String> kept) {
        String text = shown;
        for (String name : kept.keySet().stream().sorted(java.util.Comparator.comparing(String::length).reversed()).toList()) {
            text = text.replace("${" + name + "}", kept.get(name)).replace("$" + name, kept.get(name));
        }
        return text;
    }

    private static Response send(DocExamples.Request request) {
        RequestSpecification spec;
        if (request.user() == null) {
            spec = given();
        } else if (USERS.containsKey(request.user())) {
            spec = USERS.get(request.user()).get();
        } else {
            throw new IllegalArgumentException("no test user " + request.user());
        }
        spec = spec.config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .urlEncodingEnabled(false);
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            if (header.getKey().equalsIgnoreCase("Content-Type")) {
                spec = spec.contentType(header.getValue());
            } else {
                spec = spec.header(header.getKey(), header.getValue());
            }
        }
        if (request.body() != null) {
            spec = spec.body(request.body().getBytes(StandardCharsets.UTF_8));
        }
        return spec.when().request(request.method(), request.path());
    }
}
