package io.streamhub.router.composition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads a fixture folder: every {@code <name>.graphql} is subgraph {@code <name>} at
 * {@code http://<name>.local/graphql} (the URL compose.mjs gives Apollo too).
 */
final class Fixtures {

	private Fixtures() {
	}

	static List<SubgraphSource> load(Path fixture) throws IOException {
		List<SubgraphSource> sources = new ArrayList<>();
		try (Stream<Path> files = Files.list(fixture)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".graphql")).sorted().toList()) {
				String name = file.getFileName().toString().replace(".graphql", "");
				sources.add(new SubgraphSource(name, "http://" + name + ".local/graphql",
						Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		return sources;
	}

}
