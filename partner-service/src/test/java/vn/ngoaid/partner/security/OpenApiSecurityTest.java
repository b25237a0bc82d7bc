package vn.ngoaid.partner.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The OpenAPI document states the security of every operation: the bearer scheme, and 401/403 where a token is needed. */
@QuarkusTest
class OpenApiSecurityTest {

    private static final List<String> RESOURCES = List.of(
            "localities", "partnerships", "agreements", "twinnings", "exchanges", "friendship-associations");

    private static JsonPath document() {
        return given().header("Authorization", "").queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void declaresTheBearerScheme() {
        Map<String, Map<String, Object>> schemes = document().getMap("components.securitySchemes");
        assertThat(schemes, notNullValue());
        assertThat(schemes.values().stream().anyMatch(s -> "http".equals(s.get("type")) && "bearer".equals(s.get("scheme"))),
                equalTo(true));
    }

    @Test
    void securedOperationsNeedATokenAndAnswer401And403() {
        JsonPath doc = document();
        for (String resource : RESOURCES) {
            for (String operation : List.of("'/api/v1/" + resource + "'.get", "'/api/v1/" + resource + "'.post",
                    "'/api/v1/" + resource + "/{id}'.get", "'/api/v1/" + resource + "/{id}'.put")) {
                assertThat(operation + " has security", doc.getList("paths." + operation + ".security"), notNullValue());
                Map<String, Object> responses = doc.getMap("paths." + operation + ".responses");
                assertThat(operation + " answers 401", responses, hasKey("401"));
                assertThat(operation + " answers 403", responses, hasKey("403"));
            }
        }
        assertThat(doc.getList("paths.'/api/v1/audit'.get.security"), notNullValue());
    }

    @Test
    void rolesAreSaidInTheDescriptionNotOfferedAsScopes() {
        JsonPath doc = document();
        assertThat(doc.getString("paths.'/api/v1/twinnings'.post.description"),
                containsString("Roles: `coordinator`, `province-officer`."));
        assertThat(doc.getString("paths.'/api/v1/twinnings/{id}'.get.description"), containsString("Any valid token."));
        assertThat(doc.getList("paths.'/api/v1/twinnings'.post.security[0].bearer"), equalTo(List.of()));
        assertThat(doc.getString("components.securitySchemes.bearer.description"), containsString("dev-token"));
    }

    @Test
    void statisticsArePublic() {
        JsonPath doc = document();
        assertThat(doc.getList("paths.'/api/v1/statistics'.get.security"), equalTo(null));
        assertThat(doc.getMap("paths.'/api/v1/statistics'.get.responses"), not(hasKey("401")));
    }
}
