package vn.ngoaid.common.startup;

import io.quarkus.runtime.Quarkus;

/** How every service starts: it checks what would make it run wrong ({@link DatabaseRequired}, {@link DevKeyRefused}), then runs. */
public final class ServiceStart {

    private ServiceStart() {
    }

    /**
     * @param service     its name, in the messages of a refused start
     * @param urlVariable the environment variable that names its database
     */
    public static void run(String service, String urlVariable, String... args) {
        DatabaseRequired.check(service, urlVariable);
        DevKeyRefused.check(service);
        Quarkus.run(args);
    }
}
