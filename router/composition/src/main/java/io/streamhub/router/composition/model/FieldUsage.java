package io.streamhub.router.composition.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which fields of one subgraph its {@code @key}, {@code @requires} and {@code @provides}
 * field sets select, and from that which fields are shareable without saying so.
 */
public final class FieldUsage {

	private final Subgraph subgraph;

	private final Set<String> keyFields = new HashSet<>();

	private final Set<String> usedFields = new HashSet<>();

	private final Set<String> providedExternals = new HashSet<>();

	private FieldUsage(Subgraph subgraph) {
		this.subgraph = subgraph;
	}

	/**
	 * Computes the usage of a subgraph's fields.
	 * @param subgraph the subgraph
	 * @param problems where invalid field sets are reported (null to ignore them)
	 * @return the usage
	 */
	public static FieldUsage of(Subgraph subgraph, List<Problem> problems) {
		FieldUsage usage = new FieldUsage(subgraph);
		for (SubgraphType type : subgraph.types().values()) {
			usage.collectKeys(type, problems);
			for (SubgraphField field : type.fields().values()) {
				usage.collectRequires(type, field, problems);
				usage.collectProvides(type, field, problems);
			}
		}
		return usage;
	}

	private void collectKeys(SubgraphType type, List<Problem> problems) {
		for (Key key : type.keys()) {
			for (FieldSets.Target target : targets(type.name(), key.fields(), "KEY_INVALID_FIELDS", "@key", problems)) {
				this.keyFields.add(target.coordinate());
				this.usedFields.add(target.coordinate());
			}
		}
	}

	private void collectRequires(SubgraphType type, SubgraphField field, List<Problem> problems) {
		if (field.requires() == null) {
			return;
		}
		targets(type.name(), field.requires(), "REQUIRES_INVALID_FIELDS", "@requires", problems)
			.forEach((target) -> this.usedFields.add(target.coordinate()));
	}

	private void collectProvides(SubgraphType type, SubgraphField field, List<Problem> problems) {
		if (field.provides() == null) {
			return;
		}
		String providedType = field.type().baseName();
		for (FieldSets.Target target : targets(providedType, field.provides(), "PROVIDES_INVALID_FIELDS", "@provides",
				problems)) {
			this.usedFields.add(target.coordinate());
			if (target.field().external()) {
				this.providedExternals.add(target.coordinate());
			}
		}
	}

	private List<FieldSets.Target> targets(String typeName, String fieldSet, String code, String directive,
			List<Problem> problems) {
		return FieldSets.targets(this.subgraph, typeName, fieldSet, (error) -> problems
			.add(Problem.of(code, this.subgraph.name(), typeName,
					"On type \"" + typeName + "\", for " + directive + "(fields: \"" + fieldSet + "\"): " + error)));
	}

	/**
	 * Whether the field is external but some {@code @provides} of the subgraph provides
	 * it (it is then only partially external: the subgraph resolves it on the provided
	 * paths).
	 * @param typeName the declaring type
	 * @param fieldName the field
	 * @return true for a provided external field
	 */
	public boolean isProvidedExternal(String typeName, String fieldName) {
		return this.providedExternals.contains(typeName + "." + fieldName);
	}

	public boolean isKeyField(String typeName, String fieldName) {
		return this.keyFields.contains(typeName + "." + fieldName);
	}

	/**
	 * Whether a federation field set of the subgraph selects the field.
	 * @param typeName the declaring type
	 * @param fieldName the field
	 * @return true when a @key, @requires or @provides selects it
	 */
	public boolean isUsed(String typeName, String fieldName) {
		return this.usedFields.contains(typeName + "." + fieldName);
	}

	/**
	 * Whether the field may be resolved by several subgraphs from this one's point of
	 * view.
	 * @param type the declaring type
	 * @param field the field
	 * @return true when the field is @shareable, a key field, or an external field that
	 * is provided
	 */
	public boolean isShareable(SubgraphType type, SubgraphField field) {
		String coordinate = type.name() + "." + field.name();
		return field.shareable() || this.keyFields.contains(coordinate) || this.providedExternals.contains(coordinate);
	}

}
