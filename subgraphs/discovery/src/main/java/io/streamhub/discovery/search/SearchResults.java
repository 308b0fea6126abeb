package io.streamhub.discovery.search;

import java.util.List;

import io.streamhub.discovery.video.Video;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL shapes of a search result (fields resolved by name).
 */
final class SearchResults {

	private SearchResults() {
	}

	record Connection(List<Edge> edges, PageInfo pageInfo, int totalCount) {

		Connection {
			edges = List.copyOf(edges);
		}

	}

	record Edge(String cursor, Video node, List<Highlight> highlights) {

		Edge {
			highlights = List.copyOf(highlights);
		}

	}

	record Highlight(String field, List<String> snippets) {

		Highlight {
			snippets = List.copyOf(snippets);
		}

	}

	record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {

	}

}
