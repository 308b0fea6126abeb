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

	/**
	 * Copies the conformance suite's fixtures ({@code <subgraph>.graphqls} files) into
	 * folders of {@code <subgraph>.graphql} files, the layout compose.mjs and
	 * {@link #load} read.
	 */
	static void copyConformanceFixtures(Path from, Path to) throws IOException {
		if (!Files.isDirectory(from)) {
			throw new AssertionError("The conformance fixtures are missing: " + from.toAbsolutePath());
		}
		deleteRecursively(to);
		try (Stream<Path> folders = Files.list(from)) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				copySchemas(folder, to.resolve(folder.getFileName().toString()));
			}
		}
	}

	private static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static void copySchemas(Path folder, Path target) throws IOException {
		List<Path> schemas;
		try (Stream<Path> files = Files.list(folder)) {
			schemas = files.filter((f) -> f.toString().endsWith(".graphqls")).toList();
		}
		if (schemas.isEmpty()) {
			return;
		}
		Files.createDirectories(target);
		for (Path schema : schemas) {
			String name = schema.getFileName().toString().replace(".graphqls", ".graphql");
			Files.copy(schema, target.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
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
