package io.streamhub.router.composition.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.streamhub.router.composition.model.FieldSets;
import io.streamhub.router.composition.model.FieldUsage;
import io.streamhub.router.composition.model.Key;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Subgraph;
import io.streamhub.router.composition.model.SubgraphField;
import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.TypeKind;

/**
 * Gives Federation 1 subgraphs their Federation 2 meaning, the way Apollo's composition
 * upgrades them: key fields of type extensions are not external, type extensions become
 * definitions, unused {@code @external} fields disappear, keys on interfaces and
 * {@code @provides} on leaf fields are dropped, and fields (or value types) also defined
 * by other subgraphs become {@code @shareable}.
 */
public final class Fed1Upgrader {

	private static final Set<String> SHARED_ROOTS = Set.of("Query", "Mutation");

	private final List<Subgraph> all;

	private final List<Problem> problems;

	/**
	 * Non-external field coordinates of every subgraph, before any upgrade, by subgraph
	 * name.
	 */
	private final Map<String, Set<String>> resolvedFields = new HashMap<>();

	private Fed1Upgrader(List<Subgraph> all, List<Problem> problems) {
		this.all = all;
		this.problems = problems;
		for (Subgraph subgraph : all) {
			FieldUsage usage = FieldUsage.of(subgraph, new ArrayList<>());
			Set<String> resolved = new HashSet<>();
			subgraph.types()
				.values()
				.forEach((type) -> type.fields()
					.values()
					.stream()
					.filter((field) -> !field.external() || usage.isProvidedExternal(type.name(), field.name()))
					.forEach((field) -> resolved.add(type.name() + "." + field.name())));
			this.resolvedFields.put(subgraph.name(), resolved);
		}
	}

	/**
	 * Upgrades every Federation 1 subgraph of the list in place.
	 * @param subgraphs all subgraphs (Federation 2 ones are left alone but inform the
	 * upgrade)
	 * @param problems where problems are reported
	 */
	public static void upgrade(List<Subgraph> subgraphs, List<Problem> problems) {
		Fed1Upgrader upgrader = new Fed1Upgrader(subgraphs, problems);
		Map<String, Set<String>> firstKeyFields = upgrader.firstKeyFieldsByType();
		for (Subgraph subgraph : subgraphs) {
			if (!subgraph.fed2()) {
				upgrader.upgrade(subgraph, firstKeyFields);
			}
		}
	}

	private Map<String, Set<String>> firstKeyFieldsByType() {
		Map<String, Set<String>> byTypeAndSubgraph = new HashMap<>();
		for (Subgraph subgraph : this.all) {
			for (SubgraphType type : subgraph.types().values()) {
				if (type.keys().isEmpty() || type.kind() == TypeKind.INTERFACE && !subgraph.fed2()) {
					continue;
				}
				Set<String> fields = new HashSet<>();
				FieldSets.targets(subgraph, type.name(), type.keys().get(0).fields(), (error) -> {
				})
					.stream()
					.filter((target) -> target.parentType().equals(type.name()))
					.forEach((target) -> fields.add(target.field().name()));
				byTypeAndSubgraph.put(subgraph.name() + "/" + type.name(), fields);
			}
		}
		return byTypeAndSubgraph;
	}

	private void upgrade(Subgraph subgraph, Map<String, Set<String>> firstKeyFields) {
		Set<String> originallyShareable = originallyShareable(subgraph);
		for (SubgraphType type : subgraph.types().values()) {
			if (type.kind() == TypeKind.INTERFACE) {
				removeFederationDirectivesOnInterface(type);
			}
			if (type.kind().isComposite() && (type.isExtension() || isRootExtension(type))) {
				removeExternalOnExtensionKeys(subgraph, type, firstKeyFields);
			}
			if (type.hasExtension()) {
				type.removeExtension();
				List<Key> keys = type.keys()
					.stream()
					.map((key) -> new Key(key.fields(), key.resolvable(), false))
					.toList();
				type.keys().clear();
				type.keys().addAll(keys);
			}
			removeProvidesOnLeaves(subgraph, type);
		}
		removeUnusedExternals(subgraph);
		addShareable(subgraph, originallyShareable);
	}

	private static boolean isRootExtension(SubgraphType type) {
		return type.hasExtension() && Set.of("Query", "Mutation", "Subscription").contains(type.name());
	}

