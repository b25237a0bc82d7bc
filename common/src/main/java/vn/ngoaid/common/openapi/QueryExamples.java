package vn.ngoaid.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Swagger UI fills an optional query parameter with its example in "Try it out", so the first Execute would send
 * every filter at once and answer an empty page: an optional query parameter's example goes into its description.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 15)
public class QueryExamples implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Object example = parameter.getExample();
        if (parameter.getIn() == Parameter.In.QUERY && !Boolean.TRUE.equals(parameter.getRequired()) && example != null) {
            String text = example instanceof Collection<?> values
                    ? values.stream().map(String::valueOf).collect(Collectors.joining(",")) : String.valueOf(example);
            String description = parameter.getDescription() == null ? "" : parameter.getDescription() + " ";
            parameter.setDescription(description + "(e.g. `" + text + "`)");
            parameter.setExample(null);
        }
        return parameter;
    }
}
