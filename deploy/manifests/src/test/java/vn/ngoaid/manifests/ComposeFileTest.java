package vn.ngoaid.manifests;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaid.manifests.Yamls.at;
import static vn.ngoaid.manifests.Yamls.listAt;
import static vn.ngoaid.manifests.Yamls.map;
import static vn.ngoaid.manifests.Yamls.mapAt;
import static vn.ngoaid.manifests.Yamls.stringAt;

/** deploy/docker-compose.yml against the services' own configuration (no Docker engine needed). */
class ComposeFileTest {

    private static final Path COMPOSE = Services.ROOT.resolve("deploy/docker-compose.yml");

    private final Services services = Services.read();
    private final Map<String, Object> compose = Yamls.document(Services.text(COMPOSE));
    private final Map<String, Object> declared = mapAt(compose, "services");

    @Test
    void postgresKeepsItsDataInAVolumeAndReportsHealth() {
        Map<String, Object> postgres = mapAt(declared, "postgres");
        assertTrue(stringAt(postgres, "image").startsWith("postgres:"), "a PostgreSQL image");
        assertTrue(listAt(postgres, "volumes").contains("pgdata:/var/lib/postgresql/data"));
        assertTrue(mapAt(compose, "volumes").containsKey("pgdata"), "pgdata is a named volume");
        assertTrue(listAt(postgres, "healthcheck.test").toString().contains("pg_isready"));
        for (String variable : List.of("POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD")) {
            assertTrue(mapAt(postgres, "environment").containsKey(variable), variable);
        }
    }

    @Test
    void eachServiceIsBuiltFromTheSharedDockerfileAndPublishesItsPort() {
        assertEquals(Set.of("postgres", "ngo-registry-service", "aid-project-service", "partner-service"), declared.keySet());
        for (Services.Service service : services.all()) {
            Map<String, Object> declaration = mapAt(declared, service.name());
            assertEquals("ngo-aid/" + service.name() + ":${TAG:-latest}", stringAt(declaration, "image"));
            Path context = COMPOSE.getParent().resolve(stringAt(declaration, "build.context")).normalize();
            assertEquals(Services.ROOT, context, service.name() + " builds from the repository root");
            assertTrue(Files.isRegularFile(context.resolve(stringAt(declaration, "build.dockerfile"))));
            assertEquals(service.name(), stringAt(declaration, "build.args.SERVICE"));
            assertTrue(Files.isDirectory(context.resolve(service.name())), "a module named as the SERVICE argument");
            String port = String.valueOf(service.port());
            assertTrue(listAt(declaration, "ports").stream().map(String::valueOf).anyMatch(p -> p.endsWith(":" + port)),
                    service.name() + " publishes " + port);
            assertEquals(port, stringAt(declaration, "environment." + service.portVariable()));
            // at least as long as the services' own drain (SHUTDOWN_TIMEOUT 25S)
            assertEquals("30s", stringAt(declaration, "stop_grace_period"));
        }
    }

    @Test
    void eachServiceIsHealthCheckedOnItsReadinessAndStartsAfterWhatItNeeds() {
        for (Services.Service service : services.all()) {
            Map<String, Object> declaration = mapAt(declared, service.name());
            String check = listAt(declaration, "healthcheck.test").toString();
            assertTrue(check.contains("http://127.0.0.1:" + service.port() + "/q/health/ready"), service.name() + ": " + check);
            Map<String, Object> dependsOn = mapAt(declaration, "depends_on");
            Set<String> needed = new TreeSet<>(Set.of("postgres"));
            for (String call : service.calls()) {
                needed.add(services.reachedThrough(call).name());
            }
            assertEquals(needed, dependsOn.keySet(), service.name() + " starts after what it calls");
            for (Object condition : dependsOn.values()) {
                assertEquals("service_healthy", stringAt(map(condition, "depends_on"), "condition"));
            }
        }
    }

    @Test
    void eachServiceGetsEveryVariableItNeedsAndNoneItDoesNotRead() {
        for (Services.Service service : services.all()) {
            Map<String, Object> environment = mapAt(declared, service.name() + ".environment");
            Set<String> missing = new TreeSet<>(service.required());
            missing.removeAll(environment.keySet());
            assertTrue(missing.isEmpty(), service.name() + " lacks " + missing);
            Set<String> unknown = new TreeSet<>(environment.keySet());
            unknown.removeAll(service.reads());
            unknown.removeAll(Services.PLATFORM_VARIABLES);
            assertTrue(unknown.isEmpty(), service.name() + " is given variables it never reads: " + unknown);
            assertEquals("jdbc:postgresql://postgres:5432/ngo_aid", stringAt(environment, service.dbPrefix() + "_DB_URL"));
            for (String call : service.calls()) {
                Services.Service called = services.reachedThrough(call);
                assertEquals("http://" + called.name() + ":" + called.port(), stringAt(environment, call));
            }
            assertFalse(String.valueOf(at(environment, "QUARKUS_PROFILE")).contains("dev}"),
                    "production unless the operator says otherwise");
        }
    }
}
