package io.streamhub.router.server.limits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.streamhub.router.server.config.LimitsProperties;
import io.streamhub.router.server.runtime.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The document limits on a recursive schema: depth through fragments, list sizes from
 * {@code first}/{@code last} literals and variables, default list sizes, and linear time
 * on exponentially expanding fragments.
 */
class OperationLimitsTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
			type Query { video(id: ID!): Video  videos(first: Int, last: Int): VideoConnection  tags: [String] }
			type VideoConnection { edges: [VideoEdge] }
			type VideoEdge { node: Video }
			type Video { id: ID  title: String  similar: [Video]  comments(first: Int): CommentConnection }
			type CommentConnection { edges: [CommentEdge] }
			type CommentEdge { node: Comment }
			type Comment { body: String  video: Video }
			"""), RuntimeWiring.MOCKED_WIRING);

	private final List<Boolean> cacheLookups = new ArrayList<>();

	private final OperationLimits limits = new OperationLimits(limits(), () -> SCHEMA, 100, this.cacheLookups::add);

	private static LimitsProperties limits() {
		LimitsProperties properties = new LimitsProperties();
		properties.setMaxDepth(6);
		properties.setMaxCost(1000);
		properties.setDefaultListSize(5);
		return properties;
	}

	@Test
	void costMultipliesByFirstGivenLiterally() {
		// edges is the connection's list, sized by first: 1 + 20 * (1 + 1 * (1 + 1)) = 61
		assertThat(this.limits.check("{ videos(first: 20) { edges { node { id } } } }", null, Map.of())).isFalse();
		assertCode("{ videos(first: 400) { edges { node { id } } } }", Map.of(), "COST_ESTIMATED_TOO_EXPENSIVE");
	}

	@Test
	void costMultipliesByFirstGivenAsAVariable() {
		String query = "query($n: Int) { videos(first: $n) { edges { node { id } } } }";

		assertThat(this.limits.check(query, null, Map.of("n", 10))).isFalse();
		assertCode(query, Map.of("n", 1000), "COST_ESTIMATED_TOO_EXPENSIVE");
	}

	@Test
	void listFieldsWithoutArgumentsCountTheDefaultSize() {
		// similar is a list (5): 1 + 1 * (1 + 5 * (1 + 5 * (1 + 5 * (1 + 5 * 1)))) = 782
		assertThat(this.limits.check("{ video(id: 1) { similar { similar { similar { similar { id } } } } } }", null,
				Map.of()))
			.isFalse();
		assertCode("{ video(id: 1) { similar { similar { similar { similar { id title } } } } } }", Map.of(),
				"COST_ESTIMATED_TOO_EXPENSIVE");
	}

	@Test
	void depthCountsThroughNamedAndInlineFragments() {
		String query = "{ video(id: 1) { ...V } } fragment V on Video { similar { ... on Video { ...W } } } "
				+ "fragment W on Video { comments(first: 1) { edges { node { video { id } } } } }";

		assertCode(query, Map.of(), "MAX_DEPTH_EXCEEDED");
	}

	@Test
	void reportsIntrospection() {
		assertThat(this.limits.check("{ __schema { types { name } } }", null, Map.of())).isTrue();
		assertThat(this.limits.check("{ __typename tags }", null, Map.of())).isFalse();
	}

	@Test
	void documentsThatDoNotParseAreLeftToTheEngine() {
		assertThat(this.limits.check("{ video(id: ", null, Map.of())).isFalse();
	}

	@Test
	void parsedDocumentsAreCached() {
		this.limits.check("{ tags }", null, Map.of());
		this.limits.check("{ tags }", null, Map.of());

		assertThat(this.cacheLookups).containsExactly(false, true);
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	void fragmentsSpreadTwiceOverSixtyLevelsAreAnalysedOnce() {
		StringBuilder query = new StringBuilder("{ video(id: 1) { ...F1 ...F1 } }\n");
		for (int i = 1; i < 60; i++) {
			query.append("fragment F")
				.append(i)
				.append(" on Video { ...F")
				.append(i + 1)
				.append(" ...F")
				.append(i + 1)
				.append(" }\n");
		}
		query.append("fragment F60 on Video { id }\n");

		assertCode(query.toString(), Map.of(), "COST_ESTIMATED_TOO_EXPENSIVE");
	}

	@Test
	void fragmentCyclesDoNotLoop() {
		String query = "{ video(id: 1) { ...A } } fragment A on Video { ...B } fragment B on Video { ...A id }";

		assertThat(this.limits.check(query, null, Map.of())).isFalse();
	}

	private void assertCode(String query, Map<String, Object> variables, String code) {
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> this.limits.check(query, null, new HashMap<>(variables)))
			.satisfies((rejection) -> {
				assertThat(rejection.code()).isEqualTo(code);
				assertThat(rejection.status().value()).isEqualTo(400);
			});
	}

}
