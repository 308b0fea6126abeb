package io.streamhub.router.planning.plan;

import java.util.List;

/**
 * What an entity fetch sends for objects of one type: the selection copied from the
 * response data into each representation ({@code __typename}, key fields,
 * {@code @requires} fields).
 *
 * @param typeName the object type found in the response data
 * @param representationTypename the {@code __typename} the target subgraph expects
 * (differs for interface objects)
 * @param selections the selections copied into the representation
 */
public record EntityInput(String typeName, String representationTypename, List<Selection> selections) {

	public EntityInput {
		selections = List.copyOf(selections);
	}

}
