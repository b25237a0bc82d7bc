package vn.ngoaid.aid.iati;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.ngoaid.aid.Fixtures;
import vn.ngoaid.aid.RegistryStub;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static vn.ngoaid.aid.Fixtures.create;
import static vn.ngoaid.aid.Fixtures.location;
import static vn.ngoaid.aid.Fixtures.money;
import static vn.ngoaid.aid.Fixtures.project;
import static vn.ngoaid.aid.Fixtures.sector;
import static vn.ngoaid.aid.Fixtures.standardRates;
import static vn.ngoaid.aid.Fixtures.with;

/**
 * GET /api/v1/iati/activities: an IATI 2.03 document that validates against the IATI activity schema (copied into
 * the test resources, see {@code iati/NOTICE.md}), with the project's codes mapped to IATI's.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
public class IatiExportTest {

    private static Schema schema;

    /** Validates the document against iati-activities-schema.xsd 2.03; a violation fails the test with its line. */
    public static void validate(byte[] xml) throws Exception {
        if (schema == null) {
            URL xsd = IatiExportTest.class.getResource("/iati/iati-activities-schema.xsd");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schema = factory.newSchema(xsd);
        }
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    public static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void aProjectBecomesAValidActivityWithItsCodesMappedToIatis() throws Exception {
        standardRates();
        Map<String, Object> body = with(project(), "status", "ONGOING");
        body = with(body, "sectors", List.of(sector("11120", null), sector("11220", null), sector("12220", null)));
        body = with(body, "locations", List.of(location("12", "Phong Thổ", 70), location("12", "Sìn Hồ", 30)));
        String code = (String) body.get("code");
        String id = create(body);
        String commitment = money(id, "COMMITMENT", "2019-06-01", "1000000", null);
        money(id, "DISBURSEMENT", "2019-07-01", "400000.5", null);
        Fixtures.correction(id, commitment, "COMMITMENT", "2019-08-01", "-100000", null).statusCode(201);
        // a project elsewhere stays out of province 12's document
        create(with(project(), "locations", List.of(location("20", null, 100))));

        byte[] xml = given().get("/api/v1/iati/activities?province=12").then().statusCode(200)
                .contentType(startsWith("application/xml")).extract().asByteArray();
        validate(xml);
        Document document = parse(xml);
        assertThat(document.getDocumentElement().getAttribute("version"), is("2.03"));
        Element activity = null;
        NodeList activities = document.getElementsByTagName("iati-activity");
        for (int i = 0; i < activities.getLength(); i++) {
            Element candidate = (Element) activities.item(i);
            String identifier = candidate.getElementsByTagName("iati-identifier").item(0).getTextContent();
            assertThat(identifier, startsWith("VN-PACCOM-"));
            if (identifier.equals("VN-PACCOM-" + code)) {
                activity = candidate;
            }
            // every activity of the document is located (also) in province 12
            assertThat(identifier, attributes(candidate, "location", "ref"), hasItem("VN-GSO-12"));
        }
        assertThat("activity of " + code, activity != null);
        assertThat(activity.getAttribute("default-currency"), is("VND"));
        assertThat(attributes(activity, "activity-status", "code"), contains("2"));
        assertThat(attributes(activity, "activity-date", "type"), contains("2", "3"));
        assertThat(attributes(activity, "participating-org", "role"), contains("1", "2"));
        assertThat(attributes(activity, "participating-org", "type"), contains("10", "11"));
        assertThat(attributes(activity, "recipient-country", "code"), contains("VN"));
        assertThat(attributes(activity, "sector", "code"), contains("11120", "11220", "12220"));
        assertThat(attributes(activity, "sector", "percentage"), contains("33.33", "33.33", "33.34"));
        assertThat(attributes(activity, "sector", "vocabulary"), contains("1", "1", "1"));
        assertThat(attributes(activity, "transaction-type", "code"), contains("2", "3", "2"));
        assertThat(attributes(activity, "value", "value-date"), contains("2019-06-01", "2019-07-01", "2019-08-01"));
        List<String> values = new ArrayList<>();
        NodeList valueNodes = activity.getElementsByTagName("value");
        for (int i = 0; i < valueNodes.getLength(); i++) {
            values.add(valueNodes.item(i).getTextContent());
        }
        assertThat(values, contains("1000000", "400000.5", "-100000"));
        Element title = (Element) activity.getElementsByTagName("title").item(0);
        NodeList narratives = title.getElementsByTagName("narrative");
        assertThat(narratives.getLength(), is(2));
        assertThat(((Element) narratives.item(1)).getAttributeNS(XMLConstants.XML_NS_URI, "lang"), equalTo("vi"));
        assertThat(narratives.item(1).getTextContent(), equalTo("Xây dựng trường học xã Bản Lang"));
        // no plan, no implementers: no budget, no planned disbursement, only the donor and the approving authority
        assertThat(activity.getElementsByTagName("budget").getLength(), is(0));
        assertThat(activity.getElementsByTagName("planned-disbursement").getLength(), is(0));
    }

    @Test
    void aPlanAndImplementersBecomeBudgetsPlannedDisbursementsAndParticipatingOrganisations() throws Exception {
        standardRates();
        Map<String, Object> body = with(project("USD"), "plannedDisbursements", List.of(
                Map.of("year", 2020, "amount", 200000), Map.of("year", 2019, "amount", new BigDecimal("150000.50"))));
        body = with(body, "implementers", List.of(
                Map.of("name", "Phong Tho District People's Committee", "localName", "Ủy ban nhân dân huyện Phong Thổ",
                        "type", "DISTRICT", "role", "PROJECT_OWNER"),
                Map.of("name", "Lai Chau Provincial People's Committee", "localName", "Ủy ban nhân dân tỉnh Lai Châu",
                        "type", "PROVINCIAL_PEOPLES_COMMITTEE", "role", "MANAGING_AGENCY"),
                Map.of("name", "Lai Chau Women's Union", "localName", "Hội Liên hiệp Phụ nữ tỉnh Lai Châu",
                        "type", "MASS_ORGANIZATION", "role", "IMPLEMENTING"),
                Map.of("name", "Center for Community Health Research and Development", "type", "NGO", "role", "IMPLEMENTING")));
        String code = (String) body.get("code");
        create(body);

        byte[] xml = given().get("/api/v1/iati/activities?province=12").then().statusCode(200).extract().asByteArray();
        validate(xml);
        Element activity = activity(parse(xml), code);
        // the donor (1) and the approving province (2) as before, then the implementers in their order
        assertThat(attributes(activity, "participating-org", "role"), contains("1", "2", "3", "2", "4", "4"));
        assertThat(attributes(activity, "participating-org", "type"), contains("10", "11", "11", "11", "15", "22"));
        NodeList organisations = activity.getElementsByTagName("participating-org");
        assertThat(narratives((Element) organisations.item(2)), contains(
                "Phong Tho District People's Committee", "vi:Ủy ban nhân dân huyện Phong Thổ"));
        assertThat(narratives((Element) organisations.item(4)), contains(
                "Lai Chau Women's Union", "vi:Hội Liên hiệp Phụ nữ tỉnh Lai Châu"));
        assertThat(narratives((Element) organisations.item(5)), contains("Center for Community Health Research and Development"));

        assertThat(attributes(activity, "budget", "type"), contains("1", "1"));
        assertThat(attributes(activity, "budget", "status"), contains("1", "1"));
        assertThat(attributes(activity, "planned-disbursement", "type"), contains("1", "1"));
        for (String element : List.of("budget", "planned-disbursement")) {
            assertThat(element, periods(activity, element), contains(
                    "2019-01-01..2019-12-31: 150000.5 USD on 2019-01-01", "2020-01-01..2020-12-31: 200000 USD on 2020-01-01"));
        }
    }

    @Test
    void anUnknownProvinceIs400AndNoTokenIsNeeded() {
        Fixtures.assertInvalid(given().header("Authorization", "").accept("application/xml, application/problem+json")
                .get("/api/v1/iati/activities?province=99").then(), "province");
        given().header("Authorization", "").get("/api/v1/iati/activities?province=12").then().statusCode(200);
    }

    private static Element activity(Document document, String code) {
        NodeList activities = document.getElementsByTagName("iati-activity");
        for (int i = 0; i < activities.getLength(); i++) {
            Element activity = (Element) activities.item(i);
            if (activity.getElementsByTagName("iati-identifier").item(0).getTextContent().equals("VN-PACCOM-" + code)) {
                return activity;
            }
        }
        throw new AssertionError("no activity of " + code);
    }

    /** The narratives of an element, each prefixed with its language when it has one ({@code vi:…}). */
    private static List<String> narratives(Element parent) {
        List<String> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName("narrative");
        for (int i = 0; i < nodes.getLength(); i++) {
            String lang = ((Element) nodes.item(i)).getAttributeNS(XMLConstants.XML_NS_URI, "lang");
            found.add((lang.isEmpty() ? "" : lang + ":") + nodes.item(i).getTextContent());
        }
        return found;
    }

    /** Each budget or planned disbursement as {@code start..end: value currency on value-date}. */
    private static List<String> periods(Element activity, String element) {
        List<String> found = new ArrayList<>();
        NodeList nodes = activity.getElementsByTagName(element);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element period = (Element) nodes.item(i);
            Element value = (Element) period.getElementsByTagName("value").item(0);
            found.add(attributes(period, "period-start", "iso-date").get(0) + ".."
                    + attributes(period, "period-end", "iso-date").get(0) + ": " + value.getTextContent() + " "
                    + value.getAttribute("currency") + " on " + value.getAttribute("value-date"));
        }
        return found;
    }

    private static List<String> attributes(Element parent, String element, String attribute) {
        List<String> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(element);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return found;
    }
}
