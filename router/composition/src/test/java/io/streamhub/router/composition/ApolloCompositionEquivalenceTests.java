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
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
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

	private static Map<String, ApolloComposition.Result> apollo;

	@BeforeAll
	static void composeWithApollo() throws IOException, InterruptedException {
		apollo = ApolloComposition.composeAll(FIXTURES);
	}

	@TestFactory
	Stream<DynamicTest> everyFixtureComposesLikeApollo() throws IOException {
		List<Path> fixtures;
		try (Stream<Path> folders = Files.list(FIXTURES)) {
			fixtures = folders.filter(Files::isDirectory).sorted().toList();
		}
		assertThat(fixtures).hasSizeGreaterThan(30);
		return fixtures.stream()
			.map((fixture) -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> check(fixture)));
	}

	private static void check(Path fixture) throws IOException {
		String name = fixture.getFileName().toString();
		ApolloComposition.Result reference = apollo.get(name);
		assertThat(reference).as("Apollo's result for %s", name).isNotNull();
		Path expectedErrors = fixture.resolve("expected-errors.txt");
		if (Files.exists(expectedErrors)) {
			checkFailsLikeApollo(fixture, reference, Files.readAllLines(expectedErrors));
			return;
		}
		assertThat(reference.errors()).as("Apollo's errors for %s", name).isEmpty();
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
