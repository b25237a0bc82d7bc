package vn.ngoaid.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.ngoaid.localpostgres.LocalPostgresTestResource;

/** Every test of this service runs on PARTNER_DB_URL when it is set, else on an embedded PostgreSQL. */
@QuarkusTestResource(value = LocalPostgresTestResource.class,
        initArgs = @ResourceArg(name = "urlVariable", value = "PARTNER_DB_URL"))
public class TestDatabase {
}
