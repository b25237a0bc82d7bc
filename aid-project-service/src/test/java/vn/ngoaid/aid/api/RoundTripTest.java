package vn.ngoaid.aid.api;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;
import vn.ngoaid.common.testing.RoundTrips;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.registeredDonor;
import static vn.ngoaid.aid.Fixtures.with;

/** A project as GET answers it goes back by PUT unchanged: 200, same ETag, same answer; a registered donor too. */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RoundTripTest {

    @Test
    void aProjectTakesBackWhatItsGetAnswered() throws Exception {
        create(project());
        UUID organization = UUID.randomUUID();
        create(with(project(), "donor", registeredDonor(organization, "World Vision International", "US", "INGO",
                LocalDate.parse("2019-04-22"), "12")));
        assertThat(RoundTrips.everyPutTakesBackWhatGetAnswered(List.of("sort", "createdAt,desc"), 5),
                hasItem("/api/v1/projects/{id}"));
    }
}
