package io.streamhub.router.composition;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when subgraphs cannot be composed; carries every error found.
 */
public final class CompositionException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<CompositionError> errors;

	public CompositionException(List<CompositionError> errors) {
		super(describe(errors));
		this.errors = List.copyOf(errors);
	}

	public List<CompositionError> errors() {
		return this.errors;
	}

	private static String describe(List<CompositionError> errors) {
		return errors.stream()
			.map(CompositionError::toString)
			.collect(Collectors.joining("\n", "Composition failed:\n", ""));
	}

}
