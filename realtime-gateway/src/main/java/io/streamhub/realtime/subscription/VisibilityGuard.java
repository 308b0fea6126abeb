package io.streamhub.realtime.subscription;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.streamhub.router.execution.Json;
import io.streamhub.router.execution.SubgraphClient;
import io.streamhub.router.execution.SubgraphRequest;
import io.streamhub.router.supergraph.JoinType;
import io.streamhub.router.supergraph.Supergraph;
import io.streamhub.router.supergraph.SubgraphInfo;
import io.streamhub.router.supergraph.TypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * Asks the subgraph owning an event's entity whether the subscriber may see it: an
 * {@code _entities} request for that one entity, sent with the subscriber's token. Null
 * (or any failure) means no. This holds even when the client's selection needs no entity
 * fetch at all (e.g. {@code videoStatusChanged { id }}), so an event about a private
 * video never reaches someone who may not see the video.
 */
final class VisibilityGuard {

	private static final String QUERY = "query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }";

	private final Supergraph supergraph;

	private final SubgraphClient client;

	private final Duration timeout;

	VisibilityGuard(Supergraph supergraph, SubgraphClient client, Duration timeout) {
		this.supergraph = supergraph;
		this.client = client;
		this.timeout = timeout;
	}

	CompletableFuture<Boolean> maySee(RealtimeEvent.EntityRef entity, Map<String, List<String>> headers) {
		Optional<SubgraphInfo> owner = owner(entity.typename());
		if (owner.isEmpty()) {
			// no subgraph resolves the type (e.g. its subgraph is not composed yet)
			return CompletableFuture.completedFuture(false);
		}
		Map<String, @Nullable Object> representation = new LinkedHashMap<>();
		representation.put("__typename", entity.typename());
		representation.put("id", entity.id());
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("query", QUERY);
		body.put("variables", Map.of("representations", List.of(representation)));
		SubgraphRequest request = new SubgraphRequest(owner.get().name(), owner.get().url(), Json.write(body), headers,
				this.timeout);
		try {
			return this.client.send(request)
				.orTimeout(this.timeout.toMillis() + 250, TimeUnit.MILLISECONDS)
				.thenApply((response) -> response.status() == 200 && resolved(Json.parse(response.body())))
				.exceptionally((failure) -> false);
		}
		catch (RuntimeException ex) {
			return CompletableFuture.completedFuture(false);
		}
	}

	private static boolean resolved(@Nullable Object response) {
		if (!(response instanceof Map<?, ?> map) || !(map.get("data") instanceof Map<?, ?> data)) {
			return false;
		}
		return data.get("_entities") instanceof List<?> entities && entities.size() == 1 && entities.get(0) != null;
	}

	/**
	 * The subgraph owning a type: among those resolving its key, the one defining most of
	 * its fields (e.g. videos for Video, not comments which extends it).
	 */
	private Optional<SubgraphInfo> owner(String typename) {
		TypeInfo type = this.supergraph.type(typename);
		if (type == null) {
			return Optional.empty();
		}
		String best = null;
		long bestCount = -1;
		for (JoinType join : type.joinTypes()) {
			long count = fieldsIn(type, join.graph());
			if (join.key() != null && join.resolvable() && count > bestCount) {
				best = join.graph();
				bestCount = count;
			}
		}
		return (best != null) ? this.supergraph.subgraph(best) : Optional.empty();
	}

	private static long fieldsIn(TypeInfo type, String graph) {
		return type.fields()
			.values()
			.stream()
			.filter((field) -> field.joins().stream().anyMatch((join) -> graph.equals(join.graph())))
			.count();
	}

}
