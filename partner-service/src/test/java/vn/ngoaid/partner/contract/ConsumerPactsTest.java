package vn.ngoaid.partner.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.quarkus.test.junit.QuarkusTest;
import vn.ngoaid.common.testing.ProviderContract;

import java.util.Map;

import static vn.ngoaid.partner.Fixtures.createLocality;

/**
 * partner-service keeps the contract aid-project-service states: the pact committed in {@code src/test/resources/pacts/}
 * (written by aid-project-service's consumer tests), replayed as {@link ProviderContract} tells, on the states made
 * here.
 */
@QuarkusTest
@Provider("partner-service")
@PactFolder("src/test/resources/pacts")
class ConsumerPactsTest extends ProviderContract {

    @State("a partner locality")
    Map<String, Object> aPartnerLocality() {
        return Map.of("localityId", createLocality("CN"));
    }

    /** Ids are random UUIDs: the one in the pact is no locality's. */
    @State("no partner locality with the id")
    void noSuchLocality() {
    }
}
