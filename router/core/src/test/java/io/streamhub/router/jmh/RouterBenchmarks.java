package io.streamhub.router.jmh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.streamhub.router.GraphQlRequest;
import io.streamhub.router.GraphQlResponse;
import io.streamhub.router.RequestContext;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.RouterOptions;
import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.execution.Json;
import io.streamhub.router.execution.SubgraphClient;
import io.streamhub.router.execution.SubgraphResponse;
import io.streamhub.router.planning.DefaultQueryPlanner;
import io.streamhub.router.planning.QueryPlan;
import io.streamhub.router.supergraph.Supergraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Planning (cold: full pipeline; cached: plan cache hit) and execution without network
 * (canned subgraph bytes: parse, representations, merge, projection, serialization) of a
 * three-subgraph query. Run: {@code mvn -pl router/core test-compile} then
 * {@code java -cp "router/core/target/test-classes:router/core/target/classes:$(cat cp.txt)" io.streamhub.router.jmh.RouterBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RouterBenchmarks {

	public static final String QUERY = "{ videos { id title creator { username videos { title } } comments { text author { username } } "
			+ "commentCount watchTimeLabel } }";

	private static final int VIDEOS = 50;

	private Supergraph supergraph;

	private DefaultQueryPlanner planner;

	private RouterEngine engine;

	@Setup
	public void setup() {
		this.supergraph = TestSupergraphs.streamhub();
		this.planner = new DefaultQueryPlanner(this.supergraph);
		this.engine = RouterEngine.create(this.supergraph, new CannedSubgraphs(), RouterOptions.defaults());
		this.engine.plan(QUERY, null);
	}

	@Benchmark
	public QueryPlan planCold() {
		return this.planner.plan(QUERY, null);
	}

	@Benchmark
	public QueryPlan planCached() {
		return this.engine.plan(QUERY, null);
	}

	@Benchmark
	public byte[] executeAndMerge() {
		GraphQlResponse response = this.engine.execute(GraphQlRequest.of(QUERY), RequestContext.empty()).join();
		return response.toJsonBytes();
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(RouterBenchmarks.class.getSimpleName()).build()).run();
	}

	/** Subgraphs answering from memory, so only the engine is measured. */
	static final class CannedSubgraphs implements SubgraphClient {

		@Override
		public CompletableFuture<SubgraphResponse> send(io.streamhub.router.execution.SubgraphRequest request) {
			Map<?, ?> body = (Map<?, ?>) Json.parse(request.body());
			String query = (String) body.get("query");
			Object data = query.contains("_entities") ? entities(request.subgraph(), (Map<?, ?>) body.get("variables"))
					: Map.of("videos", videos());
			return CompletableFuture
				.completedFuture(new SubgraphResponse(200, Json.write(Map.of("data", data)), Map.of()));
		}

		private static List<Object> videos() {
			List<Object> videos = new ArrayList<>();
			for (int i = 0; i < VIDEOS; i++) {
				videos.add(Map.of("id", "v" + i, "title", "Video " + i, "__typename", "Video", "durationSeconds",
						60 * i, "creator", Map.of("username", "user" + (i % 5), "__typename", "User", "id",
								"u" + (i % 5), "videos", List.of(Map.of("title", "t")))));
			}
			return videos;
		}

		private static Map<String, Object> entities(String subgraph, Map<?, ?> variables) {
			List<Object> result = new ArrayList<>();
			for (Object representation : (List<?>) variables.get("representations")) {
				Map<?, ?> rep = (Map<?, ?>) representation;
				if (subgraph.equals("comments")) {
					result.add(Map.of("comments",
							List.of(Map.of("text", "nice", "author", Map.of("__typename", "User", "id", "u1"))),
							"commentCount", 1, "watchTimeLabel", "1 min"));
				}
				else {
					result.add(Map.of("username", "user-" + rep.get("id")));
				}
			}
			return Map.of("_entities", result);
		}

	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
