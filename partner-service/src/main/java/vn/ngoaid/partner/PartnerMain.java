package vn.ngoaid.partner;

import io.quarkus.runtime.annotations.QuarkusMain;
import vn.ngoaid.common.startup.ServiceStart;

@QuarkusMain
public class PartnerMain {

    public static void main(String... args) {
        ServiceStart.run("partner-service", "PARTNER_DB_URL", args);
    }
}
