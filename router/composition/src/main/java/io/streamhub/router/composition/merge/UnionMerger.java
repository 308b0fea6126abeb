package io.streamhub.router.composition.merge;

import java.util.ArrayList;

import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.SupergraphType;

/**
 * Merges unions: union of members, with {@code @join__unionMember} per subgraph and
 * member.
 */
final class UnionMerger {

	private final MergeContext context;

	UnionMerger(MergeContext context) {
		this.context = context;
	}

	/**
	 * Records the members (done before fields are merged, as field type subtyping depends
	 * on it).
	 * @param sources the union in each subgraph
	 * @param target the supergraph union
	 */
	void addMembers(Sources<SubgraphType> sources, SupergraphType target) {
		for (int i = 0; i < sources.size(); i++) {
			SubgraphType type = sources.element(i);
			if (type == null) {
				continue;
			}
			for (String member : type.members()) {
				target.members().computeIfAbsent(member, (name) -> new ArrayList<>()).add(this.context.graph(i));
			}
		}
	}

	void merge(Sources<SubgraphType> sources, SupergraphType target) {
		JoinTypes.add(this.context, sources, target);
	}

}
