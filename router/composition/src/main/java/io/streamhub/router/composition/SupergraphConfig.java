package io.streamhub.router.composition;

import java.nio.file.Path;
import java.util.List;

/**
 * A rover {@code supergraph.yaml}.
 */
public final class SupergraphConfig {

	private SupergraphConfig() {
	}

	public static SupergraphConfig read(Path supergraphYaml) {
		return new SupergraphConfig();
	}

	public List<SubgraphSource> load() {
		return List.of();
	}

}
