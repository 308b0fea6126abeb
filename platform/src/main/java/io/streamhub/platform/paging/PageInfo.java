package io.streamhub.platform.paging;

import org.jspecify.annotations.Nullable;

/**
 * The GraphQL {@code PageInfo} (forward pagination only: no previous page).
 *
 * @param hasNextPage whether more rows follow
 * @param hasPreviousPage always false for forward pagination
 * @param startCursor the first edge's cursor
 * @param endCursor the last edge's cursor
 */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
		@Nullable String endCursor) {

}
