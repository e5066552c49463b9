package org.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers come compressed to a client that accepts it, and decode to the same JSON; NDJSON streams stay lines. */
@QuarkusTest
class CompressionTest {
    private static final String SWEEP = """
            {"baseline": true, "levers": [{"path": "EuforMission.althea.troopsInCountry", "from": 0, "to": 1000, "step": 250}]}""";

    /**
     * A client that sends exactly the Accept-Encoding it is given, and decodes nothing itself. The contract check is
     * left out: it reads the body as JSON, and here the body is the compressed bytes.
     */
    private static RequestSpecification raw(String encoding) {
        RequestSpecification request = given().noFilters().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .contentType("application/json");
        return encoding == null ? request : request.header("Accept-Encoding", encoding);
    }

    @Test
    void theBaselineAssessmentComesGzippedAndDecodesToTheSameJson() throws IOException {
        Response plain = raw(null).body("{\"baseline\": true}").when().post("/api/v1/packs/bih-nato/assessments");
        Response gzipped = raw("gzip").body("{\"baseline\": true}").when().post("/api/v1/packs/bih-nato/assessments");

        assertEquals(200, gzipped.statusCode());
        assertTrue(plain.header("Content-Encoding") == null || plain.header("Content-Encoding").equals("identity"));
        assertEquals("gzip", gzipped.header("Content-Encoding"));
        assertTrue(gzipped.header("Vary").contains("Accept-Encoding"));
        byte[] compressed = gzipped.asByteArray();
        String decoded = decode(new GZIPInputStream(new ByteArrayInputStream(compressed)));
        // Every assessment has an id of its own; the rest of the answer is the same.
        assertEquals(withoutId(plain.asString()), withoutId(decoded));
        assertTrue(compressed.length * 3 < decoded.length(), "gzip shrinks the baseline's " + decoded.length() + " bytes to " + compressed.length);
    }

    @Test
    void deflateIsOfferedToo() throws IOException {
        Response plain = raw(null).when().get("/api/v1/packs/bih-nato");
        Response deflated = raw("deflate").when().get("/api/v1/packs/bih-nato");

        assertEquals("deflate", deflated.header("Content-Encoding"));
        assertEquals(plain.asString(), decode(new InflaterInputStream(new ByteArrayInputStream(deflated.asByteArray()))));
    }

    @Test
    void aGzippedNdjsonSweepDecodesToTheSameLines() throws IOException {
        String plain = raw(null).accept(Documented.NDJSON).body(SWEEP).when().post("/api/v1/packs/bih-nato/sweeps").asString();
        Response gzipped = raw("gzip").accept(Documented.NDJSON).body(SWEEP).when().post("/api/v1/packs/bih-nato/sweeps");

        assertEquals("gzip", gzipped.header("Content-Encoding"));
        assertEquals(Documented.NDJSON, gzipped.contentType());
        String decoded = decode(new GZIPInputStream(new ByteArrayInputStream(gzipped.asByteArray())));
        // The last line, the sweep's summary, says how long it took; every other line is the same.
        List<String> plainLines = plain.lines().toList();
        List<String> decodedLines = decoded.lines().toList();
        assertEquals(plainLines.size(), decodedLines.size());
        assertEquals(plainLines.subList(0, plainLines.size() - 1), decodedLines.subList(0, decodedLines.size() - 1));
    }

    private static JsonNode withoutId(String json) throws IOException {
        ObjectNode answer = (ObjectNode) new ObjectMapper().readTree(json);
        answer.remove("id");
        return answer;
    }

    private static String decode(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
