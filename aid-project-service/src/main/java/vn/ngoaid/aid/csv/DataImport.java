package vn.ngoaid.aid.csv;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import vn.ngoaid.aid.project.ProjectInput;
import vn.ngoaid.aid.project.ProjectService;
import vn.ngoaid.aid.transaction.TransactionService;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.registryclient.NgoRegistry;
import vn.ngoaid.registryclient.RegisteredOrganization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Imports a CSV file of projects or transactions in one database transaction. Each row is read into the input record
 * of the JSON API, checked by the same Bean Validation, and written by the same service method as a POST (province
 * scope, eligibility, uniqueness, money rules, audit trail), so an import accepts exactly what the API accepts.
 * Every row is tried, so the report lists every problem; the file is stored only in a commit whose rows all pass,
 * otherwise the transaction rolls back. A registry that cannot answer stops the import with its 503.
 */
@ApplicationScoped
public class DataImport {

    /** Rows between two clears of the persistence context, which each flush would otherwise walk whole. */
    private static final int CLEAR_EVERY = 50;

    /** A file of 100,000 rows takes well over the default transaction timeout of 60 s on a small machine. */
    private static final int TIMEOUT_SECONDS = 900;

    private final ProjectService projects;
    private final TransactionService transactions;
    private final NgoRegistry registry;
    private final Validator validator;
    private final EntityManager em;
    private final TransactionManager tm;

    public DataImport(ProjectService projects, TransactionService transactions, NgoRegistry registry, Validator validator,
                      EntityManager em, TransactionManager tm) {
        this.projects = projects;
        this.transactions = transactions;
        this.registry = registry;
        this.validator = validator;
        this.em = em;
        this.tm = tm;
    }

