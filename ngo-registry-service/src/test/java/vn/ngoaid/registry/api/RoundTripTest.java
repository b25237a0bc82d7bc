package vn.ngoaid.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ngoaid.common.testing.RoundTrips;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static vn.ngoaid.registry.Fixtures.changeStatus;
import static vn.ngoaid.registry.Fixtures.createOperation;
import static vn.ngoaid.registry.Fixtures.createOrganization;

/** An organization or a registration as GET answers it goes back by PUT unchanged: 200, same ETag, same answer. */
@QuarkusTest
class RoundTripTest {

    @Test
    void organizationsAndRegistrationsTakeBackWhatTheirGetAnswered() throws Exception {
        String organization = createOrganization();
        String registration = createOperation(organization, LocalDate.parse("2019-01-10"), LocalDate.parse("2021-12-31"), "22", "20");
        changeStatus(registration, "SUSPENDED", LocalDate.parse("2020-03-01")).statusCode(200);
        assertThat(RoundTrips.everyPutTakesBackWhatGetAnswered(List.of("sort", "createdAt,desc"), 5),
                hasItems("/api/v1/organizations/{id}", "/api/v1/registrations/{id}", "/api/v1/annual-reports/{id}"));
    }
}
