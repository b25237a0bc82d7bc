package vn.ngoaid.clients;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaid.clients.partner.ApiClient;
import vn.ngoaid.clients.partner.ApiException;
import vn.ngoaid.clients.partner.ApiResponse;
import vn.ngoaid.clients.partner.api.AgreementsApi;
import vn.ngoaid.clients.partner.api.AuditTrailApi;
import vn.ngoaid.clients.partner.api.DataQualityApi;
import vn.ngoaid.clients.partner.api.ExchangesApi;
import vn.ngoaid.clients.partner.api.FriendshipAssociationsApi;
import vn.ngoaid.clients.partner.api.LocalitiesApi;
import vn.ngoaid.clients.partner.api.PartnershipsApi;
import vn.ngoaid.clients.partner.api.ReferenceDataApi;
import vn.ngoaid.clients.partner.api.StatisticsApi;
import vn.ngoaid.clients.partner.api.TwinningsApi;
import vn.ngoaid.clients.partner.model.Agreement;
import vn.ngoaid.clients.partner.model.AgreementInput;
import vn.ngoaid.clients.partner.model.CounterpartInput;
import vn.ngoaid.clients.partner.model.CounterpartKind;
import vn.ngoaid.clients.partner.model.DataQuality;
import vn.ngoaid.clients.partner.model.DataQualityCheck;
import vn.ngoaid.clients.partner.model.DataQualityRow;
import vn.ngoaid.clients.partner.model.DomesticUnit;
import vn.ngoaid.clients.partner.model.DomesticUnitLevel;
import vn.ngoaid.clients.partner.model.Exchange;
import vn.ngoaid.clients.partner.model.ExchangeDirection;
import vn.ngoaid.clients.partner.model.ExchangeInput;
import vn.ngoaid.clients.partner.model.ForeignUnit;
import vn.ngoaid.clients.partner.model.ForeignUnitLevel;
import vn.ngoaid.clients.partner.model.FriendshipAssociation;
import vn.ngoaid.clients.partner.model.FriendshipAssociationInput;
import vn.ngoaid.clients.partner.model.Locality;
import vn.ngoaid.clients.partner.model.LocalityInput;
import vn.ngoaid.clients.partner.model.LocalityLevel;
import vn.ngoaid.clients.partner.model.Partnership;
import vn.ngoaid.clients.partner.model.PartnershipInput;
import vn.ngoaid.clients.partner.model.PartnershipKind;
import vn.ngoaid.clients.partner.model.PartnerStatistics;
import vn.ngoaid.clients.partner.model.SignatoryLevel;
import vn.ngoaid.clients.partner.model.Twinning;
import vn.ngoaid.clients.partner.model.TwinningInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaid.clients.RunningSystem.Service.PARTNER;

/**
 * partner-service through its generated Java client: Quảng Ninh's relations with Dongxing (Guangxi) — partnership,
 * agreements, a border twinning, a delegation and a friendship association — every operation once at least, every
 * record type sent back unchanged.
 */
