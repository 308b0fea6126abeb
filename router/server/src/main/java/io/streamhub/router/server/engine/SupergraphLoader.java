package io.streamhub.router.server.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.streamhub.router.composition.Composer;
import io.streamhub.router.composition.CompositionException;
import io.streamhub.router.composition.SubgraphSource;
import io.streamhub.router.composition.SupergraphConfig;

/**
 * Reads the supergraph SDL the engine starts from: a composed file as-is, or a rover
 * {@code supergraph.yaml} composed here, with the configured subgraph URL overrides
 * applied.
 */
final class SupergraphLoader {

	private SupergraphLoader() {
	}

	/**
	 * Loads the supergraph.
	 * @param file the source
	 * @param urlOverrides URL per subgraph name
	 * @return the supergraph SDL
	 * @throws IllegalStateException when the subgraphs do not compose (with composition's
	 * errors)
	 */
	static String load(SupergraphFile file, Map<String, URI> urlOverrides) {
		if (file.composed()) {
			return JoinGraphUrls.override(read(file), urlOverrides);
		}
		return compose(file, urlOverrides);
	}

	private static String compose(SupergraphFile file, Map<String, URI> urlOverrides) {
		List<SubgraphSource> sources = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (SubgraphSource source : SupergraphConfig.read(file.path()).load()) {
			names.add(source.name());
			URI url = urlOverrides.get(source.name());
			sources.add((url != null) ? new SubgraphSource(source.name(), url.toString(), source.sdl()) : source);
		}
		JoinGraphUrls.requireKnown(urlOverrides, names);
		try {
			return Composer.compose(sources);
		}
		catch (CompositionException ex) {
			throw new IllegalStateException("Composing " + file.path() + " failed: " + ex.getMessage(), ex);
		}
	}

	private static String read(SupergraphFile file) {
		try {
			return Files.readString(file.path());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the supergraph " + file.path(), ex);
		}
	}

}
