package vn.ngoaid.manifests;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** YAML documents as maps and lists, and short ways into them that fail with the path that was missing. */
final class Yamls {

    private Yamls() {
    }

    static List<Map<String, Object>> documents(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
            if (document != null) {
                documents.add(map(document, "document"));
            }
        }
        return documents;
    }

    static Map<String, Object> document(String text) {
        List<Map<String, Object>> documents = documents(text);
        if (documents.size() != 1) {
            throw new AssertionError("expected one YAML document, found " + documents.size());
        }
        return documents.get(0);
    }

    /** The value at a dotted path, e.g. {@code spec.template.spec}; fails naming the path when it is absent. */
    static Object at(Map<String, Object> root, String path) {
        Object value = root;
        for (String key : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new AssertionError(path + " is missing (at " + key + ") in " + root);
            }
            value = map.get(key);
        }
        return value;
    }

    static Map<String, Object> mapAt(Map<String, Object> root, String path) {
        return map(at(root, path), path);
    }

    static List<Object> listAt(Map<String, Object> root, String path) {
        Object value = at(root, path);
        if (!(value instanceof List<?> list)) {
            throw new AssertionError(path + " is not a list: " + value);
        }
        return new ArrayList<>(list);
    }

    static String stringAt(Map<String, Object> root, String path) {
        return String.valueOf(at(root, path));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError(what + " is not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }
}
