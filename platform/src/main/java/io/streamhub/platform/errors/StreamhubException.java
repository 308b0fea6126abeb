package io.streamhub.platform.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An expected failure that is reported to the client as a GraphQL error. The message is
 * shown to the client as is, so it must never contain internals.
 */
public abstract sealed class StreamhubException extends RuntimeException permits BadUserInputException,
		UnauthenticatedException, ForbiddenException, NotFoundException, RateLimitedException {

	private final ErrorCode code;

	StreamhubException(ErrorCode code, String message) {
		super(message, null, false, false);
		this.code = code;
	}

	/**
	 * The code reported as {@code extensions.code}.
	 * @return the error code
	 */
	public ErrorCode code() {
		return this.code;
	}

	/**
	 * All extensions of the GraphQL error, {@code code} first.
	 * @return an immutable, ordered map
	 */
	public Map<String, Object> extensions() {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", this.code.name());
		extensions.putAll(additionalExtensions());
		return java.util.Collections.unmodifiableMap(extensions);
	}

	Map<String, Object> additionalExtensions() {
		return Map.of();
	}

}
