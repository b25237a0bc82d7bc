package vn.ngoaid.clients;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaid.clients.registry.ApiClient;
import vn.ngoaid.clients.registry.ApiException;
import vn.ngoaid.clients.registry.ApiResponse;
import vn.ngoaid.clients.registry.api.AuditTrailApi;
import vn.ngoaid.clients.registry.api.OrganizationsApi;
import vn.ngoaid.clients.registry.api.ReferenceDataApi;
import vn.ngoaid.clients.registry.api.RegistrationsApi;
import vn.ngoaid.clients.registry.api.StatisticsApi;
import vn.ngoaid.clients.registry.model.Basis;
import vn.ngoaid.clients.registry.model.Eligibility;
import vn.ngoaid.clients.registry.model.Organization;
import vn.ngoaid.clients.registry.model.OrganizationInput;
import vn.ngoaid.clients.registry.model.OrganizationType;
import vn.ngoaid.clients.registry.model.Registration;
import vn.ngoaid.clients.registry.model.RegistrationInput;
import vn.ngoaid.clients.registry.model.RegistrationKind;
import vn.ngoaid.clients.registry.model.RegistrationStatistics;
import vn.ngoaid.clients.registry.model.RegistrationStatus;
import vn.ngoaid.clients.registry.model.StatusChangeInput;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaid.clients.RunningSystem.Service.REGISTRY;

