package vn.ngoaid.clients;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaid.clients.aid.ApiClient;
import vn.ngoaid.clients.aid.ApiException;
import vn.ngoaid.clients.aid.ApiResponse;
import vn.ngoaid.clients.aid.api.AggregatesApi;
import vn.ngoaid.clients.aid.api.AlertsApi;
import vn.ngoaid.clients.aid.api.AuditTrailApi;
import vn.ngoaid.clients.aid.api.DataQualityApi;
import vn.ngoaid.clients.aid.api.ExchangeRatesApi;
import vn.ngoaid.clients.aid.api.IatiApi;
import vn.ngoaid.clients.aid.api.ImportsApi;
import vn.ngoaid.clients.aid.api.ProjectsApi;
import vn.ngoaid.clients.aid.api.ReconciliationApi;
import vn.ngoaid.clients.aid.api.ReferenceDataApi;
import vn.ngoaid.clients.aid.api.TransactionsApi;
import vn.ngoaid.clients.aid.model.Aggregates;
import vn.ngoaid.clients.aid.model.Alert;
import vn.ngoaid.clients.aid.model.AlertKind;
import vn.ngoaid.clients.aid.model.ApprovalDecision;
import vn.ngoaid.clients.aid.model.ApprovalLevel;
import vn.ngoaid.clients.aid.model.DataQuality;
import vn.ngoaid.clients.aid.model.DataQualityCheck;
import vn.ngoaid.clients.aid.model.DataQualityRow;
import vn.ngoaid.clients.aid.model.DonorInput;
import vn.ngoaid.clients.aid.model.ExchangeRateInput;
import vn.ngoaid.clients.aid.model.Implementer;
import vn.ngoaid.clients.aid.model.ImplementerRole;
import vn.ngoaid.clients.aid.model.ImplementerType;
import vn.ngoaid.clients.aid.model.ImportMode;
import vn.ngoaid.clients.aid.model.ImportReport;
import vn.ngoaid.clients.aid.model.Location;
import vn.ngoaid.clients.aid.model.Modality;
import vn.ngoaid.clients.aid.model.PlannedDisbursement;
import vn.ngoaid.clients.aid.model.Project;
import vn.ngoaid.clients.aid.model.ProjectInput;
import vn.ngoaid.clients.aid.model.ProjectStatus;
import vn.ngoaid.clients.aid.model.Reconciliation;
import vn.ngoaid.clients.aid.model.ReconciliationRow;
import vn.ngoaid.clients.aid.model.ReconciliationStatus;
import vn.ngoaid.clients.aid.model.SectorShare;
import vn.ngoaid.clients.aid.model.Transaction;
import vn.ngoaid.clients.aid.model.TransactionInput;
import vn.ngoaid.clients.aid.model.TransactionType;
import vn.ngoaid.clients.registry.api.AnnualReportsApi;
import vn.ngoaid.clients.registry.api.OrganizationsApi;
import vn.ngoaid.clients.registry.api.RegistrationsApi;
import vn.ngoaid.clients.registry.model.AnnualReport;
import vn.ngoaid.clients.registry.model.AnnualReportInput;
import vn.ngoaid.clients.registry.model.Money;
import vn.ngoaid.clients.registry.model.OrganizationInput;
import vn.ngoaid.clients.registry.model.OrganizationType;
import vn.ngoaid.clients.registry.model.RegistrationInput;
import vn.ngoaid.clients.registry.model.RegistrationKind;
import vn.ngoaid.clients.registry.model.ReportedProvince;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaid.clients.RunningSystem.Service.AID;
import static vn.ngoaid.clients.RunningSystem.Service.REGISTRY;

/**
 * aid-project-service through its generated Java client: a registered donor's project from approval to money,
 * aggregates and exports, every operation once at least. The donor is registered through the registry's client.
 */
