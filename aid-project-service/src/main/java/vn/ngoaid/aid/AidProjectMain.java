package vn.ngoaid.aid;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import vn.ngoaid.common.startup.DatabaseRequired;
import vn.ngoaid.common.startup.DevKeyRefused;

@QuarkusMain
public class AidProjectMain {

    public static void main(String... args) {
        DatabaseRequired.check("aid-project-service", "AID_PROJECT_DB_URL");
        DevKeyRefused.check("aid-project-service");
        Quarkus.run(args);
    }
}
