package io.streamhub.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A page of edges: the GraphQL {@code *Connection} types.
 *
 * @param <E> the edge type
 * @param edges the edges, in order
 * @param pageInfo where the page sits
 */
public record Connection<E>(List<E> edges, PageInfo pageInfo) {

	public Connection {
		edges = List.copyOf(edges);
	}

	/**
	 * Builds a page from rows fetched with {@code LIMIT first + 1}: the extra row only
	 * tells that there is a next page.
	 * @param <E> the edge type
	 * @param rows the fetched rows
	 * @param first the requested size
	 * @param cursorOf the cursor of an edge
	 * @return the page
	 */
	public static <E> Connection<E> of(List<E> rows, int first, Function<E, Cursor> cursorOf) {
		boolean hasNext = rows.size() > first;
		List<E> edges = hasNext ? rows.subList(0, first) : rows;
		String start = edges.isEmpty() ? null : cursorOf.apply(edges.get(0)).encode();
		String end = edges.isEmpty() ? null : cursorOf.apply(edges.get(edges.size() - 1)).encode();
		return new Connection<>(edges, new PageInfo(hasNext, false, start, end));
	}

}
