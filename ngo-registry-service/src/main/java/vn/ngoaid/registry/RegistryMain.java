package vn.ngoaid.registry;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import vn.ngoaid.common.startup.DatabaseRequired;
import vn.ngoaid.common.startup.DevKeyRefused;

@QuarkusMain
public class RegistryMain {

    public static void main(String... args) {
        DatabaseRequired.check("ngo-registry-service", "NGO_REGISTRY_DB_URL");
        DevKeyRefused.check("ngo-registry-service");
        Quarkus.run(args);
    }
}
