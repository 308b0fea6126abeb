package io.streamhub.router.server.http;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * One log line per operation (logger {@code io.streamhub.router.access}), with the
 * request id, client, operation and outcome as MDC fields, so the structured (JSON) log
 * format carries them as fields.
 */
final class AccessLog {

	private static final Log logger = LogFactory.getLog("io.streamhub.router.access");

	private AccessLog() {
	}

	static void log(Caller caller, @Nullable String operationName, String outcome, Duration duration) {
		if (!logger.isInfoEnabled()) {
			return;
		}
		try (MDC.MDCCloseable requestId = MDC.putCloseable("requestId", caller.requestId());
				MDC.MDCCloseable client = MDC.putCloseable("client", caller.client().name());
				MDC.MDCCloseable operation = MDC.putCloseable("operation",
						(operationName != null) ? operationName : "");
				MDC.MDCCloseable result = MDC.putCloseable("outcome", outcome)) {
			logger.info("operation " + ((operationName != null) ? operationName : "(anonymous)") + " by "
					+ caller.client().name() + ": " + outcome + " in " + duration.toMillis() + " ms");
		}
	}

}
