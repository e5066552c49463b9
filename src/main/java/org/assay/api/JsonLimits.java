package org.assay.api;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.assay.AssayConfig;

/**
 * Sets how much JSON the service will read. Jackson's default nesting limit (1000) is far past
 * anything a fact set needs and deep enough to cost real stack; a tight limit refuses hostile
 * bodies early with a clear 400. Unknown properties always fail, so a typo never silently changes
 * an answer.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    @Inject
    AssayConfig config;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(config.requests().maxNestingDepth())
                .build());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
