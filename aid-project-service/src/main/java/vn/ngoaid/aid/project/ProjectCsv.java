package vn.ngoaid.aid.project;

import vn.ngoaid.common.csv.CsvColumns;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The projects CSV, shared with the CSV import so that an export can be imported again: the importable columns
 * first, then read-only ones ({@code id} onwards) that an import ignores. Sectors are {@code 12220:60|11220:40};
 * locations {@code 12/Phong Thổ:100|20:0} (province, optional {@code /district}, {@code :percentage}); an item
 * without a percentage (an equal split) is written without {@code :percentage}.
 */
public final class ProjectCsv {

    public static final CsvColumns<ProjectView> COLUMNS = CsvColumns.of(ProjectView.class)
            .text("code", ProjectView::code)
            .text("title", ProjectView::title)
            .text("localTitle", ProjectView::localTitle)
            .value("donorOrganizationId", p -> p.donor().organizationId())
            .text("donorName", p -> p.donor().name())
            .value("donorType", p -> p.donor().type())
            .value("donorCountryCode", p -> p.donor().countryCode())
            .value("modality", ProjectView::modality)
            .text("sectors", p -> items(p.sectors(), ProjectInput.Sector::code, ProjectInput.Sector::percentage))
            .text("locations", p -> items(p.locations(),
                    l -> l.district() == null ? l.province() : l.province() + "/" + l.district(),
                    ProjectInput.Location::percentage))
            .value("approvalLevel", ProjectView::approvalLevel)
            .text("approvalDecisionNumber", p -> p.approvalDecision() == null ? null : p.approvalDecision().number())
            .value("approvalDecisionDate", p -> p.approvalDecision() == null ? null : p.approvalDecision().date())
            .text("approvalDecisionAuthority", p -> p.approvalDecision() == null ? null : p.approvalDecision().authority())
            .value("startDate", ProjectView::startDate)
            .value("endDate", ProjectView::endDate)
            .value("status", ProjectView::status)
            .value("currency", ProjectView::currency)
            .value("partnerLocalityId", ProjectView::partnerLocalityId)
            .value("id", ProjectView::id)
            .value("committed", p -> p.totals().committed())
            .value("disbursed", p -> p.totals().disbursed())
            .value("totalsCurrency", p -> p.totals().currency())
            .value("disbursementRate", p -> p.totals().disbursementRate())
            .value("createdAt", ProjectView::createdAt)
            .text("createdBy", ProjectView::createdBy)
            .value("updatedAt", ProjectView::updatedAt)
            .text("updatedBy", ProjectView::updatedBy);

    private ProjectCsv() {
    }

    private static <T> String items(List<T> items, Function<T, String> key, Function<T, BigDecimal> percentage) {
        return items.stream()
                .map(i -> percentage.apply(i) == null ? key.apply(i)
                        : key.apply(i) + ":" + percentage.apply(i).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("|"));
    }
}
