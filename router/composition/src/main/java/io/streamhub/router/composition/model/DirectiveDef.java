package io.streamhub.router.composition.model;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A custom directive definition of a subgraph or of the supergraph.
 *
 * @param name the directive name
 * @param description its description
 * @param repeatable whether it is repeatable
 * @param locations its locations, as written
 * @param arguments its arguments
 */
public record DirectiveDef(String name, @Nullable String description, boolean repeatable, List<String> locations,
		Map<String, InputValue> arguments) {

	private static final List<String> EXECUTABLE_LOCATIONS = List.of("QUERY", "MUTATION", "SUBSCRIPTION", "FIELD",
			"FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION");

	/**
	 * The locations that apply to operations rather than to the schema.
	 * @return the executable locations
	 */
	public List<String> executableLocations() {
		return this.locations.stream().filter(EXECUTABLE_LOCATIONS::contains).toList();
	}

}
