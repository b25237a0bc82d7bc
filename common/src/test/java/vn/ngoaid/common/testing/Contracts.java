package vn.ngoaid.common.testing;

import au.com.dius.pact.consumer.BaseMockServer;
import au.com.dius.pact.consumer.MockHttpServerKt;
import au.com.dius.pact.consumer.PactVerificationResult;
import au.com.dius.pact.consumer.model.MockProviderConfig;
import au.com.dius.pact.core.model.DefaultPactWriter;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The consumer side of the contract tests. A consumer test class states its whole pact with one provider once. Each
 * test drives the consumer's own code (its HTTP API, so the real REST client with the caller's token) against a Pact
 * mock provider that knows only the interactions that test names: a request the code makes differently, or an
 * interaction it does not make, fails the test. One more test compares the whole pact with the file committed under
 * the provider's {@code src/test/resources/pacts/}, which the provider's build verifies; the build fails while they
 * differ, so a change in what a consumer asks or reads cannot pass unnoticed by its provider.
 */
public final class Contracts {

    /** {@code -Dpact.refresh=true} writes the pacts of the consumer tests that run over the committed files. */
    public static final String REFRESH = "pact.refresh";

    // What the consumers rely on in a value, where the value itself does not matter
    public static final String JSON = "application/json.*";
    /** An upper-case code such as an organization type, which the consumers copy as it is. */
    public static final String CODE = "[A-Z][A-Z_]*";
    public static final String COUNTRY = "[A-Z]{2}";
    public static final String PROVINCE = "\\d{2}";
    public static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    /** The caller's own token goes along: the providers answer the caller's question. */
    public static final String BEARER = "Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]*";
    /** A JWT-shaped example; the provider's verification puts a valid token of its own in its place. */
    public static final String EXAMPLE_BEARER = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvZmZpY2VyIn0.c2lnbmF0dXJl";
    public static final String EXAMPLE_JSON = "application/json;charset=UTF-8";

    private Contracts() {
    }

    /** A free local port for a mock provider, known before the application under test starts and reads its URL. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code calls} while a mock provider on {@code port} answers the named interactions of {@code contract}, and
     * fails unless every request matched one of them and each of them was asked. Returns the descriptions, so a class
     * can check that its tests exercised the whole pact.
     */
    public static List<String> exercise(V4Pact contract, int port, Runnable calls, String... descriptions) {
        Set<String> wanted = new TreeSet<>(Arrays.asList(descriptions));
        List<Interaction> chosen = contract.getInteractions().stream()
                .filter(i -> wanted.contains(i.getDescription())).toList();
        if (chosen.size() != wanted.size()) {
            throw new IllegalArgumentException("Not every one of " + wanted + " is an interaction of the pact "
                    + name(contract) + ", which has " + descriptions(contract));
        }
        V4Pact part = new V4Pact(contract.getConsumer(), contract.getProvider(), new ArrayList<>(chosen));
        BaseMockServer server = MockHttpServerKt.mockServer(part,
                MockProviderConfig.httpConfig("127.0.0.1", port, PactSpecVersion.V4));
        server.start();
        server.waitForServer();
        AssertionError failed = null;
        try {
            calls.run();
        } catch (AssertionError e) {
            failed = e;
        } finally {
            server.stop();
        }
        PactVerificationResult state = server.validateMockServerState(null);
        if (!(state instanceof PactVerificationResult.Ok)) {
            AssertionError mismatch = new AssertionError("The consumer did not keep to the pact " + name(contract)
                    + ":\n" + state.getDescription());
            if (failed != null) {
                mismatch.addSuppressed(failed);
            }
            throw mismatch;
        }
        if (failed != null) {
            throw failed;
        }
        return List.copyOf(wanted);
    }

    /** The pact as its file says it, stable from run to run (interactions sorted, V4 format). */
    public static String json(V4Pact contract) {
        StringWriter text = new StringWriter();
        DefaultPactWriter.INSTANCE.writePact(contract, new PrintWriter(text), PactSpecVersion.V4);
        return text.toString();
    }

    /**
     * Fails while the provider's committed pact file does not hold exactly this pact, telling how to refresh it; with
     * {@code -Dpact.refresh=true} writes it there instead. The file is the one the provider's build verifies:
     * {@code <provider>/src/test/resources/pacts/<consumer>-<provider>.json}, the modules named as the services.
     */
    public static void requireCommitted(V4Pact contract) {
        String consumer = contract.getConsumer().getName();
        String provider = contract.getProvider().getName();
        Path committed = Path.of("..", provider, "src", "test", "resources", "pacts", consumer + "-" + provider + ".json");
        String expected = json(contract);
        try {
            if (Boolean.getBoolean(REFRESH)) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, expected, StandardCharsets.UTF_8);
                return;
            }
            String actual = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
            if (!actual.equals(expected)) {
                throw new AssertionError("The pact " + name(contract) + " these tests state differs from the committed "
                        + committed.toAbsolutePath().normalize() + ", which the provider verifies. If the change is "
                        + "meant, refresh the file with\n  " + refreshCommand(consumer) + "\nand commit it with the "
                        + "change, so the provider's build checks that it still keeps the contract.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command that refreshes the pacts a consumer module states. */
    private static String refreshCommand(String module) {
        return "./mvnw -B verify -pl " + module + " -am -Dtest='*ContractTest' -Dsurefire.failIfNoSpecifiedTests=false "
                + "-D" + REFRESH + "=true";
    }

    /**
     * Fails unless the tests of a class together exercised every interaction of its pact; checked only when every test
     * of the class ran (a run of one test method exercises only its part).
     */
    static void requireAllExercised(V4Pact contract, Class<?> testClass, int testsRun, Set<String> exercised) {
        long tests = Arrays.stream(testClass.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).count();
        if (testsRun < tests) {
            return;
        }
        Set<String> missing = descriptions(contract);
        missing.removeAll(exercised);
        if (!missing.isEmpty()) {
            throw new AssertionError("No test exercised these interactions of the pact " + name(contract) + ": " + missing);
        }
    }

    private static Set<String> descriptions(V4Pact contract) {
        Set<String> all = new TreeSet<>();
        contract.getInteractions().forEach(i -> all.add(i.getDescription()));
        return all;
    }

    private static String name(V4Pact contract) {
        return contract.getConsumer().getName() + " → " + contract.getProvider().getName();
    }
}
