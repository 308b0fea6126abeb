package io.streamhub.platform.errors;

import java.util.Optional;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;

/**
 * Recognizes the input and not-found exceptions that frameworks raise before or around a
 * data fetcher (DGS argument binding, Spring conversion) by class name, so platform needs
 * no compile-time dependency on them. Their messages may name Java types, so they are
 * replaced by a fixed, client-safe message.
 */
final class FrameworkExceptions {

	private static final Set<String> BAD_INPUT = Set.of("com.netflix.graphql.dgs.exceptions.DgsBadRequestException",
			"com.netflix.graphql.dgs.exceptions.DgsInvalidInputArgumentException",
			"com.netflix.graphql.dgs.exceptions.DataFetcherInputArgumentSchemaMismatchException",
			"org.springframework.core.convert.ConversionException",
			"org.springframework.graphql.data.method.annotation.support.ArgumentBindingException",
			"org.springframework.validation.BindException", "jakarta.validation.ConstraintViolationException");

	private static final Set<String> NOT_FOUND = Set
		.of("com.netflix.graphql.dgs.exceptions.DgsEntityNotFoundException");

	private FrameworkExceptions() {
	}

	static Optional<StreamhubException> translate(Throwable exception, DataFetchingEnvironment environment) {
		if (isA(exception, NOT_FOUND)) {
			return Optional.of(new NotFoundException("Not found"));
		}
		if (isA(exception, BAD_INPUT)) {
			String field = environment.getField().getName();
			return Optional.of(new BadUserInputException(field, "Invalid input for " + field));
		}
		return Optional.empty();
	}

	private static boolean isA(Throwable exception, Set<String> classNames) {
		for (Class<?> type = exception.getClass(); type != null; type = type.getSuperclass()) {
			if (classNames.contains(type.getName())) {
				return true;
			}
		}
		return false;
	}

}
