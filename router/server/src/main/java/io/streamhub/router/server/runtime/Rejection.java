package io.streamhub.router.server.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request refused before execution: answered with {@link #status()} and one GraphQL
 * error carrying {@code extensions.code} (plus {@link #extensions()}), and the given
 * response headers (e.g. {@code Retry-After}).
 */
public final class Rejection extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final Map<String, Object> extensions;

	private final Map<String, String> headers;

	private final boolean requestError;

	private Rejection(HttpStatus status, String code, String message, Map<String, Object> extensions,
			Map<String, String> headers, boolean requestError) {
		super(message, null, false, false);
		this.requestError = requestError;
		this.status = status;
		this.code = code;
		this.extensions = Map.copyOf(extensions);
		this.headers = Map.copyOf(headers);
	}

	/**
	 * A rejection.
	 * @param status the HTTP status
	 * @param code the {@code extensions.code}
	 * @param message the message (never a stack trace)
	 * @return the rejection
	 */
	public static Rejection of(HttpStatus status, String code, String message) {
		return new Rejection(status, code, message, Map.of(), Map.of(), false);
	}

	/**
	 * A request error whose status follows the GraphQL over HTTP rules like the engine's
	 * own request errors: 200 for {@code application/json}, 400 for
	 * {@code application/graphql-response+json} (e.g. APQ's PersistedQueryNotFound, which
	 * Apollo clients expect with 200).
	 * @param code the {@code extensions.code}
	 * @param message the message
	 * @return the rejection
	 */
	public static Rejection requestError(String code, String message) {
		return new Rejection(HttpStatus.BAD_REQUEST, code, message, Map.of(), Map.of(), true);
	}

	/**
	 * Whether the status depends on the response media type (see
	 * {@link #requestError(String, String)}).
	 * @return {@code true} for request errors
	 */
	public boolean isRequestError() {
		return this.requestError;
	}

	/**
	 * The same rejection with an extra {@code extensions} entry.
	 * @param key the key
	 * @param value the value
	 * @return a new rejection
	 */
	public Rejection withExtension(String key, Object value) {
		Map<String, Object> extensions = new LinkedHashMap<>(this.extensions);
		extensions.put(key, value);
		return new Rejection(this.status, this.code, getMessage(), extensions, this.headers, this.requestError);
	}

	/**
	 * The same rejection with a response header.
	 * @param name the header name
	 * @param value the value
	 * @return a new rejection
	 */
	public Rejection withHeader(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new Rejection(this.status, this.code, getMessage(), this.extensions, headers, this.requestError);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public Map<String, Object> extensions() {
		return this.extensions;
	}

	public Map<String, String> headers() {
		return this.headers;
	}

	@Override
	public String getMessage() {
		String message = super.getMessage();
		return (message != null) ? message : this.code;
	}

}
