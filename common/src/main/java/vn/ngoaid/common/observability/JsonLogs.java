package vn.ngoaid.common.observability;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

import java.util.logging.Handler;

/**
 * Console logs as one JSON object a line (timestamp, level, logger, message, thread, exception, and the MDC with
 * the request id), for a log collector. quarkus-logging-json is not served at our Quarkus version (and JBoss
 * LogManager's own JSON formatter cannot see the JSON API from the class loader it lives in), so a small formatter
 * is put on the console handler here, once the application has started (the lines of the start stay plain text).
 * On in the prod profile; {@code LOG_JSON=false} turns it off.
 */
@ApplicationScoped
public class JsonLogs {

    private final boolean enabled;

    public JsonLogs(@ConfigProperty(name = "ngo-aid.log.json", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    // last of the start-up observers, so a refusal to start is still written as plain text
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) StartupEvent start) {
        if (enabled) {
            for (Handler handler : LogContext.getLogContext().getLogger("").getHandlers()) {
                useJson(handler);
            }
        }
    }

    private static void useJson(Handler handler) {
        if (handler instanceof ConsoleHandler console) {
            console.setFormatter(new JsonLineFormatter());
        } else if (handler instanceof ExtHandler parent) {
            for (Handler child : parent.getHandlers()) {
                useJson(child);
            }
        }
    }
}