@ExtendWith(RunningSystem.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerFlowTest {

    private final ApiClient client = new ApiClient();
    private UUID guangxi;
    private UUID dongxing;
    private UUID namedAgreementId;

    @BeforeAll
    void connect() {
        client.updateBaseUri(RunningSystem.url(PARTNER));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + RunningSystem.token()));
        client.setResponseInterceptor(Operations.of(PARTNER).recorder());
    }

    /** What a client does to keep a record as it is: GET, map the view to the input, PUT it with the ETag. */
    private interface Read<V> {
        ApiResponse<V> get() throws ApiException;
    }

    private interface Write<I, V> {
        ApiResponse<V> put(String ifMatch, I input) throws ApiException;
    }

    private <I, V> void roundTrip(Read<V> read, Class<I> inputType, Write<I, V> write) throws ApiException {
        ApiResponse<V> before = read.get();
        String etag = Flows.header(before.getHeaders(), "ETag");
        ApiResponse<V> after = write.put(etag, client.getObjectMapper().convertValue(before.getData(), inputType));
        assertEquals(200, after.getStatusCode());
        assertEquals(before.getData(), after.getData());
        assertEquals(etag, Flows.header(after.getHeaders(), "ETag"));
    }

    @Test
    @Order(1)
    void referenceData() throws ApiException {
        ReferenceDataApi reference = new ReferenceDataApi(client);
        assertEquals("Quảng Ninh", reference.listProvinces(null, null, "quang ninh", null, null, null, null, null)
                .getItems().get(0).getName());
        assertFalse(reference.listCountries(null, "china", null, null, null, null, null).getItems().isEmpty());
        assertFalse(reference.listCurrencies(null, "CNY", null, null, null, null, null).getItems().isEmpty());
        assertFalse(reference.listSectors(null, "31120", null, null, null, null, null).getItems().isEmpty());
        assertTrue(reference.listEnumLabels("vi", null, null).stream().anyMatch(e -> e.getName().equals("PartnershipKind")));
    }

    @Test
    @Order(2)
    void localities() throws ApiException {
        LocalitiesApi localities = new LocalitiesApi(client);
        String key = Flows.newKey();
        LocalityInput region = new LocalityInput().name("Guangxi").localName("广西壮族自治区").countryCode("CN").level(LocalityLevel.REGION);
        ApiResponse<Locality> created = localities.createLocalityWithHttpInfo(region, key);
        assertEquals(201, created.getStatusCode());
        guangxi = created.getData().getId();
        assertEquals("true", Flows.header(localities.createLocalityWithHttpInfo(region, key).getHeaders(), "Idempotent-Replayed"));
        dongxing = localities.createLocality(new LocalityInput().name("Dongxing").localName("东兴市").vietnameseName("thành phố Đông Hưng")
                .countryCode("CN").level(LocalityLevel.CITY).parentId(guangxi), null).getId();
        roundTrip(() -> localities.getLocalityWithHttpInfo(dongxing), LocalityInput.class,
                (etag, input) -> localities.replaceLocalityWithHttpInfo(dongxing, etag, input));
        assertEquals(1, localities.listLocalities("CN", LocalityLevel.CITY, null, guangxi, "dong hung", null, null, null, null)
                .getTotalItems());
    }

    @Test
    @Order(3)
    void aPartnershipAndTwoAgreements() throws ApiException {
        PartnershipsApi partnerships = new PartnershipsApi(client);
        Partnership partnership = partnerships.createPartnership(new PartnershipInput().province("22").localityId(dongxing)
                .kind(PartnershipKind.BORDER_COOPERATION).since(LocalDate.of(2010, 5, 1)), null);
        roundTrip(() -> partnerships.getPartnershipWithHttpInfo(partnership.getId()), PartnershipInput.class,
                (etag, input) -> partnerships.replacePartnershipWithHttpInfo(partnership.getId(), etag, input));
        assertEquals(1, partnerships.listPartnerships("CN", PartnershipKind.BORDER_COOPERATION, dongxing, null, "22", null,
                null, null, null, null, null).getTotalItems());

        AgreementsApi agreements = new AgreementsApi(client);
        Agreement withLocality = agreements.createAgreement(new AgreementInput().province("22")
                .counterpart(new CounterpartInput().localityId(dongxing)).title("Agreement on border trade and tourism")
                .signedOn(LocalDate.of(2012, 3, 10)).sectors(List.of("33110")).signatoryLevel(SignatoryLevel.PROVINCIAL_PEOPLES_COMMITTEE), null);
        assertEquals(CounterpartKind.LOCALITY, withLocality.getCounterpart().getKind());
        // a counterpart that is neither a recorded locality nor a registered organization needs only its name
        Agreement named = agreements.createAgreement(new AgreementInput().province("22")
                .counterpart(new CounterpartInput().name("Fangchenggang Port Authority")).title("Memorandum on port cooperation")
                .signedOn(LocalDate.of(2015, 6, 1)), null);
        assertNull(named.getCounterpart().getCountryCode());
        namedAgreementId = named.getId();
        for (Agreement agreement : List.of(withLocality, named)) {
            roundTrip(() -> agreements.getAgreementWithHttpInfo(agreement.getId()), AgreementInput.class,
                    (etag, input) -> agreements.replaceAgreementWithHttpInfo(agreement.getId(), etag, input));
        }
        assertEquals(2, agreements.listAgreements(null, null, null, null, "22", null, null, null, LocalDate.of(2012, 1, 1),
                LocalDate.of(2015, 12, 31), null, null, null, null, null, null).getTotalItems());
    }

    @Test
    @Order(4)
    void aTwinningADelegationAndAnAssociation() throws ApiException {
        TwinningsApi twinnings = new TwinningsApi(client);
        Twinning twinning = twinnings.createTwinning(new TwinningInput().province("22")
                .domesticUnit(new DomesticUnit().name("Thôn Pò Hèn").level(DomesticUnitLevel.VILLAGE).district("Móng Cái"))
                .foreignUnit(new ForeignUnit().name("Lihuo Village").level(ForeignUnitLevel.VILLAGE))
                .localityId(dongxing).since(LocalDate.of(2016, 5, 20)), null);
        roundTrip(() -> twinnings.getTwinningWithHttpInfo(twinning.getId()), TwinningInput.class,
                (etag, input) -> twinnings.replaceTwinningWithHttpInfo(twinning.getId(), etag, input));
        assertEquals(1, twinnings.listTwinnings("CN", DomesticUnitLevel.VILLAGE, dongxing, null, "22", null, null, null,
                null, null).getTotalItems());

        ExchangesApi exchanges = new ExchangesApi(client);
        Exchange exchange = exchanges.createExchange(new ExchangeInput().province("22").direction(ExchangeDirection.OUTBOUND)
                .localityId(dongxing).title("Border trade fair delegation").startDate(LocalDate.of(2019, 9, 14))
                .endDate(LocalDate.of(2019, 9, 17)).participants(15), null);
        roundTrip(() -> exchanges.getExchangeWithHttpInfo(exchange.getId()), ExchangeInput.class,
                (etag, input) -> exchanges.replaceExchangeWithHttpInfo(exchange.getId(), etag, input));
        assertEquals(1, exchanges.listExchanges("CN", ExchangeDirection.OUTBOUND, null, dongxing, null, null, "22", null,
                null, null, null, 2019, null, null).getTotalItems());

        FriendshipAssociationsApi associations = new FriendshipAssociationsApi(client);
        FriendshipAssociation association = associations.createFriendshipAssociation(new FriendshipAssociationInput()
                .province("22").name("Vietnam–China Friendship Association of Quảng Ninh").counterpartCountry("CN")
                .members(520).founded(LocalDate.of(2008, 10, 15)), null);
        roundTrip(() -> associations.getFriendshipAssociationWithHttpInfo(association.getId()), FriendshipAssociationInput.class,
                (etag, input) -> associations.replaceFriendshipAssociationWithHttpInfo(association.getId(), etag, input));
        assertEquals(1, associations.listFriendshipAssociations("CN", null, null, "22", "viet", null, null, null, null)
                .getTotalItems());
    }

    @Test
    @Order(5)
    void statisticsAndAuditTrail() throws ApiException {
        PartnerStatistics statistics = new StatisticsApi(client).getPartnerStatistics("CN", 2019, List.of("province"), "22", 2019, null, null);
        Map<String, Object> row = statistics.getRows().get(0);
        assertEquals("22", row.get("province"));
        assertEquals(1, ((Number) row.get("exchanges")).intValue());
        assertEquals(15, ((Number) row.get("participants")).intValue());
        assertTrue(new AuditTrailApi(client).listAuditEntries(dongxing.toString(), null, null, null, null, null,
                "client-flows", null, null, null).getTotalItems() >= 1);
    }

    @Test
    @Order(6)
    void dataQualityNamesTheAgreementWithOnlyANamedCounterpart() throws ApiException {
        // Quảng Ninh's records of this flow: two agreements, one of them with a counterpart known only by its name, and
        // one delegation with its locality and its participants
        DataQuality quality = new DataQualityApi(client).getDataQuality("22", null, null);
        assertEquals(1, quality.getRows().size());
        DataQualityRow row = quality.getRows().get(0);
        assertEquals("22", row.getProvince());
        assertEquals(List.of("EXCHANGE_WITHOUT_LOCALITY", "AGREEMENT_WITHOUT_LOCALITY", "EXCHANGE_WITHOUT_PARTICIPANTS"),
                row.getChecks().stream().map(DataQualityCheck::getCheck).toList());
        assertEquals(List.of(0L, 1L, 0L), row.getChecks().stream().map(DataQualityCheck::getFailing).toList());
        assertEquals(List.of(1L, 2L, 1L), row.getChecks().stream().map(DataQualityCheck::getTotal).toList());
        assertEquals(List.of(namedAgreementId), row.getChecks().get(1).getSampleIds());
        assertEquals(0, new BigDecimal("83.3").compareTo(row.getScore()), "(100 + 50 + 100) / 3");
        assertNull(quality.getTotals().getProvince());
        assertEquals(row.getChecks(), quality.getTotals().getChecks());
    }

    @AfterAll
    void everyOperationWasCalled() {
        assertEquals(List.of(), List.copyOf(Operations.of(PARTNER).notCalled()));
    }
}
