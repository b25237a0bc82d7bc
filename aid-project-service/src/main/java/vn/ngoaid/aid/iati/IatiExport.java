package vn.ngoaid.aid.iati;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ngoaid.aid.project.ApprovalLevel;
import vn.ngoaid.aid.project.Implementer;
import vn.ngoaid.aid.project.ImplementerRole;
import vn.ngoaid.aid.project.ImplementerType;
import vn.ngoaid.aid.project.Location;
import vn.ngoaid.aid.project.PlannedDisbursement;
import vn.ngoaid.aid.project.Project;
import vn.ngoaid.aid.project.ProjectStatus;
import vn.ngoaid.aid.project.SectorShare;
import vn.ngoaid.aid.transaction.AidTransaction;
import vn.ngoaid.aid.transaction.TransactionType;
import vn.ngoaid.common.reference.Province;
import vn.ngoaid.common.reference.ReferenceData;
import vn.ngoaid.common.time.Timestamps;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Projects as an IATI 2.03 {@code iati-activities} document, written with StAX as it goes out, its elements in the
 * order the schema's sequence requires. Codes follow the IATI code lists: activity status, organisation role and type,
 * budget type 1 (original) and status 1 (indicative), transaction type 2 (commitment) and 3 (disbursement), sector
 * vocabulary 1 (OECD DAC 5-digit purpose codes, which the projects use already).
 */
@ApplicationScoped
public class IatiExport {

    static final String VERSION = "2.03";

    /** Projects read at a time, with their transactions. */
    private static final int PAGE = 200;

    private final ReferenceData reference;
    private final String reportingOrgRef;
    private final String reportingOrgName;

    public IatiExport(ReferenceData reference,
                      @ConfigProperty(name = "ngo-aid.iati.reporting-org-ref", defaultValue = "VN-PACCOM") String reportingOrgRef,
                      @ConfigProperty(name = "ngo-aid.iati.reporting-org-name",
                              defaultValue = "People's Aid Coordinating Committee (PACCOM)") String reportingOrgName) {
        this.reference = reference;
        this.reportingOrgRef = reportingOrgRef;
        this.reportingOrgName = reportingOrgName;
    }

    /** The IATI identifier of a project: the reporting organisation's identifier, a hyphen, the project code. */
    public String identifier(String projectCode) {
        return reportingOrgRef + "-" + projectCode;
    }

