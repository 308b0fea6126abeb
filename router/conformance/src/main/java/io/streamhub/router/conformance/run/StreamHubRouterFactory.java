package io.streamhub.router.conformance.run;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.streamhub.router.conformance.json.Json;

/**
 * Starts our router engine ({@code io.streamhub.router.RouterEngine} from router/core) in
 * process:
 * {@code RouterEngine.create(Supergraph.parse(sdl), HttpSubgraphClient.create(), RouterOptions.defaults())},
 * then
 * {@code engine.execute(GraphQlRequest.of(query, variables), RequestContext.empty())}.
 * The engine is reached by name; when it is missing or its API moved, starting fails and
 * every case of the run fails with the reason.
 */
public final class StreamHubRouterFactory implements RouterFactory {

	private static final long TIMEOUT_SECONDS = 20;

	@Override
	public RouterUnderTest start(String supergraphSdl) throws Exception {
		Class<?> engineType = Reflection
			.requireClass(List.of("io.streamhub.router.RouterEngine", "io.streamhub.router.execution.RouterEngine"));
		Class<?> supergraphType = Reflection
			.requireClass(List.of("io.streamhub.router.Supergraph", "io.streamhub.router.supergraph.Supergraph"));
		Class<?> clientType = Reflection.requireClass(
				List.of("io.streamhub.router.execution.HttpSubgraphClient", "io.streamhub.router.HttpSubgraphClient"));
		Class<?> optionsType = Reflection.requireClass(List.of("io.streamhub.router.RouterOptions"));
		Object supergraph = Reflection.invokeStatic(supergraphType, "parse", supergraphSdl);
		Object client = Reflection.invokeStatic(clientType, "create");
		Object options = Reflection.invokeStatic(optionsType, "defaults");
		Object engine = Reflection.invokeStatic(engineType, "create", supergraph, client, options);
		return new EngineRouter(engineType, engine, client);
	}

	private record EngineRouter(Class<?> engineType, Object engine, Object client) implements RouterUnderTest {

		@Override
		public JsonNode execute(String query, Map<String, Object> variables) throws Exception {
			Class<?> requestType = Reflection.requireClass(List.of("io.streamhub.router.GraphQlRequest"));
			Class<?> contextType = Reflection.requireClass(List.of("io.streamhub.router.RequestContext"));
			Object request = Reflection.invokeStatic(requestType, "of", query, variables);
			Object context = Reflection.invokeStatic(contextType, "empty");
			Object future = Reflection.invoke(this.engineType, this.engine, "execute", request, context);
			Object response = ((CompletableFuture<?>) future).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			Object map = Reflection.invoke(response.getClass(), response, "toMap");
			return Json.normalize((Map<?, ?>) map);
		}

		@Override
		public void close() throws Exception {
			if (this.engine instanceof AutoCloseable closeable) {
				closeable.close();
			}
			if (this.client instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}

	}

}
