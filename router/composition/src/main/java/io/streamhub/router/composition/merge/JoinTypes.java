package io.streamhub.router.composition.merge;

import io.streamhub.router.composition.model.JoinType;
import io.streamhub.router.composition.model.Key;
import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.SupergraphType;

/**
 * Adds {@code @join__type} for every subgraph defining the type: one per key, or one
 * without key.
 */
final class JoinTypes {

	private JoinTypes() {
	}

	static void add(MergeContext context, Sources<SubgraphType> sources, SupergraphType target) {
		for (int i = 0; i < sources.size(); i++) {
			SubgraphType type = sources.element(i);
			if (type == null) {
				continue;
			}
			String graph = context.graph(i);
			if (type.keys().isEmpty()) {
				target.joinTypes().add(new JoinType(graph, null, false, true, type.interfaceObject()));
			}
			for (Key key : type.keys()) {
				target.joinTypes()
					.add(new JoinType(graph, key.fields(), key.extension() || type.extendsDirective(), key.resolvable(),
							type.interfaceObject()));
			}
		}
	}

}
