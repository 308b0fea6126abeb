package io.streamhub.router.supergraph;

/**
 * A supergraph SDL that cannot be served: malformed, or linking an unsupported feature
 * for execution or security.
 */
public class SupergraphException extends RuntimeException {

	public SupergraphException(String message) {
		super(message);
	}

	public SupergraphException(String message, Throwable cause) {
		super(message, cause);
	}

}
