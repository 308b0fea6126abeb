package io.streamhub.router.composition;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ComposerTests {

	private static final String FED2 = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\", \"@external\", \"@override\"])\n";

	@Test
	void errorsNameTheSubgraphAndTheCoordinate() {
		CompositionException ex = catchThrowableOfType(CompositionException.class,
				() -> Composer.compose(List.of(source("a",
						"type Query { me: User } type User @key(fields: \"id\") { id: ID! name: String @external }"),
						source("b", "type User @key(fields: \"id\") { id: ID! name: String }"))));
		assertThat(ex.errors()).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo("EXTERNAL_UNUSED");
			assertThat(error.subgraph()).isEqualTo("a");
			assertThat(error.coordinate()).isEqualTo("User.name");
			assertThat(error.message()).startsWith("[a] ").contains("User.name");
		});
	}

	@Test
	void unsatisfiableFieldIsReportedWithAQueryThatCannotBePlanned() {
		CompositionException ex = catchThrowableOfType(CompositionException.class,
				() -> Composer.compose(List.of(
						source("a",
								"type Query { video: Video } type Video @key(fields: \"id\") { id: ID! creator: User }"
										+ " type User @key(fields: \"id\") { id: ID! }"),
						source("b", "type User @key(fields: \"login\") { login: String! avatar: String }"))));
		assertThat(ex.errors()).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo("SATISFIABILITY_ERROR");
			assertThat(error.coordinate()).isEqualTo("Query.video");
			assertThat(error.message()).contains("  video {\n    creator {\n      login\n")
				.contains("from subgraph \"a\": cannot find field \"User.login\"");
		});
	}

	@Test
	void aFieldReachableThroughAChainOfKeysIsSatisfiable() throws CompositionException {
		assertThat(Composer
			.compose(List.of(source("a", "type Query { user: User } type User @key(fields: \"id\") { id: ID! }"),
					source("b", "type User @key(fields: \"id\") @key(fields: \"login\") { id: ID! login: String! }"),
					source("c", "type User @key(fields: \"login\") { login: String! avatar: String }"))))
			.contains("avatar: String");
	}

	@Test
	void reportsEveryProblemOfAStage() {
		CompositionException ex = catchThrowableOfType(CompositionException.class,
				() -> Composer.compose(List.of(source("a", "type Query @shareable { x: Int y: String }"),
						source("b", "type Query @shareable { x: String y: Int }"))));
		assertThat(ex.errors()).extracting(CompositionError::coordinate)
			.containsExactlyInAnyOrder("Query.x", "Query.y");
		assertThat(ex.errors()).extracting(CompositionError::code).containsOnly("FIELD_TYPE_MISMATCH");
		assertThat(ex.getMessage())
			.contains("it has type \"Int\" in subgraph \"a\" but type \"String\" in subgraph \"b\"");
	}

	@Test
	void rejectsDuplicateSubgraphNames() {
		assertThatExceptionOfType(CompositionException.class)
			.isThrownBy(() -> Composer
				.compose(List.of(source("a", "type Query { x: Int }"), source("a", "type Query { y: Int }"))))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(CompositionError::code)
				.contains("INVALID_SUBGRAPH_NAME"));
	}

	@Test
	void outputIsDeterministicWhateverTheSubgraphOrder() throws CompositionException {
		SubgraphSource a = source("a",
				"type Query { me: User } type User @key(fields: \"id\") { id: ID! name: String }");
		SubgraphSource b = source("b", "type User @key(fields: \"id\") { id: ID! age: Int }");
		assertThat(Composer.compose(List.of(a, b))).isEqualTo(Composer.compose(List.of(b, a)));
	}

	@Test
	void overriddenFieldStaysWhereAKeyStillUsesIt() throws CompositionException {
		String supergraph = Composer.compose(List.of(source("a",
				"type Query { p: P } type P @key(fields: \"id\") @key(fields: \"sku\") { id: ID! sku: String! }"),
				source("b", "type P @key(fields: \"id\") { id: ID! sku: String! @override(from: \"a\") }")));
		assertThat(supergraph).contains(
				"sku: String! @join__field(graph: A, usedOverridden: true) @join__field(graph: B, override: \"a\")");
	}

	@Test
	void refusesProgressiveOverrideRatherThanComposingItAsAPlainOverride() {
		String fed27 = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.7\", import: [\"@key\", \"@override\"])\n";
		CompositionException ex = catchThrowableOfType(CompositionException.class, () -> Composer.compose(List.of(
				new SubgraphSource("a", "http://a",
						fed27 + "type Query { p: P } type P @key(fields: \"id\") { id: ID! n: Int }"),
				new SubgraphSource("b", "http://b", fed27
						+ "type P @key(fields: \"id\") { id: ID! n: Int @override(from: \"a\", label: \"percent(5)\") }"))));
		assertThat(ex.errors()).extracting(CompositionError::code).containsExactly("UNSUPPORTED_FEATURE");
		assertThat(ex.errors().get(0).subgraph()).isEqualTo("b");
	}

	private static SubgraphSource source(String name, String sdl) {
		return new SubgraphSource(name, "http://" + name, FED2 + sdl);
	}

}
