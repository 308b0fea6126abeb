package io.streamhub.discovery.search;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.streamhub.discovery.generated.types.SearchFilter;
import io.streamhub.discovery.generated.types.SearchSort;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * {@code Query.search}.
 */
@DgsComponent
class SearchDataFetcher {

	private final SearchService search;

	SearchDataFetcher(SearchService search) {
		this.search = search;
	}

	@DgsQuery
	Mono<SearchResults.Connection> search(@InputArgument String query, @InputArgument @Nullable SearchFilter filter,
			@InputArgument @Nullable SearchSort sort, @InputArgument @Nullable Integer first,
			@InputArgument @Nullable String after) {
		return Mono.defer(() -> this.search.search(SearchQuery.of(query, filter, sort, first), after));
	}

}
