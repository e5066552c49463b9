package org.assay.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.facts.Violation;

import java.io.IOException;

/**
 * Parses request bodies with the service's read limits, turning every parse failure into a
 * {@link MalformedJsonException} that says where the body went wrong.
 */
@ApplicationScoped
public class JsonBody {

    @Inject
    ObjectMapper mapper;

    public JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedJsonException("The request body is empty",
                    new Violation("", "the body is empty; send a JSON object"));
        }
        try {
            return mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new MalformedJsonException("The request body breaks a JSON read limit",
                    new Violation(where(e.getLocation()), e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException("The request body is not valid JSON",
                    new Violation(where(e.getLocation()), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new MalformedJsonException("The request body cannot be read", new Violation("", e.getMessage()));
        }
    }

    private static String where(JsonLocation at) {
        return at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
