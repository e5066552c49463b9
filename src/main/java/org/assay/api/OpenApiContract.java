package org.assay.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the OpenAPI document must say that annotations on each route would only repeat: the problems any route can
 * give (the body, the path, the HTTP layer's refusals), each as an application/problem+json {@link Problem} whose
 * {@code type} is one of the catalogue's; and, for what only the service sends, that every member is present.
 */
public class OpenApiContract implements OASFilter {
    /**
     * Marks a schema whose members are each left out when empty or null ({@code @JsonInclude(NON_EMPTY)} with no
     * member always present): none is required.
     */
    public static final String OMITS_EMPTY = "x-assay-omits-empty";
    /** Names the schema of each line of an NDJSON body, which is described as text. */
    public static final String LINE_SCHEMA = "x-assay-line-schema";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String REF_PREFIX = "#/components/schemas/";
    /** The tags of the routes that read or write the store (saved scenarios, the assessment log). */
    private static final Set<String> STORE_TAGS = Set.of("Saved scenarios", "Assessment log");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        describeProblem(api);
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            addCommonProblems(path, operation);
            describeConditions(operation);
            operation.getResponses().getAPIResponses().forEach((status, response) -> describeAsProblem(status, response));
            // Successes first: a generator builds a route's Accept header from its responses in order, and some
            // (okhttp-gson) send only the first JSON type they meet, which must then not be application/problem+json.
            operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
        }));
        requireEverySentMember(api);
        describeLines(api);
    }

    /**
     * An NDJSON body is text, one JSON value a line, which OpenAPI 3.0 cannot describe as such: a validating proxy
     * reads a schema of the media type as the schema of the whole body and refuses the stream. So the body is
     * described as a string, and the schema of each line is named in {@link #LINE_SCHEMA} and the description.
     */
    private static void describeLines(OpenAPI api) {
        operations(api).flatMap(o -> o.getResponses().getAPIResponses().values().stream())
                .map(APIResponse::getContent).filter(Objects::nonNull)
                .forEach(content -> {
                    MediaType lines = content.getMediaType(Documented.NDJSON);
                    if (lines != null && lines.getSchema() != null && lines.getSchema().getRef() != null) {
                        String ref = lines.getSchema().getRef();
                        lines.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .description("NDJSON: one " + ref.substring(REF_PREFIX.length()) + " per line, each a JSON object")
                                .addExtension(LINE_SCHEMA, ref));
                    }
                });
    }

    /** The catalogue's types, so that a client can switch on them. */
    private static void describeProblem(OpenAPI api) {
        Schema problem = api.getComponents().getSchemas().get("Problem");
        Schema type = problem.getProperties().get("type");
        type.setEnumeration(Arrays.stream(ProblemType.values()).map(t -> (Object) t.uri()).toList());
        type.setDescription("Which problem this is, a stable URN of the catalogue (docs/problems.md); its last part is the code");
        type.setExample(ProblemType.UNKNOWN_PACK.uri());
    }

    /** The problems that follow from what an operation takes, whichever route it is. */
    private static void addCommonProblems(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        boolean query = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (body || query) {
            add(responses, "400", body ? "the body is not JSON, or a member or value is wrong; errors name each"
                    : "a query parameter is malformed; errors name it");
        }
        if (path.contains("{")) {
            add(responses, "400", "malformed-path: the path hides a dot, slash, backslash or NUL in percent-encoding; or "
                    + (body || query ? "the body or a query parameter is wrong; errors name each" : "a path parameter is malformed"));
            add(responses, "404", "no such " + String.join(" or ", pathParameters(path)));
        }
        if (sendsContent(responses)) {
            add(responses, "406", "the Accept header names no media type this route answers with");
        }
        if (body) {
            add(responses, "413", "the body is larger than the service accepts");
            add(responses, "415", "the body is sent with a media type this route does not read");
        }
        add(responses, "500", "the service failed unexpectedly; the failure is logged");
        boolean signInRequired = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        add(responses, "401", signInRequired ? Documented.UNAUTHENTICATED
                : Documented.UNAUTHENTICATED + "; only where the operator requires sign-in (assay.security.assessments-require-auth)");
        if (signInRequired) {
            add(responses, "403", "forbidden: the signed-in user lacks the role this route needs");
        }
        if (operation.getTags() != null && operation.getTags().stream().anyMatch(STORE_TAGS::contains)) {
            APIResponse unavailable = responses.getAPIResponse("503");
            if (unavailable == null) {
                add(responses, "503", Documented.STORE_UNAVAILABLE);
            } else {
                unavailable.setDescription(unavailable.getDescription() + "; or " + Documented.STORE_UNAVAILABLE);
            }
        }
    }

    /**
     * The validators of the routes {@link Conditional} answers: where a route can answer 304 it reads If-None-Match,
     * where it can answer 412 it reads If-Match, and either way what it sends (a 412 too) carries the current ETag.
     */
    private static void describeConditions(Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean notModified = responses.hasAPIResponse("304");
        boolean preconditioned = responses.hasAPIResponse("412");
        if (notModified) {
            operation.addParameter(OASFactory.createParameter().ref("ifNoneMatch"));
        }
        if (preconditioned) {
            operation.addParameter(OASFactory.createParameter().ref("ifMatch"));
        }
        if (notModified || preconditioned) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.equals("304") || status.equals("412") || status.startsWith("2") && response.getContent() != null) {
                    response.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
                }
            });
        }
    }

    private static List<String> pathParameters(String path) {
        List<String> names = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.startsWith("{") && part.endsWith("}")) {
                names.add(part.substring(1, part.length() - 1));
            }
        }
        return names.isEmpty() ? List.of("resource") : names;
    }

    private static boolean sendsContent(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null);
    }

    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void describeAsProblem(String status, APIResponse response) {
        if (status.startsWith("4") || status.startsWith("5")) {
            Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
            response.setContent(content);
        }
    }

    /**
     * Marks every member of what the service only sends as required: Jackson writes each record component, null or
     * not, so a client can rely on its presence. A schema that lists its own required members (one whose Java type
     * leaves out null or empty members) keeps its list. What clients send keeps its optional members.
     */
    private static void requireEverySentMember(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> sent = reachable(schemas, responseSchemas(api));
        Set<String> received = reachable(schemas, requestSchemas(api));
        sent.removeAll(received);
        for (String name : sent) {
            Schema schema = schemas.get(name);
            boolean omitsEmpty = schema.getExtensions() != null && schema.getExtensions().containsKey(OMITS_EMPTY);
            if (schema.getProperties() != null && !omitsEmpty && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(new TreeMap<>(schema.getProperties()).keySet()));
            }
        }
    }

    private static Stream<Schema> responseSchemas(OpenAPI api) {
        return operations(api).flatMap(o -> o.getResponses().getAPIResponses().values().stream())
                .flatMap(r -> schemas(r.getContent()));
    }

    private static Stream<Schema> requestSchemas(OpenAPI api) {
        return operations(api).filter(o -> o.getRequestBody() != null).flatMap(o -> schemas(o.getRequestBody().getContent()));
    }

    private static Stream<Operation> operations(OpenAPI api) {
        return api.getPaths().getPathItems().values().stream().map(PathItem::getOperations).flatMap(m -> m.values().stream());
    }

    private static Stream<Schema> schemas(Content content) {
        return content == null ? Stream.empty()
                : content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull);
    }

    /** The component schemas these schemas refer to, directly or through others. */
    private static Set<String> reachable(Map<String, Schema> components, Stream<Schema> roots) {
        Set<String> names = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>(roots.toList());
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(REF_PREFIX)) {
                String name = ref.substring(REF_PREFIX.length());
                if (names.add(name) && components.containsKey(name)) {
                    todo.push(components.get(name));
                }
            }
            children(schema).forEach(todo::push);
        }
        return names;
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .flatMap(Collection::stream).forEach(children::add);
        return children;
    }
}
