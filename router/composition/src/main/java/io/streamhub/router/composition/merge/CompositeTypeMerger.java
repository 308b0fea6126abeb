package io.streamhub.router.composition.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.SubgraphField;
import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.SupergraphType;
import io.streamhub.router.composition.model.TypeKind;

/**
 * Merges object and interface types: union of fields (each merged by {@link FieldMerger})
 * and {@code @join__implements} per subgraph.
 */
final class CompositeTypeMerger {

	private final MergeContext context;

	private final FieldMerger fields;

	CompositeTypeMerger(MergeContext context, FieldMerger fields) {
		this.context = context;
		this.fields = fields;
	}

	void merge(Sources<SubgraphType> sources, SupergraphType target) {
		JoinTypes.add(this.context, sources, target);
		Set<String> fieldNames = new LinkedHashSet<>();
		sources.present().forEach((type) -> fieldNames.addAll(type.fields().keySet()));
		for (String fieldName : fieldNames) {
			Sources<SubgraphField> fieldSources = sources.map((type) -> type.fields().get(fieldName));
			target.fields().put(fieldName, this.fields.merge(target.name(), target.kind(), fieldSources));
		}
		if (target.kind() == TypeKind.INTERFACE) {
			checkInterfaceObjects(sources, target);
			checkInterfaceKeys(sources, target);
		}
	}

	/**
	 * Records which interfaces each subgraph says the type implements (done before fields
	 * are merged, as field type subtyping depends on it).
	 * @param sources the type in each subgraph
	 * @param target the supergraph type
	 */
	void addImplements(Sources<SubgraphType> sources, SupergraphType target) {
		for (int i = 0; i < sources.size(); i++) {
			SubgraphType type = sources.element(i);
			if (type == null) {
				continue;
			}
			for (String itf : type.interfaces()) {
				target.interfaces().computeIfAbsent(itf, (name) -> new ArrayList<>()).add(this.context.graph(i));
			}
		}
	}

	/**
	 * INTERFACE_KEY_MISSING_IMPLEMENTATION_TYPE: a subgraph that resolves an interface
	 * entity by key must know every implementation of the interface.
	 */
	private void checkInterfaceKeys(Sources<SubgraphType> sources, SupergraphType target) {
		List<String> implementations = this.context.supergraph()
			.types()
			.values()
			.stream()
			.filter((candidate) -> candidate.kind() == TypeKind.OBJECT
					&& candidate.interfaces().containsKey(target.name()))
			.map(SupergraphType::name)
			.toList();
		for (int i = 0; i < sources.size(); i++) {
			SubgraphType type = sources.element(i);
			if (type == null || type.kind() != TypeKind.INTERFACE
					|| type.keys().stream().noneMatch((key) -> key.resolvable())) {
				continue;
			}
			int index = i;
			List<String> missing = implementations.stream().filter((name) -> {
				SubgraphType implementation = this.context.type(index, name);
				return implementation == null || !implementation.interfaces().contains(target.name());
			}).toList();
			if (!missing.isEmpty()) {
				this.context.report(Problem.of("INTERFACE_KEY_MISSING_IMPLEMENTATION_TYPE", this.context.name(i),
						target.name(),
						"Interface type \"" + target.name() + "\" has a resolvable key in subgraph \""
								+ this.context.name(i)
								+ "\" but that subgraph is missing some of the supergraph implementation types of \""
								+ target.name() + "\": " + String.join(", ", missing)));
			}
		}
	}

	private void checkInterfaceObjects(Sources<SubgraphType> sources, SupergraphType target) {
		for (int i = 0; i < sources.size(); i++) {
			SubgraphType type = sources.element(i);
			if (type == null || !type.interfaceObject()) {
				continue;
			}
			int index = i;
			this.context.supergraph()
				.types()
				.values()
				.stream()
				.filter((candidate) -> candidate.interfaces().containsKey(target.name()))
				.filter((implementation) -> this.context.type(index, implementation.name()) != null)
				.findFirst()
				.ifPresent((implementation) -> this.context
					.report(Problem.of("INTERFACE_OBJECT_USAGE_ERROR", this.context.name(index), target.name(),
							"Interface type \"" + target.name() + "\" is defined as an @interfaceObject in subgraph \""
									+ this.context.name(index)
									+ "\" so that subgraph should not define any of the implementation types of \""
									+ target.name() + "\", but it defines type \"" + implementation.name() + "\"")));
		}
	}

}
