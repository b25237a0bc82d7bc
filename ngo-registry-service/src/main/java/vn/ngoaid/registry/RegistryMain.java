package vn.ngoaid.registry;

import io.quarkus.runtime.annotations.QuarkusMain;
import vn.ngoaid.common.startup.ServiceStart;

@QuarkusMain
public class RegistryMain {

    public static void main(String... args) {
        ServiceStart.run("ngo-registry-service", "NGO_REGISTRY_DB_URL", args);
    }
}
