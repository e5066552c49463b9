package org.assay.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Answers an over-large body with problem+json. Vert.x refuses such a body before any resource
 * runs (by its Content-Length, or while a chunked body streams in), so the usual exception
 * mappers never see it; this handler gives that refusal the service's one error shape.
 */
@ApplicationScoped
public class BodyLimit {
    private static final int FIRST = Integer.MIN_VALUE + 100;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper mapper;

    private BodyHandler chunked;

    @jakarta.annotation.PostConstruct
    void init() {
        chunked = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
    }

    /** Runs before Quarkus's own Content-Length check, which would answer with an empty 413. */
    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::checkLength).failureHandler(context -> {
            if (context.statusCode() == 413) {
                tooLarge(context);
            } else {
                context.next();
            }
        });
    }

    /**
     * A declared length is checked at once; a chunked body is buffered up to the limit by Vert.x's
     * BodyHandler, which fails the request with 413 past it instead of letting the read fail later.
     */
    private void checkLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && isOver(length)) {
            tooLarge(context);
        } else if (length == null && context.request().headers().contains("Transfer-Encoding")) {
            chunked.handle(context);
        } else {
            context.next();
        }
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void tooLarge(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        Problem problem = Problem.of(ProblemType.TOO_LARGE, "the body exceeds the limit of " + maxBodySize.asLongValue() + " bytes (quarkus.http.limits.max-body-size)", List.of());
        try {
            context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(problem.status()).end();
        }
    }
}
