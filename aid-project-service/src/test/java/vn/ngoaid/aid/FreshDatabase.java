package vn.ngoaid.aid;

import vn.ngoaid.localpostgres.LocalPostgresTestResource;

/**
 * An empty embedded PostgreSQL of its own, even when AID_PROJECT_DB_URL names a shared database: for a test that
 * needs an empty system (the demo import compares whole-database aggregates). Without the {@code urlVariable} init
 * argument the resource always starts its own server. Ordered after {@link TestDatabase}'s resource, so its datasource
 * is the one the application gets.
 */
public class FreshDatabase extends LocalPostgresTestResource {

    @Override
    public int order() {
        return 100;
    }
}
