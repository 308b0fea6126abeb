package io.streamhub.router.execution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.streamhub.router.planning.plan.EntityInput;
import org.jspecify.annotations.Nullable;

/**
 * The representations of one entity fetch, deduplicated, with the response objects each
 * one feeds.
 */
final class EntityBatch {

	private final List<Map<String, @Nullable Object>> representations = new ArrayList<>();

	private final List<List<EntityTarget>> targets = new ArrayList<>();

	private EntityBatch() {
	}

	static EntityBatch collect(List<EntityTarget> found, List<EntityInput> inputs, RepresentationBuilder builder) {
		EntityBatch batch = new EntityBatch();
		Map<Map<String, @Nullable Object>, Integer> index = new HashMap<>();
		for (EntityTarget target : found) {
			Map<String, @Nullable Object> representation = builder.build(target.object(), inputs);
			if (representation == null) {
				continue;
			}
			Integer position = index.get(representation);
			if (position == null) {
				position = batch.representations.size();
				index.put(representation, position);
				batch.representations.add(representation);
				batch.targets.add(new ArrayList<>());
			}
			batch.targets.get(position).add(target);
		}
		return batch;
	}

	boolean isEmpty() {
		return this.representations.isEmpty();
	}

	int size() {
		return this.representations.size();
	}

	List<Map<String, @Nullable Object>> representations() {
		return this.representations;
	}

	@SuppressWarnings("unchecked")
	void merge(List<?> entities) {
		for (int i = 0; i < entities.size(); i++) {
			if (!(entities.get(i) instanceof Map<?, ?> entity)) {
				continue;
			}
			for (EntityTarget target : this.targets.get(i)) {
				ResponseMerger.merge(target.object(), (Map<String, @Nullable Object>) entity);
			}
		}
	}

	/**
	 * Maps an {@code _entities} error path to the client response path of the first
	 * object it concerns.
	 * @param path the subgraph error path
	 * @return the client path, or {@code null} when it does not point into an entity
	 */
	@Nullable List<Object> repath(@Nullable List<Object> path) {
		if (path == null || path.size() < 2 || !"_entities".equals(path.get(0))
				|| !(path.get(1) instanceof Number number)) {
			return null;
		}
		int index = number.intValue();
		if (index < 0 || index >= this.targets.size()) {
			return null;
		}
		List<Object> repathed = new ArrayList<>(this.targets.get(index).get(0).path());
		repathed.addAll(path.subList(2, path.size()));
		return repathed;
	}

}
