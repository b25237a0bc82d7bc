package vn.ngoaid.aid.aggregate;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ngoaid.aid.RegistryStub;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The dimensions' two definitions agree: the enum {@link Dimension} and the schema's table {@code aggregate_dimension}
 * (migration V9) name the same dimensions with the same columns and views, the columns exist where the rollup reads
 * them, and what the table generates (the view {@code aggregate_cell_value} and the money fast path) lists exactly the
 * viewed dimensions.
 */
@QuarkusTest
@WithTestResource(value = RegistryStub.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DimensionDefinitionTest {

    @Inject
    DataSource dataSource;

    @Test
    void theEnumAndTheSchemaDefineTheSameDimensions() throws SQLException {
        Set<List<Object>> schema = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, cell_column, viewed FROM aggregate_dimension")) {
            while (rs.next()) {
                schema.add(List.of(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
            }
        }
        Set<List<Object>> java = new HashSet<>();
        Arrays.stream(Dimension.values()).forEach(d -> java.add(List.of(d.apiName(), d.column(), d.viewed())));
        assertThat(schema, equalTo(java));
    }

    /** The views read the cells, and the money fast path the projects' split, which has no years. */
    @Test
    void everyDimensionHasItsColumnWhereTheRollupReadsIt() throws SQLException {
        List<String> cells = columns("aggregate_cell");
        List<String> split = columns("project_split");
        for (Dimension dimension : Dimension.values()) {
            assertThat("aggregate_cell", cells, hasItem(dimension.column()));
            if (dimension.viewed()) {
                assertThat("project_split", split, hasItem(dimension.column()));
            }
        }
    }

    private List<String> columns(String relation) throws SQLException {
        return strings("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = '" + relation + "'");
    }

    @Test
    void whatTheTableGeneratesListsTheViewedDimensions() throws SQLException {
        String view = strings("SELECT pg_get_viewdef('aggregate_cell_value')").get(0);
        String fastPath = strings("SELECT prosrc FROM pg_proc WHERE proname = 'add_money_to_existing_cells'"
                + " AND pronamespace = CAST(current_schema() AS regnamespace)").get(0);
        for (Dimension dimension : Dimension.values()) {
            assertThat(dimension + " in aggregate_cell_value", view.contains("'" + dimension.apiName() + "'"), equalTo(dimension.viewed()));
            assertThat(dimension + " in add_money_to_existing_cells", fastPath.contains("'" + dimension.apiName() + "'"),
                    equalTo(dimension.viewed()));
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