/** ngo-registry-service through its generated Java client: every operation, as a provincial system would call it. */
@ExtendWith(RunningSystem.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryFlowTest {

    private final ApiClient client = new ApiClient();
    private UUID organizationId;
    private UUID registrationId;

    @BeforeAll
    void connect() {
        client.updateBaseUri(RunningSystem.url(REGISTRY));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + RunningSystem.token()));
        client.setResponseInterceptor(Operations.of(REGISTRY).recorder());
    }

    @Test
    @Order(1)
    void referenceData() throws ApiException {
        ReferenceDataApi reference = new ReferenceDataApi(client);
        assertEquals("Lạng Sơn", reference.listProvinces(LocalDate.of(2020, 1, 1), null, "lang son", null, null, null, null, null)
                .getItems().get(0).getName());
        assertFalse(reference.listCountries(null, "germany", null, null, null, null, null).getItems().isEmpty());
        assertFalse(reference.listCurrencies(null, "VND", null, null, null, null, null).getItems().isEmpty());
        assertFalse(reference.listSectors(null, "12220", null, null, null, null, null).getItems().isEmpty());
        assertTrue(reference.listEnumLabels("vi", null, null).stream().anyMatch(e -> e.getName().equals("RegistrationKind")));
    }

    @Test
    @Order(2)
    void createAnOrganizationOnceThenReplayIt() throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(client);
        OrganizationInput input = new OrganizationInput().name("Terre des Hommes Deutschland").countryCode("DE")
                .type(OrganizationType.INGO).sectors(List.of("11220")).headquarters("Osnabrück");
        String key = Flows.newKey();
        ApiResponse<Organization> created = organizations.createOrganizationWithHttpInfo(input, key);
        assertEquals(201, created.getStatusCode());
        organizationId = created.getData().getId();
        assertTrue(Flows.header(created.getHeaders(), "Location").endsWith("/api/v1/organizations/" + organizationId));

        ApiResponse<Organization> replayed = organizations.createOrganizationWithHttpInfo(input, key);
        assertEquals("true", Flows.header(replayed.getHeaders(), "Idempotent-Replayed"));
        assertEquals(created.getData(), replayed.getData());
        assertEquals(1, organizations.listOrganizations("DE", null, null, "terre des hommes", null, null, null, null,
                OrganizationType.INGO, null, null).getTotalItems());
    }

    @Test
    @Order(3)
    void anOrganizationGoesBackUnchanged() throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(client);
        ApiResponse<Organization> read = organizations.getOrganizationWithHttpInfo(organizationId);
        OrganizationInput same = client.getObjectMapper().convertValue(read.getData(), OrganizationInput.class);
        ApiResponse<Organization> put = organizations.replaceOrganizationWithHttpInfo(organizationId,
                Flows.header(read.getHeaders(), "ETag"), same);
        assertEquals(200, put.getStatusCode());
        assertEquals(read.getData(), put.getData());
        assertEquals(Flows.header(read.getHeaders(), "ETag"), Flows.header(put.getHeaders(), "ETag"));
    }

    @Test
    @Order(4)
    void aRegistrationIsRecordedAmendedSuspendedAndCounted() throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(client);
        RegistrationsApi registrations = new RegistrationsApi(client);
        RegistrationInput input = new RegistrationInput().kind(RegistrationKind.OPERATION).certificateNumber("CF-112/CNV-HĐ")
                .issuedOn(LocalDate.of(2025, 1, 10)).validFrom(LocalDate.of(2025, 1, 10)).validUntil(LocalDate.of(2027, 12, 31))
                .provinces(List.of("20", "22")).sectors(List.of("11220"));
        Registration recorded = registrations.recordRegistration(organizationId, input, Flows.newKey());
        registrationId = recorded.getId();
        assertEquals(RegistrationStatus.ACTIVE, recorded.getStatus());
        assertEquals(1, registrations.listOrganizationRegistrations(organizationId, null, null, null, null, null).getTotalItems());

        ApiResponse<Registration> read = registrations.getRegistrationWithHttpInfo(registrationId);
        RegistrationInput same = client.getObjectMapper().convertValue(read.getData(), RegistrationInput.class);
        ApiResponse<Registration> put = registrations.amendRegistrationWithHttpInfo(registrationId,
                Flows.header(read.getHeaders(), "ETag"), same);
        assertEquals(read.getData(), put.getData());
        assertEquals(Flows.header(read.getHeaders(), "ETag"), Flows.header(put.getHeaders(), "ETag"));

        Eligibility eligible = registrations.checkEligibility(organizationId, "20", LocalDate.of(2025, 6, 1));
        assertEquals(Boolean.TRUE, eligible.getEligible());
        assertEquals(Basis.REGISTRATION, eligible.getBasis());
        assertEquals(registrationId, eligible.getRegistrationId());

        Registration suspended = registrations.changeRegistrationStatus(registrationId, new StatusChangeInput()
                .status(RegistrationStatus.SUSPENDED).reason("Activities outside the registered provinces")
                .effectiveOn(LocalDate.of(2026, 3, 1)), Flows.newKey());
        assertEquals(RegistrationStatus.SUSPENDED, suspended.getStatus());
        assertFalse(registrations.checkEligibility(organizationId, "20", LocalDate.of(2026, 6, 1)).getEligible());

        assertEquals(1, registrations.listRegistrations(null, null, RegistrationKind.OPERATION, organizationId, null, "22",
                null, null, null, RegistrationStatus.SUSPENDED, null, null).getTotalItems());
        RegistrationStatistics statistics = new StatisticsApi(client)
                .getRegistrationStatistics("DE", 2025, List.of("province", "year"), null, "20", null, 2025, null, null);
        assertEquals(List.of("province", "year"), statistics.getGroupBy());
        Map<String, Object> row = statistics.getRows().get(0);
        assertEquals("20", row.get("province"));
        assertEquals(1, ((Number) row.get("organizations")).intValue());
    }

    @Test
    @Order(5)
    void theAuditTrailNamesTheWrites() throws ApiException {
        var entries = new AuditTrailApi(client).listAuditEntries(registrationId.toString(), null, null, null, null, null,
                "client-flows", null, null, null);
        assertNotNull(entries.getItems());
        assertTrue(entries.getTotalItems() >= 2, "record, amend or status change of the registration");
    }

    @AfterAll
    void everyOperationWasCalled() {
        assertEquals(List.of(), List.copyOf(Operations.of(REGISTRY).notCalled()));
    }
}