	private static Set<String> originallyShareable(Subgraph subgraph) {
		FieldUsage usage = FieldUsage.of(subgraph, new ArrayList<>());
		Set<String> shareable = new HashSet<>();
		subgraph.types()
			.values()
			.forEach((type) -> type.fields()
				.values()
				.stream()
				.filter((field) -> usage.isShareable(type, field))
				.forEach((field) -> shareable.add(type.name() + "." + field.name())));
		return shareable;
	}

	private static void removeFederationDirectivesOnInterface(SubgraphType type) {
		type.keys().clear();
		for (SubgraphField field : type.fields().values()) {
			field.external(false);
			field.requires(null);
			field.provides(null);
		}
	}

	private void removeExternalOnExtensionKeys(Subgraph subgraph, SubgraphType type,
			Map<String, Set<String>> firstKeyFields) {
		if (!type.keys().isEmpty()) {
			type.keys().forEach((key) -> FieldSets.targets(subgraph, type.name(), key.fields(), (error) -> {
			})
				.stream()
				.filter((target) -> target.parentType().equals(type.name()))
				.forEach((target) -> target.field().external(false)));
			return;
		}
		for (Subgraph other : this.all) {
			Set<String> keyFields = firstKeyFields.get(other.name() + "/" + type.name());
			if (other == subgraph || keyFields == null) {
				continue;
			}
			keyFields.stream()
				.map((name) -> type.fields().get(name))
				.filter((field) -> field != null)
				.forEach((field) -> field.external(false));
		}
	}

	private static void removeProvidesOnLeaves(Subgraph subgraph, SubgraphType type) {
		for (SubgraphField field : type.fields().values()) {
			SubgraphType target = subgraph.types().get(field.type().baseName());
			if (field.provides() != null && (target == null || !target.kind().isComposite())) {
				field.provides(null);
			}
		}
	}

	private void removeUnusedExternals(Subgraph subgraph) {
		FieldUsage usage = FieldUsage.of(subgraph, this.problems);
		for (SubgraphType type : List.copyOf(subgraph.types().values())) {
			if (type.kind() != TypeKind.OBJECT && type.kind() != TypeKind.INTERFACE) {
				continue;
			}
			type.fields().values().removeIf((field) -> field.external() && !usage.isUsed(type.name(), field.name()));
			if (type.fields().isEmpty()) {
				removeEmptyType(subgraph, type);
			}
		}
	}

	private void removeEmptyType(Subgraph subgraph, SubgraphType type) {
		boolean referenced = subgraph.types().values().stream().anyMatch((other) -> references(other, type.name()));
		if (referenced) {
			this.problems.add(Problem.of("TYPE_WITH_ONLY_UNUSED_EXTERNAL", subgraph.name(), type.name(), "Type "
					+ type.name()
					+ " contains only external fields and all those fields are all unused (they do not appear in any @key, @provides or @requires)."));
			return;
		}
		subgraph.types().remove(type.name());
	}

	private static boolean references(SubgraphType other, String typeName) {
		return other.fields().values().stream().anyMatch((field) -> field.type().baseName().equals(typeName))
				|| other.members().contains(typeName) || other.interfaces().contains(typeName);
	}

	private void addShareable(Subgraph subgraph, Set<String> originallyShareable) {
		for (SubgraphType type : subgraph.types().values()) {
			if (type.kind() != TypeKind.OBJECT || type.name().equals("Subscription")) {
				continue;
			}
			if (!type.keys().isEmpty() || SHARED_ROOTS.contains(type.name())) {
				type.fields()
					.values()
					.stream()
					.filter((field) -> !originallyShareable.contains(type.name() + "." + field.name()))
					.filter((field) -> resolvedElsewhere(subgraph, type.name() + "." + field.name()))
					.forEach((field) -> field.shareable(true));
			}
			else if (definedElsewhere(subgraph, type.name())) {
				type.shareable(true);
				type.fields().values().forEach((field) -> field.shareable(true));
			}
		}
	}

	private boolean resolvedElsewhere(Subgraph subgraph, String coordinate) {
		return this.all.stream()
			.anyMatch((other) -> other != subgraph && this.resolvedFields.get(other.name()).contains(coordinate));
	}

	private boolean definedElsewhere(Subgraph subgraph, String typeName) {
		return this.all.stream().anyMatch((other) -> other != subgraph && other.types().containsKey(typeName));
	}

}
