package vn.ngoaid.manifests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.ngoaid.manifests.Yamls.at;
import static vn.ngoaid.manifests.Yamls.listAt;
import static vn.ngoaid.manifests.Yamls.map;
import static vn.ngoaid.manifests.Yamls.mapAt;
import static vn.ngoaid.manifests.Yamls.stringAt;

/**
 * deploy/kubernetes: every file parses and every path a kustomization names exists; the base gives each service
 * what it needs; each overlay, rendered with {@code kubectl kustomize} where kubectl is installed, is complete
 * (every ConfigMap and Secret it references is in it, made by CloudNativePG, or created by the operator as the
 * README says).
 */
class KubernetesManifestsTest {

    private static final Path KUBERNETES = Services.ROOT.resolve("deploy/kubernetes");
    /** Made outside Git by whoever installs: the TLS certificate (and, with an external database, its account). */
    private static final String TLS_SECRET = "ngo-aid-tls";
    private static final String DATABASE_SECRET = "ngo-aid-db-app";

    private final Services services = Services.read();

    @Test
    void everyFileParsesAndEveryPathAKustomizationNamesExists() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(KUBERNETES)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the base, components and overlays: " + files);
        int kustomizations = 0;
        for (Path file : files) {
            List<Map<String, Object>> documents = Yamls.documents(Files.readString(file));
            assertFalse(documents.isEmpty(), file + " is empty");
            for (Map<String, Object> document : documents) {
                at(document, "apiVersion");
                String kind = stringAt(document, "kind");
                if (kind.equals("Kustomization") || kind.equals("Component")) {
                    kustomizations++;
                    assertEquals("kustomization.yaml", file.getFileName().toString());
                    assertReferencesExist(file.getParent(), document);
                } else {
                    at(document, "metadata.name");
                }
            }
        }
        assertEquals(5, kustomizations, "base, two components, two overlays");
    }

    @Test
    void theBaseGivesEachServiceWhatItNeeds() {
        Map<String, Object> kustomization = Yamls.document(Services.text(KUBERNETES.resolve("base/kustomization.yaml")));
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object resource : listAt(kustomization, "resources")) {
            objects.addAll(Yamls.documents(Services.text(KUBERNETES.resolve("base").resolve(resource.toString()))));
        }
        // the database comes with a component
        assertDeployable(objects, Set.of("ngo-aid-database", DATABASE_SECRET, TLS_SECRET));
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-province", "national"})
    void eachOverlayRendersToACompleteDeployment(String overlay) throws Exception {
        assumeTrue(onPath("kubectl"), "kubectl is not installed: the overlays are checked file by file only");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", KUBERNETES.resolve("overlays").resolve(overlay).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String rendered = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, kubectl.exitValue(), "kubectl kustomize " + overlay);
        List<Map<String, Object>> objects = Yamls.documents(rendered);

        for (Map<String, Object> object : objects) {
            if (!stringAt(object, "kind").equals("Namespace")) {
                assertEquals("ngo-aid", stringAt(object, "metadata.namespace"), "namespace of " + object.get("metadata"));
            }
        }
        List<Map<String, Object>> clusters = ofKind(objects, "Cluster");
        Set<String> external = new HashSet<>(Set.of(TLS_SECRET));
        if (overlay.equals("single-province")) {
            assertEquals(1, clusters.size(), "PostgreSQL by CloudNativePG");
            assertEquals("postgresql.cnpg.io/v1", stringAt(clusters.get(0), "apiVersion"));
            assertEquals(DATABASE_SECRET, stringAt(clusters.get(0), "metadata.name") + "-app");
            assertTrue(jdbcUrl(objects).startsWith("jdbc:postgresql://" + stringAt(clusters.get(0), "metadata.name") + "-rw:"));
        } else {
            assertTrue(clusters.isEmpty(), "an external database");
            assertTrue(jdbcUrl(objects).startsWith("jdbc:postgresql://"));
            external.add(DATABASE_SECRET);
        }
        assertDeployable(objects, external);
    }

    /** What every rendering (or the base) must satisfy; {@code external} names objects made outside these files. */
    private void assertDeployable(List<Map<String, Object>> objects, Set<String> external) {
        for (Services.Service service : services.all()) {
            Map<String, Object> deployment = named(objects, "Deployment", service.name());
            Map<String, Object> pod = mapAt(deployment, "spec.template.spec");
            Map<String, Object> labels = mapAt(deployment, "spec.template.metadata.labels");
            assertTrue(labels.entrySet().containsAll(mapAt(deployment, "spec.selector.matchLabels").entrySet()));
            assertFalse(mapAt(deployment, "spec").containsKey("replicas"), "the autoscaler sets the replicas");
            assertEquals(Boolean.TRUE, at(pod, "securityContext.runAsNonRoot"));
            assertTrue(((Number) at(pod, "terminationGracePeriodSeconds")).intValue() >= 30, "room for the drain");

            List<Object> containers = listAt(pod, "containers");
            assertEquals(1, containers.size());
            Map<String, Object> container = map(containers.get(0), "container");
            assertTrue(stringAt(container, "image").contains("ngo-aid/" + service.name() + ":"), stringAt(container, "image"));
            Map<String, Object> port = map(listAt(container, "ports").get(0), "port");
            assertEquals(service.port(), at(port, "containerPort"));
            assertEquals("http", at(port, "name"));
            assertProbe(container, "readinessProbe", "/q/health/ready");
            assertProbe(container, "livenessProbe", "/q/health/live");
            assertProbe(container, "startupProbe", "/q/health/started");
            for (String resource : List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")) {
                at(container, "resources." + resource);
            }
            assertEquals(Boolean.TRUE, at(container, "securityContext.readOnlyRootFilesystem"));
            assertEquals(Boolean.FALSE, at(container, "securityContext.allowPrivilegeEscalation"));
            assertTrue(listAt(container, "volumeMounts").stream().anyMatch(m -> "/tmp".equals(map(m, "mount").get("mountPath"))));
            assertTrue(listAt(pod, "volumes").stream().anyMatch(v -> map(v, "volume").containsKey("emptyDir")));

            assertEnvironment(service, container, objects, external);

            Map<String, Object> svc = named(objects, "Service", service.name());
            assertEquals(labels.entrySet().containsAll(mapAt(svc, "spec.selector").entrySet()), true,
                    service.name() + ": the Service selects the pods");
            Map<String, Object> servicePort = map(listAt(svc, "spec.ports").get(0), "port");
            assertEquals(service.port(), at(servicePort, "port"));
            assertEquals("http", at(servicePort, "targetPort"));

            Map<String, Object> autoscaler = named(objects, "HorizontalPodAutoscaler", service.name());
            assertEquals("autoscaling/v2", stringAt(autoscaler, "apiVersion"));
            assertEquals("Deployment", stringAt(autoscaler, "spec.scaleTargetRef.kind"));
            assertEquals(service.name(), stringAt(autoscaler, "spec.scaleTargetRef.name"));
            int min = ((Number) at(autoscaler, "spec.minReplicas")).intValue();
            assertTrue(min >= 1 && ((Number) at(autoscaler, "spec.maxReplicas")).intValue() > min);
            assertFalse(listAt(autoscaler, "spec.metrics").isEmpty());

            Map<String, Object> budget = named(objects, "PodDisruptionBudget", service.name());
            assertEquals("policy/v1", stringAt(budget, "apiVersion"));
            assertTrue(labels.entrySet().containsAll(mapAt(budget, "spec.selector.matchLabels").entrySet()));
            assertTrue(mapAt(budget, "spec").containsKey("maxUnavailable") || mapAt(budget, "spec").containsKey("minAvailable"));
        }
        List<Map<String, Object>> ingresses = ofKind(objects, "Ingress");
        assertEquals(1, ingresses.size());
        Map<String, Object> ingress = ingresses.get(0);
        assertEquals("networking.k8s.io/v1", stringAt(ingress, "apiVersion"));
        Set<String> routed = new TreeSet<>();
        for (Object rule : listAt(ingress, "spec.rules")) {
            at(map(rule, "rule"), "host");
            for (Object path : listAt(map(rule, "rule"), "http.paths")) {
                Map<String, Object> backend = mapAt(map(path, "path"), "backend.service");
                named(objects, "Service", stringAt(backend, "name"));
                assertEquals("http", stringAt(backend, "port.name"));
                routed.add(stringAt(backend, "name"));
            }
        }
        assertEquals(new TreeSet<>(services.all().stream().map(Services.Service::name).toList()), routed);
        for (Object tls : listAt(ingress, "spec.tls")) {
            assertSecret(stringAt(map(tls, "tls"), "secretName"), null, objects, external);
        }
    }

    private void assertEnvironment(Services.Service service, Map<String, Object> container, List<Map<String, Object>> objects,
                                   Set<String> external) {
        Map<String, String> literal = new HashMap<>();
        Set<String> supplied = new TreeSet<>();
        for (Object from : listAt(container, "envFrom")) {
            String name = stringAt(map(from, "envFrom"), "configMapRef.name");
            Map<String, Object> data = mapAt(named(objects, "ConfigMap", name), "data");
            data.forEach((key, value) -> literal.put(key, String.valueOf(value)));
            supplied.addAll(data.keySet());
        }
        for (Object item : listAt(container, "env")) {
            Map<String, Object> variable = map(item, "env");
            String name = stringAt(variable, "name");
            supplied.add(name);
            if (variable.containsKey("value")) {
                literal.put(name, stringAt(variable, "value"));
                continue;
            }
            Map<String, Object> source = mapAt(variable, "valueFrom");
            if (source.containsKey("configMapKeyRef")) {
                String map = stringAt(source, "configMapKeyRef.name");
                if (!external.contains(map)) {
                    assertTrue(mapAt(named(objects, "ConfigMap", map), "data").containsKey(stringAt(source, "configMapKeyRef.key")),
                            name + ": key " + source + " in ConfigMap " + map);
                }
            } else {
                assertSecret(stringAt(source, "secretKeyRef.name"), stringAt(source, "secretKeyRef.key"), objects, external);
            }
        }
        Set<String> missing = new TreeSet<>(service.required());
        missing.removeAll(supplied);
        assertTrue(missing.isEmpty(), service.name() + " lacks " + missing);
        Set<String> unknown = new TreeSet<>(supplied);
        unknown.removeAll(service.reads());
        unknown.removeAll(Services.PLATFORM_VARIABLES);
        assertTrue(unknown.isEmpty(), service.name() + " is given variables no service reads: " + unknown);
        assertEquals(String.valueOf(service.port()), literal.get(service.portVariable()));
        assertEquals("prod", literal.get("QUARKUS_PROFILE"));
        for (String call : service.calls()) {
            Services.Service called = services.reachedThrough(call);
            assertEquals("http://" + called.name() + ":" + called.port(), literal.get(call), call);
        }
    }

    private static void assertSecret(String name, String key, List<Map<String, Object>> objects, Set<String> external) {
        if (external.contains(name)) {
            return;
        }
        boolean byOperator = ofKind(objects, "Cluster").stream()
                .anyMatch(c -> (stringAt(c, "metadata.name") + "-app").equals(name));
        if (byOperator) {
            assertTrue(Set.of("username", "password").contains(key), "CloudNativePG's app secret has no key " + key);
            return;
        }
        Map<String, Object> secret = named(objects, "Secret", name);
        if (key != null) {
            Map<String, Object> data = new HashMap<>();
            Stream.of("data", "stringData").filter(secret::containsKey).forEach(f -> data.putAll(mapAt(secret, f)));
            assertTrue(data.containsKey(key), "Secret " + name + " has no key " + key);
        }
    }

    private static void assertProbe(Map<String, Object> container, String probe, String path) {
        assertEquals(path, stringAt(container, probe + ".httpGet.path"));
        assertEquals("http", stringAt(container, probe + ".httpGet.port"));
    }

    private static String jdbcUrl(List<Map<String, Object>> objects) {
        return ofKind(objects, "ConfigMap").stream()
                .filter(m -> stringAt(m, "metadata.name").startsWith("ngo-aid-database"))
                .map(m -> stringAt(m, "data.jdbc-url")).findFirst()
                .orElseThrow(() -> new AssertionError("no ConfigMap ngo-aid-database"));
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    private static Map<String, Object> named(List<Map<String, Object>> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> name.equals(stringAt(o, "metadata.name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    private static void assertReferencesExist(Path directory, Map<String, Object> kustomization) {
        for (String field : List.of("resources", "components")) {
            if (kustomization.containsKey(field)) {
                for (Object entry : listAt(kustomization, field)) {
                    Path target = directory.resolve(entry.toString()).normalize();
                    assertTrue(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")),
                            directory + ": " + field + " " + entry + " does not exist");
                }
            }
        }
        if (kustomization.containsKey("patches")) {
            for (Object patch : listAt(kustomization, "patches")) {
                Object path = map(patch, "patch").get("path");
                assertTrue(path == null || Files.isRegularFile(directory.resolve(path.toString())),
                        directory + ": patch " + path + " does not exist");
                assertTrue(path != null || map(patch, "patch").get("patch") != null, "a patch has a path or a body");
            }
        }
    }

    private static boolean onPath(String command) {
        return Stream.of(Objects.requireNonNullElse(System.getenv("PATH"), "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
