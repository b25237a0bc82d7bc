package vn.ngoaid.registry.registration;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.ETags;
import vn.ngoaid.common.audit.AuditTrail;
import vn.ngoaid.common.reference.Province;
import vn.ngoaid.common.reference.ReferenceData;
import vn.ngoaid.common.text.SearchText;
import vn.ngoaid.common.time.Timestamps;
import vn.ngoaid.registry.organization.OrganizationService;
import vn.ngoaid.common.api.Listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class RegistrationService {

    public static final String DEFAULT_ISSUER = "Committee for Foreign NGO Affairs (COMINGO)";
    public static final Map<String, String> SORTABLE = Map.of(
            "certificateNumber", "r.certificateNumber", "validFrom", "r.validFrom", "validUntil", "r.validUntil",
            "issuedOn", "r.issuedOn", "kind", "r.kind", "createdAt", "r.createdAt");

    private final OrganizationService organizations;
    private final ReferenceData reference;
    private final AuditTrail audit;

    public RegistrationService(OrganizationService organizations, ReferenceData reference, AuditTrail audit) {
        this.organizations = organizations;
        this.reference = reference;
        this.audit = audit;
    }

    @Transactional
    public RegistrationView create(UUID organizationId, RegistrationInput input) {
        organizations.find(organizationId);
        Registration registration = new Registration();
        registration.organizationId = organizationId;
        apply(registration, input);
        registration.record(RegistrationStatus.ACTIVE, "Registered", input.validFrom());
        registration.persistAndFlush();
        return audited("CREATE", RegistrationView.of(registration, Timestamps.today()));
    }

    /**
     * Amends a certificate (an extension, more provinces, a corrected number). The status history stays; the first
     * entry moves with validFrom, and every later change must still fall within the new validity.
     */
    @Transactional
    public RegistrationView replace(UUID id, String ifMatch, RegistrationInput input) {
        Registration registration = find(id);
        ETags.requireMatch(ifMatch, registration.version);
        RegistrationRules.checkAmendment(registration, input.validFrom(), input.validUntil());
        apply(registration, input);
        registration.history.get(0).effectiveOn = input.validFrom();
        registration.flush();
        return audited("UPDATE", RegistrationView.of(registration, Timestamps.today()));
    }

    private void apply(Registration registration, RegistrationInput input) {
        RegistrationRules.checkValidity(input.kind(), input.issuedOn(), input.validFrom(), input.validUntil());
        List<String> provinces = input.provinces().stream().distinct().toList();
        for (String code : provinces) {
            requireProvinceInForce(code, input.validFrom());
        }
        String certificateNumber = input.certificateNumber().trim();
        Registration same = Registration.<Registration>find("upper(certificateNumber) = upper(?1)", certificateNumber).firstResult();
        if (same != null && !same.id.equals(registration.id)) {
            throw ApiException.conflict("Certificate number " + same.certificateNumber
                    + " is already registered (registration " + same.id + ").");
        }
        registration.kind = input.kind();
        registration.certificateNumber = certificateNumber;
        registration.issuedBy = input.issuedBy() == null || input.issuedBy().isBlank() ? DEFAULT_ISSUER : input.issuedBy().trim();
        registration.issuedOn = input.issuedOn();
        registration.validFrom = input.validFrom();
        registration.validUntil = input.validUntil();
        registration.provinces = new ArrayList<>(provinces);
        registration.sectors = input.sectors() == null ? new ArrayList<>() : new ArrayList<>(input.sectors().stream().distinct().toList());
    }

    @Transactional
    public RegistrationView changeStatus(UUID id, StatusChangeInput input) {
        Registration registration = find(id);
        LocalDate today = Timestamps.today();
        LocalDate effectiveOn = input.effectiveOn() == null ? today : input.effectiveOn();
        RegistrationRules.checkStatusChange(registration, input.status(), effectiveOn, today);
        registration.record(input.status(), input.reason() == null || input.reason().isBlank() ? null : input.reason().trim(), effectiveOn);
        registration.flush();
        return audited("STATUS_CHANGE", RegistrationView.of(registration, today));
    }

    private RegistrationView audited(String operation, RegistrationView view) {
        audit.record("registration", view.id(), operation, view);
        return view;
    }

    public void requireOrganization(UUID organizationId) {
        organizations.find(organizationId);
    }

    public RegistrationView get(UUID id) {
        return RegistrationView.of(find(id), Timestamps.today());
    }

    Registration find(UUID id) {
        Registration registration = Registration.findById(id);
        if (registration == null) {
            throw ApiException.notFound("registration", id);
        }
        return registration;
    }

    /** The registrations matching {@code filter} in this order, with their history: a page of them or all. */
    public Listing<Registration, RegistrationView> listing(RegistrationFilter filter, String orderBy) {
        LocalDate today = Timestamps.today();
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.organizationId() != null) {
            where.add("r.organizationId = :organizationId");
            params.and("organizationId", filter.organizationId());
        }
        if (filter.province() != null) {
            where.add("array_contains(r.provinces, :province)");
            params.and("province", filter.province());
        }
        if (filter.kind() != null) {
            where.add("r.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.add(switch (filter.status()) {
                case REVOKED -> "r.status = REVOKED";
                case EXPIRED -> "r.status <> REVOKED and r.validUntil < :today";
                case ACTIVE -> "r.status = ACTIVE and r.validUntil >= :today";
                case SUSPENDED -> "r.status = SUSPENDED and r.validUntil >= :today";
            });
            if (filter.status() != RegistrationStatus.REVOKED) {
                params.and("today", today);
            }
        }
        if (filter.activeOn() != null) {
            // ACTIVE on that day: within validity, and the last change in effect by then set ACTIVE
            where.add("""
                    r.validFrom <= :activeOn and r.validUntil >= :activeOn and exists (
                      from RegistrationStatusChange h where h.registration = r and h.status = ACTIVE and h.sequence = (
                        select max(h2.sequence) from RegistrationStatusChange h2
                        where h2.registration = r and h2.effectiveOn <= :activeOn))""");
            params.and("activeOn", filter.activeOn());
        }
        if (filter.expiringBefore() != null) {
            where.add("r.validUntil < :expiringBefore");
            params.and("expiringBefore", filter.expiringBefore());
        }
        if (filter.q() != null && !SearchText.fold(filter.q()).isEmpty()) {
            where.add("upper(r.certificateNumber) like upper(:q) escape '\\'");
            params.and("q", "%" + SearchText.escapeLike(filter.q().trim()) + "%");
        }
        String query = "from Registration r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return Listing.of(() -> Registration.<Registration>find(query + " order by " + orderBy + ", r.id", params),
                () -> Registration.count("select count(r) " + query, params),
                found -> found.stream().map(r -> RegistrationView.of(r, today)).toList());
    }

    private void requireProvinceInForce(String code, LocalDate validFrom) {
        if (reference.provinceOn(code, validFrom).isEmpty()) {
            Province old = reference.provinces().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
            String hint = old.successorCode() != null ? "; since " + ReferenceData.PROVINCE_MERGER + " it is part of "
                    + old.successorCode() : "; it exists since " + ReferenceData.PROVINCE_MERGER;
            throw ApiException.ruleBroken("Province " + code + " (" + old.name() + ") was not a provincial unit on "
                    + validFrom + hint + ".");
        }
    }
}
