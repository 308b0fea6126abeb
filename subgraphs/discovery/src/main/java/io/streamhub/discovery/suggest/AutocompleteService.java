package io.streamhub.discovery.suggest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import io.streamhub.discovery.index.ElasticsearchCalls;
import io.streamhub.discovery.index.VideoIndex;
import io.streamhub.discovery.video.Video;
import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Title suggestions from the completion suggester (fuzzy, duplicates skipped by
 * Elasticsearch and again case-insensitively here).
 */
@Service
class AutocompleteService {

	private static final String SUGGESTER = "titles";

	private final ElasticsearchAsyncClient client;

	private final VideoIndex index;

	AutocompleteService(ElasticsearchAsyncClient client, VideoIndex index) {
		this.client = client;
		this.index = index;
	}

	Mono<List<Suggestion>> suggest(@Nullable String prefix, @Nullable Integer first) {
		String text = (prefix != null) ? prefix.strip() : "";
		if (text.isEmpty() || text.length() > 100) {
			return Mono.error(new BadUserInputException("prefix", "Must be 1-100 characters"));
		}
		int size = (first != null) ? first : 5;
		if (size < 1 || size > 10) {
			return Mono.error(new BadUserInputException("first", "Must be between 1 and 10"));
		}
		return ElasticsearchCalls
			.call(() -> this.client.search((s) -> s.index(this.index.alias())
				.source((src) -> src.fetch(false))
				.suggest((sg) -> sg.suggesters(SUGGESTER,
						(fs) -> fs.prefix(text)
							.completion((c) -> c.field("suggest")
								.size(size * 2)
								.skipDuplicates(true)
								.fuzzy((f) -> f.fuzziness("AUTO"))))),
					Void.class))
			.map((response) -> suggestions(response, size));
	}

	private static List<Suggestion> suggestions(SearchResponse<Void> response, int size) {
		Map<String, Suggestion> unique = new LinkedHashMap<>();
		response.suggest()
			.getOrDefault(SUGGESTER, List.of())
			.stream()
			.flatMap((suggestion) -> suggestion.completion().options().stream())
			.map(AutocompleteService::suggestion)
			.forEach((suggestion) -> unique.putIfAbsent(suggestion.text().toLowerCase(Locale.ROOT), suggestion));
		return unique.values().stream().limit(size).toList();
	}

	private static Suggestion suggestion(CompletionSuggestOption<Void> option) {
		return new Suggestion(option.text(), new Video(String.valueOf(option.id())));
	}

	/**
	 * A suggestion (GraphQL {@code Suggestion}).
	 *
	 * @param text the title
	 * @param video the video
	 */
	record Suggestion(String text, Video video) {

	}

}
