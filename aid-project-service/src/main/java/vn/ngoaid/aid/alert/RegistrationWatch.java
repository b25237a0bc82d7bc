package vn.ngoaid.aid.alert;

import vn.ngoaid.registryclient.RegistrationRecord;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Whether a donor's registrations let it go on working in a province, today and for the coming days: the rule of the
 * registration alerts, apart from where the registrations come from, so it is tested on its own.
 */
final class RegistrationWatch {

    /** A registration alert: its kind, the registration, the day and why. */
    record Finding(AlertKind kind, UUID registrationId, LocalDate on, String detail) {
    }

    private RegistrationWatch() {
    }

    /**
     * @param covering the donor's registrations covering the province (by its code or the code of its successor)
     * @return nothing while a registration ACTIVE today stays valid beyond {@code withinDays} (counting a renewal
     * recorded to follow it without a gap); else EXPIRING, SUSPENDED, REVOKED or LAPSED, in that order of precedence
     */
    static Optional<Finding> check(List<RegistrationRecord> covering, String province, LocalDate today, int withinDays) {
        Predicate<RegistrationRecord> valid = r -> !r.validFrom().isAfter(today) && !r.validUntil().isBefore(today);
        List<RegistrationRecord> current = covering.stream().filter(valid).toList();
        Optional<RegistrationRecord> active = current.stream().filter(r -> "ACTIVE".equals(r.status()))
                .max(Comparator.comparing(RegistrationRecord::validUntil));
        if (active.isPresent()) {
            LocalDate end = active.get().validUntil();
            // a renewal recorded ahead carries the right on without a gap
            boolean extended = true;
            while (extended) {
                LocalDate until = end;
                Optional<LocalDate> next = covering.stream()
                        .filter(r -> "ACTIVE".equals(r.status()) && r.validFrom().isAfter(today)
                                && !r.validFrom().isAfter(until.plusDays(1)) && r.validUntil().isAfter(until))
                        .map(RegistrationRecord::validUntil).max(Comparator.naturalOrder());
                extended = next.isPresent();
                end = next.orElse(end);
            }
            long days = ChronoUnit.DAYS.between(today, end);
            if (days > withinDays) {
                return Optional.empty();
            }
            return Optional.of(new Finding(AlertKind.REGISTRATION_EXPIRING, active.get().id(), end, "Registration "
                    + active.get().certificateNumber() + " covering province " + province + " ends on " + end
                    + (days == 0 ? ", today" : ", in " + days + (days == 1 ? " day" : " days")) + "; no renewal is recorded."));
        }
        Optional<RegistrationRecord> suspended = current.stream().filter(r -> "SUSPENDED".equals(r.status())).findFirst();
        if (suspended.isPresent()) {
            LocalDate since = suspended.get().lastChangeTo("SUSPENDED").map(RegistrationRecord.Change::effectiveOn).orElse(null);
            return Optional.of(new Finding(AlertKind.REGISTRATION_SUSPENDED, suspended.get().id(), since, "Registration "
                    + suspended.get().certificateNumber() + " covering province " + province + " is suspended"
                    + (since == null ? "" : " since " + since) + "."));
        }
        Optional<RegistrationRecord> revoked = current.stream().filter(r -> "REVOKED".equals(r.status())).findFirst();
        if (revoked.isPresent()) {
            LocalDate since = revoked.get().lastChangeTo("REVOKED").map(RegistrationRecord.Change::effectiveOn).orElse(null);
            return Optional.of(new Finding(AlertKind.REGISTRATION_REVOKED, revoked.get().id(), since, "Registration "
                    + revoked.get().certificateNumber() + " covering province " + province + " was revoked"
                    + (since == null ? "" : " on " + since) + "."));
        }
        Optional<RegistrationRecord> last = covering.stream().filter(r -> r.validUntil().isBefore(today))
                .max(Comparator.comparing(RegistrationRecord::validUntil));
        return Optional.of(last.map(r -> new Finding(AlertKind.REGISTRATION_LAPSED, r.id(), r.validUntil().plusDays(1),
                        "No valid registration covers province " + province + " today; the last, " + r.certificateNumber()
                                + ", ended on " + r.validUntil() + "."))
                .orElse(new Finding(AlertKind.REGISTRATION_LAPSED, null, null,
                        "The donor holds no registration covering province " + province + ".")));
    }
}
