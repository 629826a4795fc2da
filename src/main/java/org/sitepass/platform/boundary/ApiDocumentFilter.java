package org.sitepass.platform.boundary;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the document that Payara generates at {@code /openapi} one that OpenAPI tools and client generators accept.
 * Its scanner copies JAX-RS regular expressions into path templates, names operations after Java methods (which
 * repeat across resources), answers every operation with an untyped "Default Response" and knows nothing of the
 * problem documents the API sends, nor which module a resource belongs to or which resources are open to all.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String SECURITY_SCHEME = "keycloak";

    /** The module of each resource, by the first segment of its path; {@code ApiDocumentFilterTest} checks it. */
    static final Map<String, String> MODULES = Map.ofEntries(
            Map.entry("audit", "platform"), Map.entry("audit-entries", "platform"), Map.entry("districts", "platform"),
            Map.entry("me", "platform"), Map.entry("ping", "platform"),
            Map.entry("venue-reviews", "sites"), Map.entry("site-code-report", "sites"),
            Map.entry("site-codes", "sites"), Map.entry("venue-batches", "sites"),
            Map.entry("venue-categories", "sites"), Map.entry("venues", "sites"),
            Map.entry("certifications", "vendors"), Map.entry("device-models", "vendors"),
            Map.entry("qualified-suppliers", "vendors"), Map.entry("vendors", "vendors"),
            Map.entry("devices", "devices"), Map.entry("district-devices", "devices"),
            Map.entry("venue-devices", "devices"),
            Map.entry("inspection-compliance", "inspections"), Map.entry("inspection-orders", "inspections"),
            Map.entry("inspection-plans", "inspections"), Map.entry("inspections", "inspections"),
            Map.entry("venue-orders", "inspections"),
            Map.entry("pass-rules", "residents"), Map.entry("health-feed", "residents"),
            Map.entry("offline-codes", "residents"), Map.entry("residents", "residents"),
            Map.entry("entry-checks", "tracing"), Map.entry("pass-records", "tracing"),
            Map.entry("venue-passes", "tracing"), Map.entry("check-ins", "tracing"),
            Map.entry("my-visits", "tracing"), Map.entry("door-checks", "tracing"),
            Map.entry("tracing", "tracing"));

    /** Resources that answer without a token ({@code @PermitAll}); {@code ApiDocumentFilterTest} checks it. */
    static final Set<String> OPEN_TO_ALL = Set.of("districts", "ping", "qualified-suppliers",
            "venue-categories");

    private static final String PROBLEM = "Problem";
    private static final String BAD_REQUEST = "BadRequest";
    private static final String UNAUTHORIZED = "Unauthorized";
    private static final String FORBIDDEN = "Forbidden";
    private static final String NOT_FOUND = "NotFound";
    private static final String OTHER_PROBLEM = "OtherProblem";
    private static final String PAGE = "Page";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        forgetPayaraEndpoints(document);
        describeProblems(document.getComponents());
        Components components = document.getComponents();
        components.getSchemas().values().forEach(ApiDocumentFilter::forgetAnnotationDefaults);
        Map<String, Class<?>> pages = PagedLists.of(resources());
        components.removeSchema(PAGE);
        Paths paths = document.getPaths();
        new TreeMap<>(paths.getPathItems()).forEach((path, item) -> {
            paths.removePathItem(path);
            PathTemplate template = PathTemplate.parse(path);
            item.getOperations().forEach((method, operation) -> {
                describe(template, method, operation);
                Class<?> paged = pages.get(PagedLists.key(method.name(), template.plain()));
                APIResponse success = operation.getResponses().getAPIResponse("200");
                if (paged != null && success != null && success.getContent() != null) {
                    success.getContent().getMediaTypes().values()
                            .forEach(media -> media.setSchema(OASFactory.createSchema().ref(page(components, paged))));
                }
            });
            PathItem existing = paths.getPathItem(template.plain());
            if (existing == null) {
                paths.addPathItem(template.plain(), item);
            } else {
                item.getOperations().forEach(existing::setOperation);
            }
        });
    }

    private static void describe(PathTemplate template, PathItem.HttpMethod method, Operation operation) {
        String module = MODULES.get(template.root());
        if (module == null) {
            throw new IllegalStateException("no module for the API path " + template.plain());
        }
        operation.setOperationId(template.operationId(method.name()));
        operation.setTags(List.of(module));
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> constrain(parameter, template));
        }
        if (operation.getRequestBody() != null) {
            typeBinaries(operation.getRequestBody().getContent());
        }
        boolean open = OPEN_TO_ALL.contains(template.root());
        if (!open) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        }
        answer(operation.getResponses(), open, template.hasParameters());
    }

    /**
     * The resources are CDI beans, and Payara builds the document on the first request for it, inside this
     * application, where the bean manager knows them.
     */
    private static Collection<Class<?>> resources() {
        return CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass).filter(type -> type.isAnnotationPresent(Path.class))
                .collect(Collectors.toSet());
    }

    /** A page of these items as a schema of its own, so that a client generator knows what the items are. */
    private static String page(Components components, Class<?> item) {
        String itemName = PagedLists.schemaName(item);
        RecordSchemas.ensure(components, item);
        Schema count = OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        components.addSchema(itemName + PAGE, OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("One page of " + itemName + ", with how many there are in all")
                .addProperty("items", OASFactory.createSchema().type(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(itemName)))
                .addProperty("total", OASFactory.createSchema().type(SchemaType.INTEGER).format("int64"))
                .addProperty("page", count).addProperty("size", count)
                .addRequired("items").addRequired("total").addRequired("page").addRequired("size"));
        return itemName + PAGE;
    }

    /** The path's regular expression becomes the parameter's type or pattern, so clients learn what it allowed. */
    private static void constrain(Parameter parameter, PathTemplate template) {
        String pattern = template.patterns().get(parameter.getName());
        Schema schema = parameter.getSchema();
        if (parameter.getIn() != Parameter.In.PATH || pattern == null || schema == null) {
            return;
        }
        if (pattern.equals("[0-9]+") && schema.getType() == SchemaType.NUMBER) {
            schema.type(SchemaType.INTEGER).format("int64");
        } else if (schema.getType() == SchemaType.STRING) {
            schema.pattern("^" + pattern + "$");
        }
    }

    /**
     * Payara's catch-all answer becomes the success it stands for (an explicit {@code @APIResponse} wins), and every
     * operation lists the problems it can answer with.
     */
    private static void answer(APIResponses responses, boolean open, boolean byId) {
        APIResponse fallback = responses.getDefaultValue();
        responses.removeAPIResponse(APIResponses.DEFAULT);
        boolean declared = responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (fallback != null && !declared) {
            boolean empty = fallback.getContent() == null || fallback.getContent().getMediaTypes().isEmpty();
            responses.addAPIResponse(empty ? "204" : "200", fallback.description(empty ? "No content" : "OK"));
        }
        responses.getAPIResponses().values().stream().map(APIResponse::getContent)
                .filter(content -> content != null && content.getMediaTypes() != null)
                .forEach(content -> {
                    typeBinaries(content);
                    content.getMediaTypes().values().forEach(media -> forgetAnnotationDefaults(media.getSchema()));
                });
        refer(responses, "400", BAD_REQUEST);
        if (!open) {
            refer(responses, "401", UNAUTHORIZED);
            refer(responses, "403", FORBIDDEN);
        }
        if (byId) {
            refer(responses, "404", NOT_FOUND);
        }
        responses.defaultValue(OASFactory.createAPIResponse().ref(OTHER_PROBLEM));
    }

    private static void refer(APIResponses responses, String code, String component) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(component));
        }
    }

    /** Files and CSV reach the scanner as untyped objects; on the wire they are bytes and text. */
    private static void typeBinaries(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            Schema schema = media.getSchema();
            boolean untyped = schema == null || schema.getType() == SchemaType.OBJECT && schema.getRef() == null
                    && (schema.getProperties() == null || schema.getProperties().isEmpty());
            if (!type.contains("json") && untyped) {
                media.setSchema(type.startsWith("text/")
                        ? OASFactory.createSchema().type(SchemaType.STRING)
                        : OASFactory.createSchema().type(SchemaType.STRING).format("binary"));
            }
        });
    }

    /**
     * A schema that comes from a {@code @Schema} annotation, on a record or in an {@code @APIResponse}, carries every
     * attribute of the annotation at its default, {@code maxProperties: 0} among them, which would forbid the very
     * properties it lists.
     */
    private static void forgetAnnotationDefaults(Schema schema) {
        if (schema == null || !Integer.valueOf(0).equals(schema.getMaxProperties())) {
            return;
        }
        schema.setMaxProperties(null);
        schema.setMinProperties(null);
        schema.setMinLength(null);
        schema.setUniqueItems(null);
        schema.setExclusiveMaximum(null);
        schema.setExclusiveMinimum(null);
        schema.setNullable(null);
        schema.setReadOnly(null);
        schema.setWriteOnly(null);
        schema.setDeprecated(null);
    }

    private static void describeProblems(Components components) {
        Schema text = OASFactory.createSchema().type(SchemaType.STRING);
        components.addSchema("FieldError", OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("One input that was refused, named as the client sent it")
                .addProperty("field", text).addProperty("message", text)
                .addRequired("field").addRequired("message"));
        components.addSchema(PROBLEM, OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("An RFC 9457 problem document in the caller's language (Accept-Language)")
                .addProperty("type", OASFactory.createSchema().type(SchemaType.STRING).format("uri-reference")
                        .description("What kind of problem, for programs: about:blank or a urn:sitepass:problem URN"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().type(SchemaType.STRING).format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().type(SchemaType.ARRAY)
                        .description("Every refused input, on validation problems")
                        .items(OASFactory.createSchema().ref("FieldError")))
                .addRequired("type").addRequired("title").addRequired("status"));
        components.addResponse(BAD_REQUEST, problem("Invalid input: the errors name every refused field"));
        components.addResponse(UNAUTHORIZED, problem("No token, or one that is not valid"));
        components.addResponse(FORBIDDEN, problem("The caller's roles do not allow this"));
        components.addResponse(NOT_FOUND, problem("No such thing, or not the caller's to see"));
        components.addResponse(OTHER_PROBLEM, problem("Any other problem, such as a refused change of state (409)"));
    }

    private static APIResponse problem(String description) {
        MediaType json = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, json));
    }

    /**
     * Payara adds an {@code endpoints} map of its own to the top of the document, which OpenAPI does not allow and
     * validators reject; it is written only when not empty, and the model offers no other way to reach it.
     */
    private static void forgetPayaraEndpoints(OpenAPI document) {
        try {
            document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new TreeMap<>());
        } catch (ReflectiveOperationException otherRuntime) {
            // Nothing to forget: only Payara's model carries the map.
        }
    }
}
