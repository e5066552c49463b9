package org.assay.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assay.api.TestUsers.analyst;
import static org.hamcrest.Matchers.equalTo;

/**
 * With an identity provider's key configured, bearer tokens sign users in beside HTTP Basic, and
 * their {@code groups} claim gives the roles. The test plays the identity provider: it makes a key
 * pair and signs its own tokens.
 */
@QuarkusTest
@TestProfile(BearerTokenTest.IdentityProvider.class)
@Tag("store")
class BearerTokenTest {
    private static final String ISSUER = "https://idp.assay.test";
    private static final Path KEYS = Path.of("target/test-idp");
    private static final String SCENARIOS = "/api/v1/scenarios";
    private static final String BODY = "{\"pack\": \"bih-nato\", \"title\": \"Token save\"}";

    /** Writes a fresh key pair: the public key for the service's configuration, the private one for the tests to sign with. */
    public static class IdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                KeyPair keys = KeyUtils.generateKeyPair(2048);
                Files.createDirectories(KEYS);
                Files.writeString(KEYS.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
                Files.writeString(KEYS.resolve("private.key"), Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("mp.jwt.verify.publickey.location", KEYS.resolve("public.pem").toAbsolutePath().toString(),
                    "mp.jwt.verify.issuer", ISSUER, "assay.rules.watch", "false");
        }
    }

    @Test
    void anAnalystsTokenSavesAndEditsItsOwnScenarioButNotAnothers() {
        String own = bearer(token("maria", "analyst")).contentType("application/json").body(BODY)
                .when().post(SCENARIOS)
                .then().statusCode(201).body("owner", equalTo("maria"))
                .extract().path("id");
        bearer(token("maria", "analyst")).contentType("application/merge-patch+json").body("{\"title\": \"Token edit\"}")
                .when().patch(SCENARIOS + "/" + own)
                .then().statusCode(200).body("title", equalTo("Token edit"));

        String anothers = analyst().contentType("application/json").body(BODY).when().post(SCENARIOS).then().statusCode(201).extract().path("id");
        bearer(token("maria", "analyst")).when().delete(SCENARIOS + "/" + anothers)
                .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("urn:assay:problem:not-owner"));
    }

    @Test
    void anAdminsTokenDeletesAnyonesScenario() {
        String id = analyst().contentType("application/json").body(BODY).when().post(SCENARIOS).then().statusCode(201).extract().path("id");
        bearer(token("root", "admin")).when().delete(SCENARIOS + "/" + id).then().statusCode(204);
    }

    @Test
    void anExpiredOrForeignTokenIsRefused() throws Exception {
        Instant past = Instant.now().minusSeconds(7200);
        String expired = Jwt.issuer(ISSUER).upn("maria").groups("analyst").issuedAt(past).expiresAt(past.plusSeconds(600)).sign(privateKey());
        bearer(expired).contentType("application/json").body(BODY).when().post(SCENARIOS)
                .then().statusCode(401).contentType("application/problem+json");

        String foreign = Jwt.issuer(ISSUER).upn("maria").groups("analyst").expiresIn(300).sign(KeyUtils.generateKeyPair(2048).getPrivate());
        bearer(foreign).contentType("application/json").body(BODY).when().post(SCENARIOS)
                .then().statusCode(401).contentType("application/problem+json");

        String otherIssuer = Jwt.issuer("https://elsewhere.test").upn("maria").groups("analyst").expiresIn(300).sign(privateKey());
        bearer(otherIssuer).contentType("application/json").body(BODY).when().post(SCENARIOS).then().statusCode(401);
    }

    private static String token(String user, String group) {
        return Jwt.issuer(ISSUER).upn(user).groups(Set.of(group)).expiresIn(300).sign(privateKey());
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(KEYS.resolve("private.key")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
