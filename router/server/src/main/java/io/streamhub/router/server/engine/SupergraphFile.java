package io.streamhub.router.server.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Which file the supergraph comes from, and whether it must be composed first.
 *
 * @param path the file
 * @param composed {@code true} for a composed supergraph SDL, {@code false} for a rover
 * {@code supergraph.yaml} to compose at start
 */
record SupergraphFile(Path path, boolean composed) {

	/**
	 * Where a gateway under the public audit finds its supergraph: the working directory.
	 */
	static final Path DEFAULT = Path.of("supergraph.graphql");

	/**
	 * Resolves the configured location, falling back to {@code ./supergraph.graphql}.
	 * @param configured {@code router.supergraph}, if set
	 * @return the file
	 * @throws IllegalStateException when nothing is configured and there is no default
	 * file, or the configured file does not exist
	 */
	static SupergraphFile resolve(@Nullable Path configured) {
		Path path = (configured != null) ? configured : DEFAULT;
		if (!Files.isRegularFile(path)) {
			throw new IllegalStateException(
					(configured != null) ? "router.supergraph: no such file " + path.toAbsolutePath()
							: "router.supergraph is not set and there is no ./supergraph.graphql");
		}
		return new SupergraphFile(path, !isRoverConfig(path));
	}

	private static boolean isRoverConfig(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".yaml") || name.endsWith(".yml");
	}

}