    /** Writes every project located in {@code province} (all when null), ordered by code. */
    public void write(String province, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", VERSION);
        xml.writeAttribute("generated-datetime", Timestamps.now().truncatedTo(ChronoUnit.SECONDS).toString());
        String query = "from Project p" + (province == null ? ""
                : " where exists (select 1 from Project p2 join p2.locations l where p2.id = p.id and l.province = :province)")
                + " order by p.code, p.id";
        Parameters params = province == null ? new Parameters() : Parameters.with("province", province);
        for (int page = 0; ; page++) {
            List<Project> projects = Project.<Project>find(query, params).page(page, PAGE).list();
            if (projects.isEmpty()) {
                break;
            }
            Map<UUID, List<AidTransaction>> money = new LinkedHashMap<>();
            AidTransaction.<AidTransaction>list("projectId in ?1 order by date, createdAt, id",
                            projects.stream().map(p -> p.id).toList())
                    .forEach(t -> money.computeIfAbsent(t.projectId, k -> new ArrayList<>()).add(t));
            for (Project project : projects) {
                activity(xml, project, money.getOrDefault(project.id, List.of()));
            }
            xml.flush();
            Project.getEntityManager().clear();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private void activity(XMLStreamWriter xml, Project p, List<AidTransaction> transactions) throws XMLStreamException {
        LocalDate on = p.approvalDate != null ? p.approvalDate : p.startDate != null ? p.startDate : Timestamps.today();
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("default-currency", p.currency);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        xml.writeAttribute("last-updated-datetime", p.updatedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        text(xml, "iati-identifier", identifier(p.code));

        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", reportingOrgRef);
        xml.writeAttribute("type", "10");
        narrative(xml, reportingOrgName, null);
        xml.writeEndElement();

        xml.writeStartElement("title");
        narrative(xml, p.title, null);
        if (p.localTitle != null) {
            narrative(xml, p.localTitle, "vi");
        }
        xml.writeEndElement();

        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(xml, p.title + ". Donor: " + p.donorName + (p.donorCountryCode == null ? "" : " (" + p.donorCountryCode + ")")
                + ". Modality: " + p.modality + ". Approval: " + p.approvalLevel
                + (p.approvalNumber == null ? "" : ", decision " + p.approvalNumber + " of " + p.approvalDate
                + (p.approvalAuthority == null ? "" : " by " + p.approvalAuthority)) + ".", null);
        xml.writeEndElement();

        // the donor funds (role 1); the approving authority is accountable (role 2) for the aid received
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", "1");
        xml.writeAttribute("type", organisationType(p.donorType));
        narrative(xml, p.donorName, null);
        xml.writeEndElement();
        if (p.approvalAuthority != null || p.approvalLevel != null) {
            xml.writeStartElement("participating-org");
            xml.writeAttribute("role", "2");
            xml.writeAttribute("type", p.approvalLevel == ApprovalLevel.CENTRAL ? "10" : "11");
            if (p.approvalAuthority != null) {
                narrative(xml, p.approvalAuthority, "vi");
            } else {
                narrative(xml, p.approvalLevel == ApprovalLevel.CENTRAL ? "Government of Viet Nam"
                        : "Provincial People's Committee", null);
            }
            xml.writeEndElement();
        }
        // then those who carry the project out in Viet Nam, named in English and Vietnamese
        for (Implementer implementer : p.implementers) {
            xml.writeStartElement("participating-org");
            xml.writeAttribute("role", role(implementer.role));
            xml.writeAttribute("type", organisationType(implementer.type));
            narrative(xml, implementer.name, null);
            if (implementer.localName != null) {
                narrative(xml, implementer.localName, "vi");
            }
            xml.writeEndElement();
        }

        empty(xml, "activity-status", "code", status(p.status));
        dates(xml, p);
        xml.writeEmptyElement("recipient-country");
        xml.writeAttribute("code", "VN");
        xml.writeAttribute("percentage", "100");

        for (Location location : p.locations) {
            String name = reference.provinceOn(location.province, on).or(() -> reference.provinces().stream()
                    .filter(pr -> pr.code().equals(location.province)).findFirst()).map(Province::name).orElse(location.province);
            xml.writeStartElement("location");
            xml.writeAttribute("ref", "VN-GSO-" + location.province);
            empty(xml, "location-reach", "code", "1");
            xml.writeStartElement("name");
            narrative(xml, location.district == null ? name : location.district + ", " + name, "vi");
            xml.writeEndElement();
            if (location.percentage != null) {
                xml.writeStartElement("description");
                narrative(xml, plain(location.percentage) + " % of the project", null);
                xml.writeEndElement();
            }
            empty(xml, "exactness", "code", "2");
            empty(xml, "location-class", "code", "1");
            xml.writeEndElement();
        }
        BigDecimal equalShare = p.sectors.isEmpty() ? null
                : BigDecimal.valueOf(100).divide(BigDecimal.valueOf(p.sectors.size()), 2, java.math.RoundingMode.DOWN);
        for (int i = 0; i < p.sectors.size(); i++) {
            SectorShare sector = p.sectors.get(i);
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", "1");
            xml.writeAttribute("code", sector.code);
            // an equal split is written so that the shares add up to exactly 100, the rest on the last
            BigDecimal share = sector.percentage != null ? sector.percentage
                    : i < p.sectors.size() - 1 ? equalShare
                    : BigDecimal.valueOf(100).subtract(equalShare.multiply(BigDecimal.valueOf(p.sectors.size() - 1)));
            xml.writeAttribute("percentage", plain(share));
        }
        // the plan is the donor's, revised by PUT and not binding until committed: an indicative (1) original (1)
        // budget per year; calendar years, Viet Nam's fiscal year, within the one year IATI allows a budget period
        for (PlannedDisbursement year : p.plannedDisbursements) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", "1");
            xml.writeAttribute("status", "1");
            plannedYear(xml, year, p.currency);
            xml.writeEndElement();
        }
        for (PlannedDisbursement year : p.plannedDisbursements) {
            xml.writeStartElement("planned-disbursement");
            xml.writeAttribute("type", "1");
            plannedYear(xml, year, p.currency);
            xml.writeEndElement();
        }
        for (AidTransaction t : transactions) {
            xml.writeStartElement("transaction");
            xml.writeAttribute("ref", t.id.toString());
            empty(xml, "transaction-type", "code", t.type == TransactionType.COMMITMENT ? "2" : "3");
            empty(xml, "transaction-date", "iso-date", t.date.toString());
            xml.writeStartElement("value");
            xml.writeAttribute("currency", t.currency);
            xml.writeAttribute("value-date", t.date.toString());
            xml.writeCharacters(plain(t.amount));
            xml.writeEndElement();
            if (t.description != null) {
                xml.writeStartElement("description");
                narrative(xml, t.description, "vi");
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Start and end, actual once they have happened by the project's status, else planned; at least one date. */
    private static void dates(XMLStreamWriter xml, Project p) throws XMLStreamException {
        boolean started = p.status == ProjectStatus.ONGOING || p.status == ProjectStatus.COMPLETED;
        LocalDate start = p.startDate != null ? p.startDate : p.approvalDate;
        if (start == null) {
            start = p.createdAt.atZone(Timestamps.VIETNAM).toLocalDate();
        }
        activityDate(xml, started ? "2" : "1", start);
        if (p.endDate != null) {
            activityDate(xml, p.status == ProjectStatus.COMPLETED ? "4" : "3", p.endDate);
        }
    }

    /** The period of a plan year and its amount, valued on its first day. */
    private static void plannedYear(XMLStreamWriter xml, PlannedDisbursement year, String currency) throws XMLStreamException {
        LocalDate first = LocalDate.of(year.year, 1, 1);
        empty(xml, "period-start", "iso-date", first.toString());
        empty(xml, "period-end", "iso-date", LocalDate.of(year.year, 12, 31).toString());
        xml.writeStartElement("value");
        xml.writeAttribute("currency", currency);
        xml.writeAttribute("value-date", first.toString());
        xml.writeCharacters(plain(year.amount));
        xml.writeEndElement();
    }

    private static void activityDate(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", date.toString());
    }

    /** IATI ActivityStatus: 1 pipeline, 2 implementation, 4 closed, 5 cancelled, 6 suspended. */
    static String status(ProjectStatus status) {
        return switch (status) {
            case PROPOSED -> "1";
            case APPROVED, ONGOING -> "2";
            case COMPLETED -> "4";
            case CANCELLED -> "5";
            case SUSPENDED -> "6";
        };
    }

    /** IATI OrganisationType of a donor type (the registry's, or of a donor outside it). */
    static String organisationType(String donorType) {
        if (donorType == null) {
            return "90";
        }
        return switch (donorType) {
            case "INGO" -> "21";
            case "FOUNDATION" -> "60";
            case "MULTILATERAL" -> "40";
            case "BILATERAL_AGENCY", "EMBASSY_FUND", "EMBASSY" -> "10";
            case "DOMESTIC" -> "70";
            default -> "90";
        };
    }

    /**
     * IATI OrganisationRole of an implementer. The project owner (chủ dự án) receives the aid and runs it for the
     * donor: extending (3). The managing agency (cơ quan chủ quản) oversees the owner and answers for the project to
     * the government, as the code list's accountable (2) does, rather than managing the budget: extending would
     * blur who holds the money.
     */
    static String role(ImplementerRole role) {
        return switch (role) {
            case PROJECT_OWNER -> "3";
            case MANAGING_AGENCY -> "2";
            case IMPLEMENTING -> "4";
        };
    }

    /**
     * IATI OrganisationType of an implementer. People's committees, their departments, districts and communes are
     * sub-national government: local government (11), as the approving province is above. Mass organizations
     * (Women's Union, Farmers' Union …) belong to the Fatherland Front and are funded by the state budget, so other
     * public sector (15), not NGOs; universities and hospitals academic, training and research (80); a Vietnamese NGO
     * a national NGO (22).
     */
    static String organisationType(ImplementerType type) {
        return switch (type) {
            case PROVINCIAL_PEOPLES_COMMITTEE, PROVINCIAL_DEPARTMENT, DISTRICT, COMMUNE -> "11";
            case MASS_ORGANIZATION -> "15";
            case UNIVERSITY_OR_HOSPITAL -> "80";
            case NGO -> "22";
            case OTHER -> "90";
        };
    }

    private static void narrative(XMLStreamWriter xml, String text, String lang) throws XMLStreamException {
        xml.writeStartElement("narrative");
        if (lang != null) {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