@ExtendWith(RunningSystem.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AidFlowTest {

    private static final String CODE = "CF-2025-001";
    private final ApiClient client = new ApiClient();
    private final vn.ngoaid.clients.registry.ApiClient registry = new vn.ngoaid.clients.registry.ApiClient();
    private UUID donorId;
    private UUID donorRegistrationId;
    private UUID projectId;
    private UUID disbursementId;

    @BeforeAll
    void connect() throws Exception {
        client.updateBaseUri(RunningSystem.url(AID));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + RunningSystem.token()));
        client.setResponseInterceptor(Operations.of(AID).recorder());

        registry.updateBaseUri(RunningSystem.url(REGISTRY));
        registry.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + RunningSystem.token()));
        donorId = new OrganizationsApi(registry).createOrganization(new OrganizationInput().name("Plan International")
                .countryCode("GB").type(OrganizationType.INGO), null).getId();
        donorRegistrationId = new RegistrationsApi(registry).recordRegistration(donorId, new RegistrationInput()
                .kind(RegistrationKind.OPERATION).certificateNumber("CF-205/CNV-HĐ").issuedOn(LocalDate.of(2025, 1, 10))
                .validFrom(LocalDate.of(2025, 1, 10)).validUntil(LocalDate.of(2027, 12, 31)).provinces(List.of("20")), null).getId();
    }

    @Test
    @Order(1)
    void referenceDataAndRates() throws ApiException {
        ReferenceDataApi reference = new ReferenceDataApi(client);
        assertEquals("Lạng Sơn", reference.listProvinces(null, null, "lang son", null, null, null, null, null)
                .getItems().get(0).getName());
        assertFalse(reference.listCountries(null, "united kingdom", null, null, null, null, null).getItems().isEmpty());
        assertFalse(reference.listCurrencies(null, "VND", null, null, null, null, null).getItems().isEmpty());
        assertFalse(reference.listSectors(null, "11220", null, null, null, null, null).getItems().isEmpty());
        assertTrue(reference.listEnumLabels("en", null, null).stream().anyMatch(e -> e.getName().equals("Modality")));

        ExchangeRatesApi rates = new ExchangeRatesApi(client);
        rates.putExchangeRate("VND", 2025, new ExchangeRateInput().unitsPerUsd(new BigDecimal("25000")));
        assertEquals(0, new BigDecimal("25000").compareTo(rates.getExchangeRate("VND", 2025).getUnitsPerUsd()));
        assertEquals(1, rates.listExchangeRates("VND", null, null, null, 2025, null, null).getTotalItems());
    }

    @Test
    @Order(2)
    void anApprovedProjectIsCreatedOnceAndGoesBackUnchanged() throws ApiException {
        ProjectsApi projects = new ProjectsApi(client);
        // no status: the approval decision approves it, so money can be recorded at once
        ProjectInput input = new ProjectInput().code(CODE).title("Scholarships in Tràng Định")
                .donor(new DonorInput().organizationId(donorId)).modality(Modality.PROJECT)
                .sectors(List.of(new SectorShare().code("11220"))).locations(List.of(new Location().province("20").district("Tràng Định")))
                .approvalLevel(ApprovalLevel.PROVINCIAL)
                .approvalDecision(new ApprovalDecision().number("88/QĐ-UBND").date(LocalDate.of(2025, 3, 1)).authority("UBND tỉnh Lạng Sơn"))
                .startDate(LocalDate.of(2025, 4, 1)).endDate(LocalDate.of(2026, 12, 31)).currency("VND")
                .plannedDisbursements(List.of(new PlannedDisbursement().year(2025).amount(new BigDecimal("600000000"))))
                .implementers(List.of(new Implementer().name("Trang Dinh District People's Committee")
                                .localName("Ủy ban nhân dân huyện Tràng Định").type(ImplementerType.DISTRICT).role(ImplementerRole.PROJECT_OWNER),
                        new Implementer().name("Plan International Viet Nam").type(ImplementerType.NGO).role(ImplementerRole.IMPLEMENTING)));
        String key = Flows.newKey();
        ApiResponse<Project> created = projects.createProjectWithHttpInfo(input, key);
        assertEquals(201, created.getStatusCode());
        assertEquals(ProjectStatus.APPROVED, created.getData().getStatus());
        assertEquals("Plan International", created.getData().getDonor().getName());
        assertEquals(ImplementerRole.PROJECT_OWNER, created.getData().getImplementers().get(0).getRole());
        assertEquals(0, new BigDecimal("600000000").compareTo(created.getData().getPlannedDisbursements().get(0).getAmount()));
        projectId = created.getData().getId();
        ApiResponse<Project> replayed = projects.createProjectWithHttpInfo(input, key);
        assertEquals("true", Flows.header(replayed.getHeaders(), "Idempotent-Replayed"));
        assertEquals(projectId, replayed.getData().getId());

        ApiResponse<Project> read = projects.getProjectWithHttpInfo(projectId);
        ProjectInput same = client.getObjectMapper().convertValue(read.getData(), ProjectInput.class);
        ApiResponse<Project> put = projects.replaceProjectWithHttpInfo(projectId, Flows.header(read.getHeaders(), "ETag"), same);
        assertEquals(read.getData(), put.getData());
        assertEquals(Flows.header(read.getHeaders(), "ETag"), Flows.header(put.getHeaders(), "ETag"));

        assertEquals(1, projects.listProjects(2025, ApprovalLevel.PROVINCIAL, "GB", "HUYEN TRANG DINH", Modality.PROJECT, donorId,
                ImplementerType.DISTRICT, null, "20", "trang dinh", "11220", null, null, ProjectStatus.APPROVED, null, null)
                .getTotalItems());
    }

    @Test
    @Order(3)
    void moneyIsRecordedAndCorrected() throws ApiException {
        TransactionsApi transactions = new TransactionsApi(client);
        transactions.recordTransaction(projectId, new TransactionInput().type(TransactionType.COMMITMENT)
                .date(LocalDate.of(2025, 4, 15)).amount(new BigDecimal("1000000000")).description("Grant agreement signed"), Flows.newKey());
        disbursementId = transactions.recordTransaction(projectId, new TransactionInput().type(TransactionType.DISBURSEMENT)
                .date(LocalDate.of(2025, 6, 2)).amount(new BigDecimal("500000000")), Flows.newKey()).getId();
        Transaction correction = transactions.recordTransaction(projectId, new TransactionInput().type(TransactionType.DISBURSEMENT)
                .date(LocalDate.of(2025, 6, 3)).amount(new BigDecimal("-100000000")).description("Entered twice in part")
                .correctsTransactionId(disbursementId), Flows.newKey());
        assertEquals(disbursementId, transactions.getTransaction(projectId, correction.getId()).getCorrectsTransactionId());
        assertEquals(2, transactions.listTransactions(projectId, LocalDate.of(2025, 6, 1), null, null, null, null,
                TransactionType.DISBURSEMENT, null, null).getTotalItems());

        Project project = new ProjectsApi(client).getProject(projectId);
        assertEquals(0, new BigDecimal("400000000").compareTo(project.getTotals().getDisbursed()));
        assertEquals(0, new BigDecimal("0.4").compareTo(project.getTotals().getDisbursementRate()));
    }

    @Test
    @Order(4)
    void aggregatesAndExportsShowIt() throws Exception {
        AggregatesApi aggregatesApi = new AggregatesApi(client);
        Aggregates aggregates = aggregatesApi.getAggregates(ApprovalLevel.PROVINCIAL, "USD", "GB", null, 2025,
                List.of("province", "year"), Modality.PROJECT, donorId, null, "20", null, null, null, 2025, null, null);
        Map<String, Object> row = aggregates.getRows().get(0);
        assertEquals("20", row.get("province"));
        assertEquals(40000, ((Number) row.get("committed")).intValue(), "1 billion VND at 25,000 a dollar");
        assertEquals(16000, ((Number) row.get("disbursed")).intValue());
        assertEquals(24000, ((Number) row.get("planned")).intValue(), "600 million VND planned");
        assertEquals(0, new BigDecimal("0.6667").compareTo(new BigDecimal(row.get("plannedDisbursementRate").toString())));
        assertEquals(24000, ((Number) row.get("undisbursed")).intValue());
        Map<String, Object> owned = aggregatesApi.getAggregates(null, "USD", null, null, 2025, List.of("ownerType"), null,
                donorId, null, null, null, null, null, 2025, null, null).getRows().get(0);
        assertEquals("DISTRICT", owned.get("ownerType"));
        assertEquals(24000, ((Number) owned.get("planned")).intValue());
        assertEquals(2025, aggregates.getRatesUsed().get(0).getYear());

        File iati = new IatiApi(client).exportIatiActivities("20");
        String activities = Files.readString(iati.toPath());
        assertTrue(activities.contains(CODE));
        assertTrue(activities.contains("<narrative xml:lang=\"vi\">Ủy ban nhân dân huyện Tràng Định</narrative>"), "the owner, in Vietnamese");
        assertTrue(activities.contains("<planned-disbursement type=\"1\"><period-start iso-date=\"2025-01-01\""), "the plan");

        ImportsApi imports = new ImportsApi(client);
        ImportReport projects = imports.importProjects("""
                code,title,donorOrganizationId,modality,sectors,locations,approvalLevel,currency
                CF-2025-002,Clean water in Cao Lộc,%s,PROJECT,14030,20,PROVINCIAL,VND
                """.formatted(donorId), ImportMode.DRY_RUN, null);
        assertEquals(1, projects.getAccepted());
        assertEquals(0, projects.getStored());
        ImportReport money = imports.importTransactions("""
                projectCode,type,date,amount
                %s,DISBURSEMENT,2025-09-01,100000000
                """.formatted(CODE), ImportMode.DRY_RUN, null);
        assertEquals(1, money.getAccepted());

        assertTrue(new AuditTrailApi(client).listAuditEntries(projectId.toString(), "project", null, null, null, null,
                "client-flows", null, null, null).getTotalItems() >= 1);
    }

    @Test
    @Order(5)
    void theDonorsAnnualReportIsReconciledWithTheRecords() throws Exception {
        AlertsApi alerts = new AlertsApi(client);
        // the donor's registration was ACTIVE in 2025 and the project ran that year: its report of 2025 was due on
        // 31 March 2026 and the registry has none
        List<Alert> missing = alerts.listAlerts(AlertKind.ANNUAL_REPORT_MISSING, donorId, null, null, null, null, null, null)
                .getItems().stream().filter(alert -> LocalDate.of(2026, 3, 31).equals(alert.getOn())).toList();
        assertEquals(1, missing.size(), missing.toString());
        Alert alert = missing.get(0);
        assertEquals(projectId, alert.getProjectId());
        assertEquals(CODE, alert.getProjectCode());
        assertEquals(donorId, alert.getOrganizationId());
        assertEquals("20", alert.getProvince());
        assertNull(alert.getRegistrationId());
        assertTrue(alert.getDetail().contains("2025"), alert.getDetail());
        // the registration runs to the end of 2027: an alert only when the coming days asked for reach that far
        List<Alert> expiring = alerts.listAlerts(AlertKind.REGISTRATION_EXPIRING, donorId, 0, "20", 20, 3650, null, null)
                .getItems();
        assertEquals(1, expiring.size(), expiring.toString());
        assertEquals(donorRegistrationId, expiring.get(0).getRegistrationId());
        assertEquals(LocalDate.of(2027, 12, 31), expiring.get(0).getOn());

        // the donor reports 2025 in Lạng Sơn, in its own currency, without the 100 million VND correction of June
        AnnualReport report = new AnnualReportsApi(registry).createAnnualReport(donorId, new AnnualReportInput().year(2025)
                .submittedOn(LocalDate.of(2026, 3, 20)).provinces(List.of(new ReportedProvince().province("20")
                        .committed(new Money().amount(new BigDecimal("1000000000")).currency("VND"))
                        .disbursed(new Money().amount(new BigDecimal("500000000")).currency("VND")).projects(1))), Flows.newKey());
        assertTrue(alerts.listAlerts(AlertKind.ANNUAL_REPORT_MISSING, donorId, null, null, null, null, null, null).getItems()
                .stream().noneMatch(a -> LocalDate.of(2026, 3, 31).equals(a.getOn())), "the 2025 report is no longer missing");

        ReconciliationApi reconciliation = new ReconciliationApi(client);
        Reconciliation answer = reconciliation.getReconciliation(null, donorId, "20", null, null, 2025, null, null);
        assertEquals("USD", answer.getCurrency());
        assertEquals(0, new BigDecimal("0.01").compareTo(answer.getTolerance()));
        assertEquals(1, answer.getRows().size(), answer.getRows().toString());
        ReconciliationRow row = answer.getRows().get(0);
        assertEquals(donorId, row.getOrganizationId());
        assertEquals("Plan International", row.getDonorName());
        assertEquals("20", row.getProvince());
        assertEquals(2025, row.getYear());
        // recorded as the aggregates of step 4 give it; reported at the same 25,000 VND a dollar
        assertAmount("40000", row.getRecorded().getCommitted());
        assertAmount("16000", row.getRecorded().getDisbursed());
        assertEquals(1L, row.getRecorded().getProjects());
        assertEquals(report.getId(), row.getReported().getReportId());
        assertAmount("40000", row.getReported().getCommitted());
        assertAmount("20000", row.getReported().getDisbursed());
        assertEquals(1L, row.getReported().getProjects());
        assertAmount("0", row.getVariance().getCommitted());
        assertAmount("4000", row.getVariance().getDisbursed());
        assertEquals(ReconciliationStatus.DIFFERS, row.getStatus(), "20 % off, beyond the default 1 %");
        assertEquals(1L, answer.getTotals().getStatuses().get("DIFFERS"));
        assertEquals(0L, answer.getTotals().getStatuses().get("MATCHED"));
        assertAmount("4000", answer.getTotals().getVariance().getDisbursed());
        assertTrue(answer.getRatesUsed().stream().anyMatch(rate -> rate.getYear() == 2025 && "VND".equals(rate.getCurrency())
                && new BigDecimal("25000").compareTo(rate.getUnitsPerUsd()) == 0), answer.getRatesUsed().toString());

        // within a 25 % tolerance the figures agree; in VND the variance is the correction itself
        Reconciliation tolerant = reconciliation.getReconciliation(null, donorId, "20", null, new BigDecimal("0.25"), 2025,
                null, null);
        assertEquals(ReconciliationStatus.MATCHED, tolerant.getRows().get(0).getStatus());
        assertEquals(1L, tolerant.getTotals().getStatuses().get("MATCHED"));
        assertEquals(List.of(), reconciliation.getReconciliation(null, donorId, "20", ReconciliationStatus.MATCHED, null, 2025,
                null, null).getRows());
        ReconciliationRow inDong = reconciliation.getReconciliation("VND", donorId, "20", ReconciliationStatus.DIFFERS, null, 2025,
                null, null).getRows().get(0);
        assertAmount("400000000", inDong.getRecorded().getDisbursed());
        assertAmount("100000000", inDong.getVariance().getDisbursed());
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " expected, not " + actual);
    }

    @Test
    @Order(6)
    void dataQualityNamesTheProjectWithoutAVietnameseTitle() throws ApiException {
        // the only project in Lạng Sơn: one location with its district, three transactions within its dates at a known
        // rate, a commitment before the disbursement — and no Vietnamese title
        DataQuality quality = new DataQualityApi(client).getDataQuality("20", null, null);
        assertEquals(1, quality.getRows().size());
        DataQualityRow row = quality.getRows().get(0);
        assertEquals("20", row.getProvince());
        DataQualityCheck title = check(row, "MISSING_VIETNAMESE_TITLE");
        assertEquals(1L, title.getFailing());
        assertEquals(1L, title.getTotal());
        assertEquals(List.of(projectId), title.getSampleIds());
        assertEquals(List.of(title), row.getChecks().stream().filter(check -> check.getFailing() > 0).toList());
        assertEquals(3L, check(row, "TRANSACTION_OUTSIDE_PROJECT_DATES").getTotal());
        assertEquals(3L, check(row, "CURRENCY_WITHOUT_RATE").getTotal());
        assertEquals(1L, check(row, "DISBURSEMENT_WITHOUT_COMMITMENT").getTotal(), "the correction is no disbursement of its own");
        assertEquals(0L, check(row, "ONGOING_PAST_END_DATE").getTotal(), "the project is APPROVED, not ONGOING");
        assertEquals(0, new BigDecimal("85.7").compareTo(row.getScore()), "six of the seven checks that apply pass entirely");
        assertNull(quality.getTotals().getProvince());
        assertEquals(row.getChecks(), quality.getTotals().getChecks());
    }

    private static DataQualityCheck check(DataQualityRow row, String name) {
        return row.getChecks().stream().filter(check -> check.getCheck().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + row.getChecks()));
    }

    @AfterAll
    void everyOperationWasCalled() {
        assertEquals(List.of(), List.copyOf(Operations.of(AID).notCalled()));
    }
}
