package io.streamhub.router.composition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Composes every fixture (one folder of {@code <subgraph>.graphql} files per case, under
 * {@code src/test/resources/fixtures}) with our {@link Composer} and with Apollo's
 * {@code @apollo/composition}, and compares the two supergraphs semantically (see
 * {@link SupergraphSignature}). A fixture with an {@code expected-errors.txt} must fail
 * on both sides with the codes it lists.
 */
class ApolloCompositionEquivalenceTests {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures");

	/**
	 * The end-to-end conformance suite's fixtures (router/conformance): their subgraphs
	 * must compose alike.
	 */
	static final Path CONFORMANCE_FIXTURES = Path.of("../conformance/src/test/resources/fixtures");

	static final Path CONFORMANCE_COPY = Path.of("target/conformance-fixtures");

	static final Path PROJECT_SUPERGRAPH_YAML = Path.of("../supergraph.yaml");

	static final Path PROJECT_COPY = Path.of("target/project-schemas");

	private static Map<String, ApolloComposition.Result> apollo;

	private static Map<String, ApolloComposition.Result> apolloConformance;

	@BeforeAll
	static void composeWithApollo() throws IOException, InterruptedException {
		apollo = ApolloComposition.composeAll(FIXTURES);
		Fixtures.copyConformanceFixtures(CONFORMANCE_FIXTURES, CONFORMANCE_COPY);
		apolloConformance = ApolloComposition.composeAll(CONFORMANCE_COPY);
	}

	/**
	 * Our own subgraphs, as router/supergraph.yaml lists them, compose like Apollo
	 * composes them.
	 */
	@Test
	void projectSupergraphYamlComposesLikeApollo() throws IOException, InterruptedException {
		List<SubgraphSource> project = SupergraphConfig.read(PROJECT_SUPERGRAPH_YAML).load();
		assertThat(project).isNotEmpty();
		Path folder = PROJECT_COPY.resolve("streamhub");
		Files.createDirectories(folder);
		List<SubgraphSource> sources = new ArrayList<>();
		for (SubgraphSource source : project) {
			Files.writeString(folder.resolve(source.name() + ".graphql"), source.sdl(), StandardCharsets.UTF_8);
			sources.add(new SubgraphSource(source.name(), "http://" + source.name() + ".local/graphql", source.sdl()));
		}
		ApolloComposition.Result reference = ApolloComposition.composeAll(PROJECT_COPY).get("streamhub");
		assertThat(reference.errors()).as("Apollo's errors for router/supergraph.yaml").isEmpty();
		String ours;
		try {
			ours = Composer.compose(sources);
		}
		catch (CompositionException ex) {
			throw new AssertionError(
					"Composer rejects router/supergraph.yaml but Apollo composes it:\n" + ex.getMessage(), ex);
		}
		assertSameSupergraph("router/supergraph.yaml", ours, reference.supergraph());
	}

	@TestFactory
	Stream<DynamicTest> everyConformanceFixtureComposesLikeApollo() throws IOException {
		List<Path> fixtures;
		try (Stream<Path> folders = Files.list(CONFORMANCE_COPY)) {
			fixtures = folders.filter(Files::isDirectory).sorted().toList();
		}
		assertThat(fixtures).as("conformance fixtures under %s", CONFORMANCE_FIXTURES.toAbsolutePath()).isNotEmpty();
		return fixtures.stream()
			.map((fixture) -> DynamicTest.dynamicTest("conformance " + fixture.getFileName(),
					() -> checkAgainst(apolloConformance, fixture)));
	}

	@TestFactory
	Stream<DynamicTest> everyFixtureComposesLikeApollo() throws IOException {
		List<Path> fixtures;
		try (Stream<Path> folders = Files.list(FIXTURES)) {
			fixtures = folders.filter(Files::isDirectory).sorted().toList();
		}
		assertThat(fixtures).hasSizeGreaterThan(30);
		return fixtures.stream().map((fixture) -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
			checkAgainst(apollo, fixture);
			checkSameText(fixture);
		}));
	}

	/**
	 * Beyond meaning, our fixtures compose to the very text Apollo prints, whenever
	 * Apollo emits join v0.3 (it emits v0.5 for subgraphs linking federation 2.8+; we
	 * always emit v0.3).
	 */
	private static void checkSameText(Path fixture) throws IOException {
		ApolloComposition.Result reference = apollo.get(fixture.getFileName().toString());
		if (reference.supergraph() == null || !reference.supergraph().contains("/join/v0.3\"")) {
			return;
		}
		assertThat(composeOurs(fixture)).as("supergraph text of %s", fixture).isEqualTo(reference.supergraph());
	}

	private static void checkAgainst(Map<String, ApolloComposition.Result> results, Path fixture) throws IOException {
		String name = fixture.getFileName().toString();
		ApolloComposition.Result reference = results.get(name);
		assertThat(reference).as("Apollo's result for %s", name).isNotNull();
		Path expectedErrors = fixture.resolve("expected-errors.txt");
		if (Files.exists(expectedErrors)) {
			checkFailsLikeApollo(fixture, reference, Files.readAllLines(expectedErrors));
			return;
		}
		if (!reference.errors().isEmpty()) {
			assertThatThrownBy(() -> Composer.compose(Fixtures.load(fixture)))
				.as("Apollo rejects %s (%s), so must we", name, reference.errors())
				.isInstanceOf(CompositionException.class);
			return;
		}
		String ours = composeOurs(fixture);
		assertSameSupergraph(name, ours, reference.supergraph());
	}

	private static void checkFailsLikeApollo(Path fixture, ApolloComposition.Result reference, List<String> codes)
			throws IOException {
		List<String> expected = codes.stream().map(String::trim).filter((code) -> !code.isEmpty()).toList();
		assertThat(reference.supergraph()).as("Apollo composed %s", fixture).isNull();
		expected
			.forEach((code) -> assertThat(reference.hasCode(code)).as("Apollo reports %s: %s", code, reference.errors())
				.isTrue());
		try {
			Composer.compose(Fixtures.load(fixture));
			fail("Composer accepted " + fixture + " but Apollo rejects it: " + reference.errors());
		}
		catch (CompositionException ex) {
			List<String> ourCodes = ex.errors().stream().map(CompositionError::code).toList();
			assertThat(ourCodes).as("our error codes (%s)", ex.getMessage()).containsAll(expected);
		}
	}

	private static String composeOurs(Path fixture) throws IOException {
		try {
			return Composer.compose(Fixtures.load(fixture));
		}
		catch (CompositionException ex) {
			throw new AssertionError("Composer rejects " + fixture + " but Apollo composes it:\n" + ex.getMessage(),
					ex);
		}
	}

	static void assertSameSupergraph(String name, String ours, String apolloSupergraph) {
		List<String> ourLines = SupergraphSignature.of(ours);
		List<String> apolloLines = SupergraphSignature.of(apolloSupergraph);
		List<String> missing = new ArrayList<>(apolloLines);
		ourLines.forEach(missing::remove);
		List<String> extra = new ArrayList<>(ourLines);
		apolloLines.forEach(extra::remove);
		if (!missing.isEmpty() || !extra.isEmpty()) {
			fail("Supergraph of " + name + " differs from Apollo's.\nOnly in Apollo's:\n  "
					+ String.join("\n  ", missing) + "\nOnly in ours:\n  " + String.join("\n  ", extra)
					+ "\n--- ours:\n" + ours);
		}
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

}
