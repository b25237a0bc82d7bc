package vn.ngoaid.aid;

import io.quarkus.runtime.annotations.QuarkusMain;
import vn.ngoaid.common.startup.ServiceStart;

@QuarkusMain
public class AidProjectMain {

    public static void main(String... args) {
        ServiceStart.run("aid-project-service", "AID_PROJECT_DB_URL", args);
    }
}
