package vn.ngoaid.clients;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The generated Python clients load (every model, with its patterns) and read the running services. Needs a
 * python3 with the client's own dependencies (pydantic 2, urllib3, python-dateutil); skipped where there is none,
 * since PyPI is not reachable from every machine that builds.
 */
@ExtendWith(RunningSystem.class)
class PythonClientsTest {

    private static final Path SCRIPT = Path.of("src/test/resources/python_flow.py").toAbsolutePath();

    @ParameterizedTest
    @EnumSource(RunningSystem.Service.class)
    void loadsAndReads(RunningSystem.Service service) throws Exception {
        assumeTrue(run(Path.of("."), "python3", "-c", "import pydantic, urllib3, dateutil").exit == 0,
                "python3 with pydantic, urllib3 and python-dateutil");
        String name = switch (service) {
            case REGISTRY -> "registry";
            case AID -> "aid";
            case PARTNER -> "partner";
        };
        Result result = run(Path.of("target/generated-clients/python", name), "python3", SCRIPT.toString(), name,
                RunningSystem.url(service), RunningSystem.token());
        assertEquals(0, result.exit, result.output);
        assertTrue(result.output.contains("Lạng Sơn read"), result.output);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path directory, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("PYTHONPATH", directory.toAbsolutePath().toString());
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process;
        try {
            process = builder.start();
        } catch (IOException noPython) {
            return new Result(-1, noPython.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, output + "\n(timed out)");
        }
        return new Result(process.exitValue(), output);
    }
}
