package io.streamhub.realtime.subscription;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.realtime.auth.Identity;
import io.streamhub.router.GraphQlRequest;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.RouterOptions;
import io.streamhub.router.composition.Composer;
import io.streamhub.router.composition.SubgraphSource;
import io.streamhub.router.planning.QueryPlanPrinter;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * schema/realtime.graphqls composes with the project's real subgraph schemas, and
 * subscriptions over that supergraph split into the events' part (root fetch to realtime)
 * and entity fetches to the owning subgraphs.
 */
class SupergraphSubscriptionTests {

	private static final Path SCHEMA = Path.of("../schema");

	@Test
	void realtimeComposesWithEverySubgraphSchemaOfTheProject() throws Exception {
		Supergraph supergraph = projectSupergraph();
		assertThat(supergraph.subscriptionType()).isEqualTo("Subscription");
		assertThat(supergraph.apiSchema().getSubscriptionType().getFieldDefinitions())
			.extracting((field) -> field.getName())
			.containsExactlyInAnyOrder("notificationAdded", "videoStatusChanged", "commentAdded",
					"availabilityChanged");
	}

	@Test
	void commentAddedResolvesTheCommentAndItsAuthorFromTheirOwners() throws Exception {
		RouterEngine engine = engine();
		SubscriptionPlanner planner = new SubscriptionPlanner(engine, "realtime");
		String query = "subscription($v: ID!) { commentAdded(videoId: $v) { id body author { username } } }";
		GraphQlRequest request = GraphQlRequest.of(query, Map.of("v", UUID.randomUUID().toString()));
		PreparedSubscription prepared = planner.prepare(planner.plan(request), request, Identity.anonymous());
		String rest = QueryPlanPrinter.print(prepared.plan());
		assertThat(rest).doesNotContain("service: \"realtime\"")
			.contains("Fetch(service: \"comments\")")
			.contains("Fetch(service: \"users\")");
		assertThat(prepared.trigger().topic()).isEqualTo(Topics.comments(request.variables().get("v").toString()));
		assertThat(prepared.projection().initialData(Map.of("__typename", "Comment", "id", "c1")))
			.isEqualTo(Map.of("commentAdded", Map.of("__typename", "Comment", "id", "c1")));
	}

	@Test
	void availabilityChangeFieldsComeFromTheEventAndAliasesAreKept() throws Exception {
		RouterEngine engine = engine();
		SubscriptionPlanner planner = new SubscriptionPlanner(engine, "realtime");
		String query = "subscription { a: availabilityChanged(videoId: \"" + UUID.randomUUID()
				+ "\", region: \"US\") { kind: change region platform { id } } }";
		GraphQlRequest request = GraphQlRequest.of(query);
		PreparedSubscription prepared = planner.prepare(planner.plan(request), request, Identity.anonymous());
		assertThat(prepared.plan().node()).isNull();
		assertThat(prepared.trigger().region()).isEqualTo("US");
		Map<String, Object> root = Map.of("__typename", "AvailabilityChange", "change", "ADDED", "region", "US",
				"platform", Map.of("__typename", "Platform", "id", "p1"), "video",
				Map.of("__typename", "Video", "id", "v1"));
		assertThat(prepared.projection().initialData(root))
			.isEqualTo(Map.of("a", Map.of("kind", "ADDED", "region", "US", "platform", Map.of("id", "p1"))));
	}

	@Test
	void aSubscriptionWithTwoRootFieldsIsRejected() throws Exception {
		SubscriptionPlanner planner = new SubscriptionPlanner(engine(), "realtime");
		GraphQlRequest request = GraphQlRequest
			.of("subscription { notificationAdded { id } b: notificationAdded { id } }");
		assertThatExceptionOfType(OperationException.class).isThrownBy(() -> planner.plan(request))
			.satisfies((ex) -> assertThat(ex.errors().get(0).code()).isEqualTo("BAD_USER_INPUT"));
	}

	private static RouterEngine engine() throws Exception {
		return RouterEngine.create(projectSupergraph(), (request) -> {
			throw new IllegalStateException("no subgraph requests in this test");
		}, RouterOptions.defaults());
	}

	private static Supergraph projectSupergraph() throws Exception {
		List<SubgraphSource> sources = new ArrayList<>();
		try (var files = Files.list(SCHEMA)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				String name = file.getFileName().toString().replace(".graphqls", "");
				sources.add(new SubgraphSource(name, "http://localhost/" + name, read(file)));
			}
		}
		return Supergraph.parse(Composer.compose(sources));
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file);
	}

}
