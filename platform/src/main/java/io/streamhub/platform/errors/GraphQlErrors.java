package io.streamhub.platform.errors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.graphql.execution.ErrorType;

/**
 * Turns exceptions into client-safe GraphQL errors.
 * <p>
 * A {@link StreamhubException} keeps its message and extensions. Anything else is
 * reported as {@code INTERNAL} with the fixed message {@value #INTERNAL_MESSAGE} and an
 * {@code errorId}; the exception itself is logged with that id, so an operator can find
 * it while the client learns nothing about the internals.
 */
public final class GraphQlErrors {

	/** The message of every {@code INTERNAL} error. */
	public static final String INTERNAL_MESSAGE = "Internal server error";

	private static final Log logger = LogFactory.getLog(GraphQlErrors.class);

	private GraphQlErrors() {
	}

	/**
	 * Map an exception raised while fetching a field.
	 * @param exception what the data fetcher, DataLoader or future failed with
	 * @param environment the field being fetched (gives path and location)
	 * @return the error to report
	 */
	public static GraphQLError toGraphQlError(Throwable exception, DataFetchingEnvironment environment) {
		Throwable unwrapped = unwrap(exception);
		Throwable cause = FrameworkExceptions.translate(unwrapped, environment)
			.map(Throwable.class::cast)
			.orElse(unwrapped);
		if (cause instanceof StreamhubException streamhub) {
			return GraphqlErrorBuilder.newError(environment)
				.message(streamhub.getMessage())
				.errorType(errorType(streamhub.code()))
				.extensions(streamhub.extensions())
				.build();
		}
		String errorId = UUID.randomUUID().toString();
		logger.error("Internal error " + errorId + " at " + environment.getExecutionStepInfo().getPath(), cause);
		return GraphqlErrorBuilder.newError(environment)
			.message(INTERNAL_MESSAGE)
			.errorType(ErrorType.INTERNAL_ERROR)
			.extensions(internalExtensions(errorId))
			.build();
	}

	/**
	 * Build a request-level error (no path, no location), e.g. for a rejected token.
	 * @param exception the reason
	 * @return the error to report
	 */
	public static GraphQLError toRequestError(StreamhubException exception) {
		return GraphqlErrorBuilder.newError()
			.message(exception.getMessage())
			.errorType(errorType(exception.code()))
			.extensions(exception.extensions())
			.build();
	}

	/**
	 * Strip the wrappers futures and reactive operators put around the real exception.
	 * @param exception the exception as received
	 * @return the innermost meaningful exception
	 */
	public static Throwable unwrap(Throwable exception) {
		Throwable current = exception;
		while ((current instanceof CompletionException || current instanceof ExecutionException
				|| isReactorWrapper(current)) && current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	private static boolean isReactorWrapper(Throwable exception) {
		return exception.getClass().getName().startsWith("reactor.core.Exceptions$");
	}

	private static Map<String, Object> internalExtensions(String errorId) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", ErrorCode.INTERNAL.name());
		extensions.put("errorId", errorId);
		return extensions;
	}

	private static ErrorType errorType(ErrorCode code) {
		return switch (code) {
			case BAD_USER_INPUT, RATE_LIMITED -> ErrorType.BAD_REQUEST;
			case UNAUTHENTICATED -> ErrorType.UNAUTHORIZED;
			case FORBIDDEN -> ErrorType.FORBIDDEN;
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case INTERNAL -> ErrorType.INTERNAL_ERROR;
		};
	}

}
