package io.streamhub.router.execution;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.streamhub.router.GraphQlRequest;
import io.streamhub.router.RequestContext;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.RouterOptions;
import io.streamhub.router.TestSubgraph;
import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InterfaceObjectExecutionTests {

	@Test
	void interfaceObjectFieldsReachEveryImplementationAndKeepTheConcreteTypename() {
		String a = """
				type Query { items: [I] }
				interface I @key(fields: "id") { id: ID! name: String }
				type X implements I @key(fields: "id") { id: ID! name: String x: Int }
				type Y implements I @key(fields: "id") { id: ID! name: String }
				""";
		String b = """
				type I @key(fields: "id") @interfaceObject { id: ID! desc: String }
				""";
		List<Map<String, Object>> items = List.of(Map.of("__typename", "X", "id", "1", "name", "one", "x", 7),
				Map.of("__typename", "Y", "id", "2", "name", "two"));
		try (TestSubgraph subgraphA = TestSubgraph.start("a", a, Map.of("Query.items", (env) -> items),
				(rep) -> items.stream().filter((i) -> i.get("id").equals(rep.get("id"))).findFirst().orElse(null));
				TestSubgraph subgraphB = TestSubgraph.start("b", b, Map.of(),
						(rep) -> Map.of("__typename", "I", "id", rep.get("id"), "desc", "about " + rep.get("id")));
				HttpSubgraphClient client = HttpSubgraphClient.create()) {
			Supergraph supergraph = Supergraph.parse(TestSupergraphs.sdl("interfaceobject")
				.replace("http://localhost:5201/graphql", subgraphA.url())
				.replace("http://localhost:5202/graphql", subgraphB.url()));
			RouterEngine engine = RouterEngine.create(supergraph, client, RouterOptions.defaults());
			byte[] response = engine
				.execute(GraphQlRequest.of("{ items { __typename name desc ... on X { x } } }"), RequestContext.empty())
				.orTimeout(20, TimeUnit.SECONDS)
				.join()
				.toJsonBytes();
			assertThat(new String(response, StandardCharsets.UTF_8))
				.isEqualTo("{\"data\":{\"items\":[{\"__typename\":\"X\",\"name\":\"one\",\"desc\":\"about 1\",\"x\":7},"
						+ "{\"__typename\":\"Y\",\"name\":\"two\",\"desc\":\"about 2\"}]}}");
			List<?> representations = (List<?>) ((Map<?, ?>) subgraphB.requests().get(0).get("variables"))
				.get("representations");
			assertThat(representations)
				.allSatisfy((rep) -> assertThat(((Map<?, ?>) rep).get("__typename")).isEqualTo("I"));
		}
	}

}
