package io.streamhub.discovery.suggest;

import java.util.List;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * {@code Query.autocomplete}.
 */
@DgsComponent
class AutocompleteDataFetcher {

	private final AutocompleteService service;

	AutocompleteDataFetcher(AutocompleteService service) {
		this.service = service;
	}

	@DgsQuery
	Mono<List<AutocompleteService.Suggestion>> autocomplete(@InputArgument String prefix,
			@InputArgument @Nullable Integer first) {
		return this.service.suggest(prefix, first);
	}

}
