package org.sitepass.platform.boundary;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A JAX-RS path as the OpenAPI scanner reports it, {@code /api/v1/venues/{id: [0-9]+}/poster.png}: OpenAPI allows
 * only plain {@code {id}} templates, so the regular expressions move out of the path and into the parameters.
 *
 * @param plain the path with every parameter as a plain template
 * @param patterns the regular expression of each parameter that had one, by name
 */
record PathTemplate(String plain, Map<String, String> patterns) {

    static final String API_ROOT = "/api/v1/";

    static PathTemplate parse(String path) {
        StringBuilder plain = new StringBuilder();
        Map<String, String> patterns = new LinkedHashMap<>();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '{') {
                plain.append(c);
                i++;
                continue;
            }
            int end = closingBrace(path, i);
            String inside = path.substring(i + 1, end);
            int colon = inside.indexOf(':');
            String name = (colon < 0 ? inside : inside.substring(0, colon)).strip();
            if (colon >= 0) {
                patterns.put(name, inside.substring(colon + 1).strip());
            }
            plain.append('{').append(name).append('}');
            i = end + 1;
        }
        return new PathTemplate(plain.toString(), patterns);
    }

    /** Regular expressions can hold braces of their own ({@code [0-9]{6}}), so the braces are counted. */
    private static int closingBrace(String path, int open) {
        int depth = 0;
        for (int i = open; i < path.length(); i++) {
            if (path.charAt(i) == '{') {
                depth++;
            } else if (path.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in " + path);
    }

    /** The first segment under the API root, which names the resource and so its module. */
    String root() {
        String rest = plain.startsWith(API_ROOT) ? plain.substring(API_ROOT.length()) : plain.replaceFirst("^/", "");
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    boolean hasParameters() {
        return plain.indexOf('{') >= 0;
    }

    /**
     * An operation id made of the HTTP method and the path alone ({@code GET /venues/{id}/poster.png} is
     * {@code getVenuesByIdPosterPng}), so it is unique wherever the path is, and does not change when some other
     * resource gains a Java method of the same name.
     */
    String operationId(String httpMethod) {
        StringBuilder id = new StringBuilder(httpMethod.toLowerCase(Locale.ROOT));
        String rest = plain.startsWith(API_ROOT) ? plain.substring(API_ROOT.length()) : plain;
        for (String segment : rest.split("/")) {
            if (segment.startsWith("{")) {
                id.append("By");
                segment = segment.substring(1, segment.length() - 1);
            }
            for (String word : segment.split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return id.toString();
    }
}
