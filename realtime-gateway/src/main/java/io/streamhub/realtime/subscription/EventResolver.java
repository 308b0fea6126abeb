package io.streamhub.realtime.subscription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.streamhub.router.execution.ExecutionError;
import io.streamhub.router.execution.ExecutionResult;
import io.streamhub.router.execution.Json;
import io.streamhub.router.execution.PlanExecutor;
import org.jspecify.annotations.Nullable;

/**
 * Resolves one event for one shared execution: the event becomes the root fetch's data,
 * the rest of the plan runs with the subscribers' token, and the visibility guard asks
 * the entity's owner in parallel. The result is delivered only when the root field is not
 * null and the guard allows it.
 */
final class EventResolver {

	private final PlanExecutor executor;

	private final VisibilityGuard guard;

	EventResolver(PlanExecutor executor, VisibilityGuard guard) {
		this.executor = executor;
		this.guard = guard;
	}

	/**
	 * Resolves an event.
	 * @param prepared the subscription
	 * @param event the event
	 * @param headers the subscribers' headers
	 * @return the {@code next} payload as JSON, or {@code null} when the event must not
	 * be delivered
	 */
	CompletableFuture<byte @Nullable []> resolve(PreparedSubscription prepared, RealtimeEvent event,
			Map<String, List<String>> headers) {
		Map<String, @Nullable Object> initial = prepared.projection().initialData(event.root());
		CompletableFuture<ExecutionResult> execution = this.executor.execute(prepared.plan(), initial,
				prepared.rawVariables(), prepared.coercedVariables(), headers);
		CompletableFuture<Boolean> allowed = this.guard.maySee(event.guard(), headers);
		return execution.thenCombine(allowed, (result, visible) -> deliverable(prepared, result, visible));
	}

	private static byte @Nullable [] deliverable(PreparedSubscription prepared, ExecutionResult result,
			boolean visible) {
		Map<String, @Nullable Object> data = result.data();
		if (!visible || data == null || data.get(prepared.rootKey()) == null) {
			return null;
		}
		Map<String, @Nullable Object> payload = new LinkedHashMap<>();
		if (!result.errors().isEmpty()) {
			payload.put("errors", errors(result.errors()));
		}
		payload.put("data", data);
		return Json.write(payload);
	}

	private static List<Object> errors(List<ExecutionError> errors) {
		List<Object> list = new ArrayList<>(errors.size());
		for (ExecutionError error : errors) {
			Map<String, @Nullable Object> map = new LinkedHashMap<>();
			map.put("message", error.message());
			if (error.path() != null) {
				map.put("path", error.path());
			}
			if (!error.extensions().isEmpty()) {
				map.put("extensions", error.extensions());
			}
			list.add(map);
		}
		return list;
	}

}
