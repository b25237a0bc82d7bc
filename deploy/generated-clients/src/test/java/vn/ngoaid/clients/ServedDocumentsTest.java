package vn.ngoaid.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The clients are generated from what the services serve: the document each build wrote is the one served (without
 * {@code PUBLIC_URL}, which only sets the servers).
 */
@ExtendWith(RunningSystem.class)
class ServedDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(RunningSystem.Service.class)
    void theClientsDocumentIsTheServedOne(RunningSystem.Service service) throws Exception {
        // HTTP/1.1: once, in CI, the default upgrade to h2c read the answer's JSON as an HTTP/2 frame header
        // ("Frame type(99) length(2105378)": '  "')
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> served = http.send(HttpRequest.newBuilder(
                URI.create(RunningSystem.url(service) + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, served.statusCode());
        assertEquals(JSON.readTree(service.document().toFile()), JSON.readTree(served.body()));
    }
}
