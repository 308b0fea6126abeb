package io.streamhub.router.server.http;

import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * A request the router refuses before execution, answered with {@code status} and one
 * GraphQL error carrying {@code extensions.code}.
 */
final class HttpRequestProblem extends RuntimeException {

	static final String BAD_REQUEST = "BAD_REQUEST";

	private final HttpStatus status;

	private final String code;

	private final Set<HttpMethod> allow;

	private HttpRequestProblem(HttpStatus status, String code, String message, Set<HttpMethod> allow) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.allow = allow;
	}

	static HttpRequestProblem badRequest(String message) {
		return of(HttpStatus.BAD_REQUEST, message);
	}

	static HttpRequestProblem of(HttpStatus status, String message) {
		return new HttpRequestProblem(status, BAD_REQUEST, message, Set.of());
	}

	static HttpRequestProblem of(HttpStatus status, String code, String message) {
		return new HttpRequestProblem(status, code, message, Set.of());
	}

	static HttpRequestProblem methodNotAllowed(String message, HttpMethod... allowed) {
		return new HttpRequestProblem(HttpStatus.METHOD_NOT_ALLOWED, BAD_REQUEST, message, Set.of(allowed));
	}

	static HttpRequestProblem internal() {
		return new HttpRequestProblem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "Internal server error", Set.of());
	}

	HttpStatus status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

	/**
	 * The methods for the {@code Allow} header of a 405.
	 * @return the methods, empty for other statuses
	 */
	Set<HttpMethod> allow() {
		return this.allow;
	}

}
