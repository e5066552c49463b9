package org.assay.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Checks every response a REST test receives against the OpenAPI document the service under test serves, so that
 * what the service sends and what its document says cannot drift apart. Requests are not checked: tests send bad
 * ones on purpose, and the answer to a bad request is checked like any other (a documented problem).
 */
public class ContractCheck implements QuarkusTestBeforeEachCallback {
    private static String checkedFor;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        // RestAssured is pointed at the service only after these callbacks; Quarkus has published its URL by now.
        String document = ConfigProvider.getConfig().getValue("test.url", String.class) + "/q/openapi?format=json";
        // Each test profile starts the service anew, possibly with other packs; the document is read again then.
        if (document.equals(checkedFor) && RestAssured.filters().stream().anyMatch(OpenApiValidationFilter.class::isInstance)) {
            return;
        }
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(fetch(document))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        RestAssured.replaceFiltersWith(new OpenApiValidationFilter(validator));
        checkedFor = document;
    }

    private static String fetch(String document) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(document)).build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
