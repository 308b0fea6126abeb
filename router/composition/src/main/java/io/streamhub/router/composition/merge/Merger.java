package io.streamhub.router.composition.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Subgraph;
import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.Supergraph;
import io.streamhub.router.composition.model.SupergraphType;
import io.streamhub.router.composition.model.TypeKind;

/**
 * Merges read (and upgraded) subgraphs into the supergraph model. Order matters: union
 * members and implemented interfaces first (field subtyping needs them), then object,
 * interface and input types (which record where enums are used), then enums, unions and
 * scalars, then the interface object pass.
 */
public final class Merger {

	private final MergeContext context;

	private final Map<String, Sources<SubgraphType>> sourcesByType = new LinkedHashMap<>();

	private Merger(MergeContext context) {
		this.context = context;
	}

	/**
	 * Merges the subgraphs.
	 * @param subgraphs the subgraphs, sorted by name
	 * @param problems where problems are reported
	 * @return the supergraph model (meaningless when problems were reported)
	 */
	public static Supergraph merge(List<Subgraph> subgraphs, List<Problem> problems) {
		Supergraph supergraph = new Supergraph(GraphNames.of(subgraphs));
		Merger merger = new Merger(new MergeContext(subgraphs, supergraph, problems));
		merger.merge();
		return supergraph;
	}

	private void merge() {
		collectTypes();
		TypeReferenceMerger types = new TypeReferenceMerger(new Subtyping(this.context.supergraph()));
		CompositeTypeMerger composites = new CompositeTypeMerger(this.context, new FieldMerger(this.context, types));
		UnionMerger unions = new UnionMerger(this.context);
		forEach(Set.of(TypeKind.OBJECT, TypeKind.INTERFACE), composites::addImplements);
		forEach(Set.of(TypeKind.UNION), unions::addMembers);
		forEach(Set.of(TypeKind.OBJECT, TypeKind.INTERFACE), composites::merge);
		forEach(Set.of(TypeKind.INPUT_OBJECT), new InputObjectMerger(this.context, types)::merge);
		forEach(Set.of(TypeKind.ENUM), new EnumMerger(this.context)::merge);
		forEach(Set.of(TypeKind.UNION), unions::merge);
		forEach(Set.of(TypeKind.SCALAR), (sources, target) -> JoinTypes.add(this.context, sources, target));
		InterfaceObjectFieldsPass.apply(this.context);
		ExecutableDirectiveMerger.merge(this.context, types);
		ComposedDirectiveMerger.merge(this.context);
		SpecNames.apply(this.context);
	}

	private void collectTypes() {
		Set<String> names = new LinkedHashSet<>();
		for (int i = 0; i < this.context.size(); i++) {
			names.addAll(this.context.subgraph(i).types().keySet());
		}
		for (String name : names) {
			Sources<SubgraphType> sources = new Sources<>(this.context.size());
			for (int i = 0; i < this.context.size(); i++) {
				SubgraphType type = this.context.type(i, name);
				if (type != null) {
					sources.put(i, type);
				}
			}
			TypeKind kind = checkKinds(name, sources);
			if (kind != null) {
				SupergraphType target = new SupergraphType(name, kind);
				target.description(mergeDescription(sources));
				sources.present().forEach((type) -> target.applied().mergeFrom(type.applied()));
				this.context.supergraph().types().put(name, target);
				this.sourcesByType.put(name, sources);
			}
		}
	}

	private static String mergeDescription(Sources<SubgraphType> sources) {
		return ArgumentMerger.mergeDescription(sources.present(), SubgraphType::description);
	}

	private TypeKind checkKinds(String name, Sources<SubgraphType> sources) {
		Map<TypeKind, List<String>> subgraphsByKind = new LinkedHashMap<>();
		for (int i = 0; i < sources.size(); i++) {
			SubgraphType type = sources.element(i);
			if (type != null) {
				subgraphsByKind.computeIfAbsent(type.supergraphKind(), (kind) -> new ArrayList<>())
					.add("\"" + this.context.name(i) + "\"");
			}
		}
		if (subgraphsByKind.size() == 1) {
			return subgraphsByKind.keySet().iterator().next();
		}
		StringBuilder message = new StringBuilder("Type \"" + name + "\" has mismatched kind: it is defined as ");
		String separator = "";
		for (Map.Entry<TypeKind, List<String>> entry : subgraphsByKind.entrySet()) {
			message.append(separator)
				.append(entry.getKey().name().toLowerCase().replace('_', ' '))
				.append(" type in subgraph")
				.append((entry.getValue().size() > 1) ? "s " : " ")
				.append(String.join(" and ", entry.getValue()));
			separator = " but ";
		}
		this.context.report(Problem.of("TYPE_KIND_MISMATCH", null, name, message.toString()));
		return null;
	}

	private void forEach(Set<TypeKind> kinds, TypeMergeStep step) {
		for (Map.Entry<String, Sources<SubgraphType>> entry : this.sourcesByType.entrySet()) {
			SupergraphType target = this.context.supergraph().types().get(entry.getKey());
			if (kinds.contains(target.kind())) {
				step.apply(entry.getValue(), target);
			}
		}
	}

	@FunctionalInterface
	private interface TypeMergeStep {

		void apply(Sources<SubgraphType> sources, SupergraphType target);

	}

}
