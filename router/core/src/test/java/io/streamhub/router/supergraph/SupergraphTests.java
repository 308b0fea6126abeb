package io.streamhub.router.supergraph;

import io.streamhub.router.TestSupergraphs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupergraphTests {

	private static final String GRAPHS = """
			enum join__Graph {
			  A @join__graph(name: "a", url: "http://a/graphql")
			  B @join__graph(name: "b", url: "http://b/graphql")
			}
			""";

	@Test
	void readsSubgraphsKeysAndFieldOwnership() {
		Supergraph supergraph = TestSupergraphs.streamhub();
		assertThat(supergraph.subgraphs()).extracting(SubgraphInfo::name)
			.containsExactly("users", "videos", "comments");
		assertThat(supergraph.subgraphs().get(0).url()).hasToString("http://localhost:4001/graphql");
		TypeInfo user = supergraph.type("User");
		assertThat(user.isEntity()).isTrue();
		assertThat(user.resolvableKeys("comments")).isEmpty();
		assertThat(user.keys("comments")).extracting(FieldSet::text).containsExactly("id");
		assertThat(user.field("username").joins()).extracting(JoinField::graph, JoinField::external)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("users", false),
					org.assertj.core.groups.Tuple.tuple("videos", true));
		assertThat(supergraph.type("Video").field("watchTimeLabel").joins().get(0).requires().text())
			.isEqualTo("durationSeconds");
		assertThat(supergraph.type("SearchResult").membersByGraph().get("videos")).containsExactly("Video", "User");
		assertThat(supergraph.possibleTypes("Content")).containsExactly("Video", "Playlist");
	}

	@Test
	void apiSchemaHasNoFederationMachineryNorInaccessibleElements() {
		Supergraph supergraph = TestSupergraphs.streamhub();
		assertThat(supergraph.apiSchemaSdl()).contains("type User")
			.doesNotContain("join__")
			.doesNotContain("link__")
			.doesNotContain("@link")
			.doesNotContain("email")
			.doesNotContain("inaccessible");
		assertThat(supergraph.apiSchema().getObjectType("User").getFieldDefinition("email")).isNull();
		assertThat(supergraph.supergraphSchema().getObjectType("User").getFieldDefinition("email")).isNotNull();
	}

	@Test
	void refusesUnsupportedFeatureForExecution() {
		String sdl = TestSupergraphs.header()
			.replace("{\n  query: Query",
					"@link(url: \"https://specs.apollo.dev/authenticated/v0.1\", for: SECURITY)\n{\n  query: Query")
				+ GRAPHS + "type Query @join__type(graph: A) { a: Int }";
		assertThatThrownBy(() -> Supergraph.parse(sdl)).isInstanceOf(SupergraphException.class)
			.hasMessageContaining("authenticated/v0.1")
			.hasMessageContaining("SECURITY");
	}

	@Test
	void acceptsUnsupportedFeatureNotNeededForExecution() {
		String sdl = TestSupergraphs.header()
			.replace("{\n  query: Query",
					"@link(url: \"https://specs.apollo.dev/tag/v0.3\")\n  @link(url: \"https://example.com/cost/v0.1\")\n{\n  query: Query")
				+ GRAPHS + "type Query @join__type(graph: A) { a: Int }";
		assertThat(Supergraph.parse(sdl).subgraphs()).hasSize(2);
	}

	@Test
	void refusesSchemasThatAreNotSupergraphs() {
		assertThatThrownBy(() -> Supergraph.parse("type Query { a: Int }")).isInstanceOf(SupergraphException.class)
			.hasMessageContaining("join");
		assertThatThrownBy(() -> Supergraph.parse("type Query {")).isInstanceOf(SupergraphException.class)
			.hasMessageContaining("not valid GraphQL");
		assertThatThrownBy(() -> Supergraph.parse("")).isInstanceOf(SupergraphException.class);
	}

	@Test
	void refusesJoinDirectivesNamingUnknownGraphs() {
		String sdl = TestSupergraphs.header() + GRAPHS + "type Query @join__type(graph: C) { a: Int }";
		assertThatThrownBy(() -> Supergraph.parse(sdl)).isInstanceOf(SupergraphException.class)
			.hasMessageContaining("unknown graph C");
	}

}
