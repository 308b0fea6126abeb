package io.streamhub.discovery.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.streamhub.discovery.generated.types.SearchSort;
import io.streamhub.discovery.index.ElasticsearchCalls;
import io.streamhub.discovery.index.VideoIndex;
import io.streamhub.discovery.video.Video;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Full-text search. The user's text only ever reaches Elasticsearch as the text of a
 * {@code multi_match} query (never {@code query_string}), so operators and query syntax
 * are searched for, not interpreted. Pages continue with {@code search_after} on the sort
 * values plus the video id as a tie-breaker; there is no offset paging.
 */
@Service
class SearchService {

	/** totalCount is exact up to this many matches (counting all of them costs). */
	static final int MAX_EXACT_TOTAL = 10_000;

	private final ElasticsearchAsyncClient client;

	private final VideoIndex index;

	SearchService(ElasticsearchAsyncClient client, VideoIndex index) {
		this.client = client;
		this.index = index;
	}

	Mono<SearchResults.Connection> search(SearchQuery query, @Nullable String after) {
		List<FieldValue> searchAfter = (after != null) ? SearchCursor.decode(query, after) : List.of();
		SearchRequest request = request(query, searchAfter);
		return ElasticsearchCalls.call(() -> this.client.search(request, Void.class))
			.map((response) -> connection(query, response, !searchAfter.isEmpty()));
	}

	SearchRequest request(SearchQuery query, List<FieldValue> searchAfter) {
		return SearchRequest.of((s) -> {
			s.index(this.index.alias())
				.size(query.first() + 1)
				.source((src) -> src.fetch(false))
				.trackTotalHits((t) -> t.count(MAX_EXACT_TOTAL))
				.query(query(query))
				.sort(sort(query.sort()))
				.highlight((h) -> h.encoder(HighlighterEncoder.Html)
					.fields("title", (f) -> f.numberOfFragments(0))
					.fields("tags", (f) -> f.numberOfFragments(0))
					.fields("description", (f) -> f.fragmentSize(150).numberOfFragments(2)));
			if (!searchAfter.isEmpty()) {
				s.searchAfter(searchAfter);
			}
			return s;
		});
	}

	private static Query query(SearchQuery query) {
		List<Query> filters = new ArrayList<>();
		if (query.category() != null) {
			filters.add(Query.of((q) -> q.term((t) -> t.field("category").value(query.category()))));
		}
		query.tags().forEach((tag) -> filters.add(Query.of((q) -> q.term((t) -> t.field("tags.keyword").value(tag)))));
		if (query.durationMin() != null || query.durationMax() != null) {
			filters.add(Query.of((q) -> q.range((r) -> r.number((n) -> {
				n.field("durationSeconds");
				if (query.durationMin() != null) {
					n.gte(query.durationMin());
				}
				if (query.durationMax() != null) {
					n.lte(query.durationMax());
				}
				return n;
			}))));
		}
		if (query.publishedAfter() != null) {
			String after = query.publishedAfter().toInstant().toString();
			filters.add(Query.of((q) -> q.range((r) -> r.date((d) -> d.field("publishedAt").gt(after)))));
		}
		return Query.of((q) -> q.bool((b) -> b.must((m) -> m.multiMatch((mm) -> mm.query(query.text())
			.fields("title^3", "tags^2", "description")
			.type(TextQueryType.BestFields)
			.fuzziness("AUTO"))).filter(filters)));
	}

	private static List<SortOptions> sort(SearchSort sort) {
		SortOptions tieBreaker = SortOptions.of((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)));
		if (sort == SearchSort.VIEWS) {
			return List.of(SortOptions.of((o) -> o.field((f) -> f.field("viewCount").order(SortOrder.Desc))),
					tieBreaker);
		}
		if (sort == SearchSort.NEWEST) {
			return List.of(
					SortOptions.of((o) -> o
						.field((f) -> f.field("publishedAt").order(SortOrder.Desc).missing(FieldValue.of("_last")))),
					tieBreaker);
		}
		return List.of(SortOptions.of((o) -> o.score((sc) -> sc.order(SortOrder.Desc))), tieBreaker);
	}

	private static SearchResults.Connection connection(SearchQuery query, SearchResponse<Void> response,
			boolean continued) {
		List<Hit<Void>> hits = response.hits().hits();
		boolean hasNext = hits.size() > query.first();
		List<SearchResults.Edge> edges = hits.stream()
			.limit(query.first())
			.map((hit) -> new SearchResults.Edge(SearchCursor.encode(query, hit.sort()), new Video(hit.id()),
					highlights(hit.highlight())))
			.toList();
		long total = (response.hits().total() != null) ? response.hits().total().value() : edges.size();
		SearchResults.PageInfo page = new SearchResults.PageInfo(hasNext, continued,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new SearchResults.Connection(edges, page, (int) Math.min(Integer.MAX_VALUE, total));
	}

	private static List<SearchResults.Highlight> highlights(Map<String, List<String>> highlight) {
		return highlight.entrySet()
			.stream()
			.map((entry) -> new SearchResults.Highlight(entry.getKey(), entry.getValue()))
			.sorted(java.util.Comparator.comparing(SearchResults.Highlight::field))
			.toList();
	}

}
