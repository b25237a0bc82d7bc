package vn.ngoaid.partner;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import vn.ngoaid.common.startup.DatabaseRequired;
import vn.ngoaid.common.startup.DevKeyRefused;

@QuarkusMain
public class PartnerMain {

    public static void main(String... args) {
        DatabaseRequired.check("partner-service", "PARTNER_DB_URL");
        DevKeyRefused.check("partner-service");
        Quarkus.run(args);
    }
}
