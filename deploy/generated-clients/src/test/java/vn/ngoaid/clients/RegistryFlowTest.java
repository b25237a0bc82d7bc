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
import vn.ngoaid.clients.registry.api.AnnualReportsApi;
import vn.ngoaid.clients.registry.api.AuditTrailApi;
import vn.ngoaid.clients.registry.api.DataQualityApi;
import vn.ngoaid.clients.registry.api.OrganizationsApi;
import vn.ngoaid.clients.registry.api.ReferenceDataApi;
import vn.ngoaid.clients.registry.api.RegistrationsApi;
import vn.ngoaid.clients.registry.api.StatisticsApi;
import vn.ngoaid.clients.registry.model.AnnualReport;
import vn.ngoaid.clients.registry.model.AnnualReportInput;
import vn.ngoaid.clients.registry.model.AnnualReportStatistics;
import vn.ngoaid.clients.registry.model.Basis;
import vn.ngoaid.clients.registry.model.DataQuality;
import vn.ngoaid.clients.registry.model.DataQualityCheck;
import vn.ngoaid.clients.registry.model.DataQualityRow;
import vn.ngoaid.clients.registry.model.Eligibility;
import vn.ngoaid.clients.registry.model.Money;
import vn.ngoaid.clients.registry.model.Organization;
import vn.ngoaid.clients.registry.model.OrganizationInput;
import vn.ngoaid.clients.registry.model.OrganizationType;
import vn.ngoaid.clients.registry.model.Registration;
import vn.ngoaid.clients.registry.model.RegistrationInput;
import vn.ngoaid.clients.registry.model.RegistrationKind;
import vn.ngoaid.clients.registry.model.RegistrationStatistics;
import vn.ngoaid.clients.registry.model.RegistrationStatus;
import vn.ngoaid.clients.registry.model.ReportedProvince;
import vn.ngoaid.clients.registry.model.StatusChangeInput;
import vn.ngoaid.clients.registry.model.Timeliness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    private UUID reportId;

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

    @Test
    @Order(6)
    void anAnnualReportIsRecordedReadListedAndAmended() throws ApiException {
        // the OPERATION registration of step 4 covers provinces 20 and 22 and was ACTIVE in 2025: the organization
        // reports its 2025 work in Lạng Sơn (20) before the due day, 31 March 2026, and nothing for Quảng Ninh (22)
        AnnualReportsApi reports = new AnnualReportsApi(client);
        AnnualReportInput input = new AnnualReportInput().year(2025).submittedOn(LocalDate.of(2026, 3, 15))
                .provinces(List.of(new ReportedProvince().province("20")
                        .committed(new Money().amount(new BigDecimal("120000")).currency("EUR"))
                        .disbursed(new Money().amount(new BigDecimal("95000")).currency("EUR")).projects(2)))
                .note("Scholarships in Tràng Định district");
        String key = Flows.newKey();
        ApiResponse<AnnualReport> created = reports.createAnnualReportWithHttpInfo(organizationId, input, key);
        assertEquals(201, created.getStatusCode());
        AnnualReport report = created.getData();
        reportId = report.getId();
        assertTrue(Flows.header(created.getHeaders(), "Location").endsWith("/api/v1/annual-reports/" + reportId));
        assertEquals(organizationId, report.getOrganizationId());
        assertEquals("Terre des Hommes Deutschland", report.getOrganizationName());
        assertEquals(LocalDate.of(2026, 3, 31), report.getDueOn());
        assertEquals(Timeliness.ON_TIME, report.getTimeliness());
        assertEquals(0, new BigDecimal("95000").compareTo(report.getProvinces().get(0).getDisbursed().getAmount()));
        assertEquals("true", Flows.header(reports.createAnnualReportWithHttpInfo(organizationId, input, key).getHeaders(),
                "Idempotent-Replayed"));
        // one report per organization and year: a second one of 2025 (another key, so not a replay) is a conflict
        assertEquals(409, assertThrows(ApiException.class, () -> reports.createAnnualReport(organizationId,
                input.note("Sent twice"), Flows.newKey())).getCode());

        ApiResponse<AnnualReport> read = reports.getAnnualReportWithHttpInfo(reportId);
        assertEquals(report, read.getData());
        assertEquals(Flows.header(created.getHeaders(), "ETag"), Flows.header(read.getHeaders(), "ETag"));
        var ofOrganization = reports.listOrganizationAnnualReports(organizationId, null, null, null, null, null);
        assertEquals(1, ofOrganization.getTotalItems());
        assertEquals(report, ofOrganization.getItems().get(0));
        assertEquals(1, reports.listAnnualReports(organizationId, null, "20", null, null, Timeliness.ON_TIME, 2025, null, null)
                .getTotalItems());
        assertEquals(0, reports.listAnnualReports(organizationId, null, "22", null, null, null, 2025, null, null).getTotalItems(),
                "no line for province 22");
        assertEquals(0, reports.listAnnualReports(organizationId, null, null, null, null, Timeliness.LATE, null, null, null)
                .getTotalItems());

        // what a GET answered goes back unchanged, with the same ETag
        String etag = Flows.header(read.getHeaders(), "ETag");
        AnnualReportInput same = client.getObjectMapper().convertValue(read.getData(), AnnualReportInput.class);
        ApiResponse<AnnualReport> put = reports.replaceAnnualReportWithHttpInfo(reportId, etag, same);
        assertEquals(200, put.getStatusCode());
        assertEquals(read.getData(), put.getData());
        assertEquals(etag, Flows.header(put.getHeaders(), "ETag"));

        // a corrected figure is a new version; the old ETag no longer writes
        AnnualReportInput corrected = client.getObjectMapper().convertValue(read.getData(), AnnualReportInput.class);
        corrected.getProvinces().get(0).getDisbursed().amount(new BigDecimal("98000"));
        ApiResponse<AnnualReport> amended = reports.replaceAnnualReportWithHttpInfo(reportId, etag, corrected);
        assertNotEquals(etag, Flows.header(amended.getHeaders(), "ETag"));
        assertEquals(report.getVersion() + 1, amended.getData().getVersion());
        assertEquals(0, new BigDecimal("98000").compareTo(amended.getData().getProvinces().get(0).getDisbursed().getAmount()));
        assertEquals(amended.getData(), reports.getAnnualReport(reportId));
        assertEquals(412, assertThrows(ApiException.class, () -> reports.replaceAnnualReport(reportId, etag, same)).getCode());
    }

    @Test
    @Order(7)
    void theStatisticsCountTheReportAndTheMissingOne() throws ApiException {
        AnnualReportStatistics statistics = new StatisticsApi(client).getAnnualReportStatistics(null,
                List.of("province", "year"), organizationId, null, null, 2025, null, null);
        assertEquals(List.of("province", "year"), statistics.getGroupBy());
        assertEquals(2, statistics.getRows().size(), statistics.getRows().toString());
        Map<String, Object> reported = statistics.getRows().get(0);
        assertEquals("20", reported.get("province"));
        assertEquals(2025, ((Number) reported.get("year")).intValue());
        assertEquals("2026-03-31", String.valueOf(reported.get("dueOn")));
        assertFigures(reported, 1, 1, 0, 0, 0, 0);
        // expected in 22 as well, and its due day has passed
        Map<String, Object> missing = statistics.getRows().get(1);
        assertEquals("22", missing.get("province"));
        assertFigures(missing, 1, 0, 0, 1, 0, 0);
        assertFigures(statistics.getTotals(), 2, 1, 0, 1, 0, 0);
    }

    private static void assertFigures(Map<String, Object> row, int expected, int onTime, int late, int missing, int pending,
                                      int unexpected) {
        assertEquals(List.of(expected, onTime, late, missing, pending, unexpected),
                List.of("expected", "onTime", "late", "missing", "pending", "unexpected").stream()
                        .map(figure -> ((Number) row.get(figure)).intValue()).toList(), row.toString());
    }

    @Test
    @Order(8)
    void dataQualityNamesTheRegistrationAndSeesItFixed() throws ApiException {
        // only this flow registers in Quảng Ninh (22): one registration, with sectors, of an organization that has no
        // Vietnamese name yet
        DataQualityApi quality = new DataQualityApi(client);
        DataQuality measured = quality.getDataQuality("22", null, null);
        assertEquals(1, measured.getRows().size());
        DataQualityRow row = measured.getRows().get(0);
        assertEquals("22", row.getProvince());
        assertEquals(List.of("ORGANIZATION_WITHOUT_SECTOR", "REGISTRATION_WITHOUT_SECTOR", "ORGANIZATION_WITHOUT_VIETNAMESE_NAME"),
                row.getChecks().stream().map(DataQualityCheck::getCheck).toList());
        assertEquals(List.of(0L, 0L, 1L), row.getChecks().stream().map(DataQualityCheck::getFailing).toList());
        assertEquals(List.of(1L, 1L, 1L), row.getChecks().stream().map(DataQualityCheck::getTotal).toList());
        assertEquals(List.of(registrationId), row.getChecks().get(2).getSampleIds());
        assertEquals(0, new BigDecimal("66.7").compareTo(row.getScore()), "two checks of three pass");
        assertNull(measured.getTotals().getProvince());
        assertEquals(row.getChecks(), measured.getTotals().getChecks());

        // the officer gives the organization its Vietnamese name
        OrganizationsApi organizations = new OrganizationsApi(client);
        ApiResponse<Organization> read = organizations.getOrganizationWithHttpInfo(organizationId);
        OrganizationInput named = client.getObjectMapper().convertValue(read.getData(), OrganizationInput.class)
                .localName("Tổ chức Đất của Con người (Đức)");
        organizations.replaceOrganization(organizationId, Flows.header(read.getHeaders(), "ETag"), named);
        DataQualityRow fixed = quality.getDataQuality("22", null, null).getRows().get(0);
        assertEquals(0, new BigDecimal("100").compareTo(fixed.getScore()));
        assertTrue(fixed.getChecks().stream().allMatch(check -> check.getFailing() == 0 && check.getSampleIds().isEmpty()));
    }

    @AfterAll
    void everyOperationWasCalled() {
        assertEquals(List.of(), List.copyOf(Operations.of(REGISTRY).notCalled()));
    }
}
