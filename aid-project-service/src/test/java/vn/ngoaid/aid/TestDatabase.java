package vn.ngoaid.aid;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.ngoaid.localpostgres.LocalPostgresTestResource;

/** Every test of this service runs on AID_PROJECT_DB_URL when it is set, else on an embedded PostgreSQL. */
@QuarkusTestResource(value = LocalPostgresTestResource.class,
        initArgs = @ResourceArg(name = "urlVariable", value = "AID_PROJECT_DB_URL"))
public class TestDatabase {
}