    /**
     * Runs an import, and in a commit its idempotency record, in one transaction with room for a large file (the
     * timeout can only be set where the transaction starts).
     */
    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    public <T> T inOneTransaction(Supplier<T> work) {
        return work.get();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport projects(byte[] body, ImportMode mode) {
        CsvFile file = CsvFile.parse(body, ProjectCsv.IMPORT);
        Map<ProjectCsv.NamedDonor, Optional<RegisteredOrganization>> named = new HashMap<>();
        List<ImportReport.RowProblem> problems = new ArrayList<>();
        int stored = 0;
        for (CsvFile.Row row : file.rows()) {
            ProjectCsv.Read read = ProjectCsv.read(row);
            List<ImportReport.RowProblem> found = new ArrayList<>(read.problems());
            ProjectInput input = read.input();
            if (read.namedDonor() != null) {
                ProjectCsv.NamedDonor donor = read.namedDonor();
                Optional<RegisteredOrganization> organization = named.computeIfAbsent(donor,
                        d -> registry.organizationNamed(d.name(), d.countryCode()));
                if (organization.isEmpty()) {
                    found.add(new ImportReport.RowProblem(row.number(), "donorName", "ngo-registry-service knows no "
                            + "organization named '" + donor.name() + "' from country " + donor.countryCode()
                            + " (for a donor outside the registry give donorType)"));
                } else {
                    input = withDonor(input, organization.get().id());
                }
            }
            found.addAll(violations(row, input, ProjectCsv::column, found));
            // a project's rules all run before its first write, so a refused row leaves nothing behind
            if (found.isEmpty() && write(row, ProjectCsv::column, found, input, projects::createInCurrentTransaction)) {
                stored++;
            }
            problems.addAll(found);
            clearEvery(row);
        }
        return finish(mode, file, stored, problems);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport transactions(byte[] body, ImportMode mode) {
        CsvFile file = CsvFile.parse(body, TransactionCsv.IMPORT);
        Map<Integer, List<ImportReport.RowProblem>> problems = new TreeMap<>();
        List<TransactionService.Pending> readable = new ArrayList<>();
        List<TransactionCsv.Read> reads = file.rows().stream().map(TransactionCsv::read).toList();
        Map<String, UUID> projectIds = projects.idsByCode(
                reads.stream().map(TransactionCsv.Read::projectCode).filter(Objects::nonNull).toList());
        for (int i = 0; i < reads.size(); i++) {
            CsvFile.Row row = file.rows().get(i);
            TransactionCsv.Read read = reads.get(i);
            List<ImportReport.RowProblem> found = new ArrayList<>(read.problems());
            UUID projectId = null;
            if (read.projectCode() != null) {
                projectId = projectIds.get(read.projectCode().trim().toUpperCase(Locale.ROOT));
                if (projectId == null) {
                    found.add(new ImportReport.RowProblem(row.number(), "projectCode", "no project has code '"
                            + read.projectCode() + "'"));
                }
            }
            found.addAll(violations(row, read.input(), TransactionCsv::column, found));
            if (found.isEmpty()) {
                readable.add(new TransactionService.Pending(row.number(), projectId, read.input()));
            } else {
                problems.put(row.number(), found);
            }
        }
        // the rows that read well are checked and written together, each against the money of the rows before it
        TransactionService.Outcome outcome = transactions.recordAll(readable);
        outcome.refused().forEach((row, refusal) -> problems.put(row, refusal(row, TransactionCsv::column, refusal)));
        return finish(mode, file, outcome.recorded().size(), problems.values().stream().flatMap(List::stream).toList());
    }

    private static ProjectInput withDonor(ProjectInput in, UUID organizationId) {
        return new ProjectInput(in.code(), in.title(), in.localTitle(), new ProjectInput.Donor(organizationId, null, null, null),
                in.modality(), in.sectors(), in.locations(), in.approvalLevel(), in.approvalDecision(), in.startDate(),
                in.endDate(), in.status(), in.currency(), in.partnerLocalityId(), in.plannedDisbursements(), in.implementers());
    }

    /** The JSON API's Bean Validation of the input, but not again for a cell already reported unreadable. */
    private <T> List<ImportReport.RowProblem> violations(CsvFile.Row row, T input, Function<String, String> column,
                                                        List<ImportReport.RowProblem> already) {
        Set<String> reported = new HashSet<>();
        already.forEach(p -> reported.add(p.field()));
        List<ImportReport.RowProblem> found = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(input)) {
            String field = column.apply(violation.getPropertyPath().toString());
            if (!reported.contains(field)) {
                found.add(new ImportReport.RowProblem(row.number(), field, violation.getMessage()));
            }
        }
        found.sort(java.util.Comparator.comparing(ImportReport.RowProblem::field));
        return found;
    }

    /** Runs the API's own write; a refusal becomes problems of the row. */
    private <T> boolean write(CsvFile.Row row, Function<String, String> column, List<ImportReport.RowProblem> found,
                              T input, Function<T, ?> action) {
        try {
            action.apply(input);
            return true;
        } catch (ApiException | ForbiddenException e) {
            found.addAll(refusal(row.number(), column, e));
            return false;
        }
    }

    /** A refusal of the API as problems of a row; a registry without answer (503) stops the whole import instead. */
    private static List<ImportReport.RowProblem> refusal(int row, Function<String, String> column, RuntimeException e) {
        if (e instanceof ApiException api) {
            if (api.status() == 503) {
                throw api;
            }
            if (!api.errors().isEmpty()) {
                return api.errors().stream().map(error ->
                        new ImportReport.RowProblem(row, column.apply(error.field()), error.message())).toList();
            }
        }
        return List.of(new ImportReport.RowProblem(row, "row", e.getMessage()));
    }

    private void clearEvery(CsvFile.Row row) {
        if (row.number() % CLEAR_EVERY == 0) {
            em.flush();
            em.clear();
        }
    }

    private ImportReport finish(ImportMode mode, CsvFile file, int stored, List<ImportReport.RowProblem> problems) {
        ImportReport report = ImportReport.of(mode, file.rows().size(), mode == ImportMode.COMMIT ? stored : 0, problems);
        if (mode == ImportMode.COMMIT && !problems.isEmpty()) {
            throw new ImportRefused(report);
        }
        if (mode == ImportMode.DRY_RUN) {
            try {
                tm.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException(e);
            }
        }
        return report;
    }
}
