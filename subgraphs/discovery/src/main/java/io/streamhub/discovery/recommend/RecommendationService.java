package io.streamhub.discovery.recommend;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.streamhub.discovery.activity.ActivityRepository;
import io.streamhub.platform.ids.Ids;
import io.streamhub.discovery.generated.types.TrendingWindow;
import io.streamhub.discovery.index.ElasticsearchCalls;
import io.streamhub.discovery.index.VideoIndex;
import io.streamhub.discovery.trending.TrendingService;
import io.streamhub.discovery.video.MoreLikeThis;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Recommendations for a signed-in user, in one search: {@code more_like_this} over the
 * user's latest likes, OR a recent upload (last 30 days, boosted) of a creator the user
 * follows; never the user's own videos nor one they liked. With neither likes nor follows
 * (cold start), or no match, trending of the day.
 * <p>
 * Where the likes come from: video.counters events whose actor's like moved the count
 * (likeVideo/unlikeVideo emit them with the user as actor). The videos service emits no
 * per-user view events (recordView is anonymous and buffered), so "watched" videos are
 * not used.
 */
@Service
class RecommendationService {

	static final int LIKES_CONSIDERED = 20;

	static final int FOLLOWS_CONSIDERED = 500;

	static final Duration RECENT = Duration.ofDays(30);

	private final ElasticsearchAsyncClient client;

	private final VideoIndex index;

	private final ActivityRepository activity;

	private final TrendingService trending;

	private final Clock clock;

	RecommendationService(ElasticsearchAsyncClient client, VideoIndex index, ActivityRepository activity,
			TrendingService trending, Clock clock) {
		this.client = client;
		this.index = index;
		this.activity = activity;
		this.trending = trending;
		this.clock = clock;
	}

	Mono<List<UUID>> recommend(UUID userId, int first) {
		return Mono
			.zip(this.activity.likedVideos(userId, LIKES_CONSIDERED),
					this.activity.followees(userId, FOLLOWS_CONSIDERED))
			.flatMap((known) -> {
				List<UUID> liked = known.getT1();
				List<UUID> followed = known.getT2();
				if (liked.isEmpty() && followed.isEmpty()) {
					return trending(liked, first);
				}
				return search(userId, liked, followed, first)
					.flatMap((found) -> found.isEmpty() ? trending(liked, first) : Mono.just(found));
			});
	}

	private Mono<List<UUID>> trending(List<UUID> liked, int first) {
		return this.trending.top(TrendingWindow.DAY, first + liked.size())
			.map((ids) -> ids.stream().filter((id) -> !liked.contains(id)).limit(first).toList());
	}

	private Mono<List<UUID>> search(UUID userId, List<UUID> liked, List<UUID> followed, int first) {
		String alias = this.index.alias();
		List<String> likedIds = liked.stream().map(UUID::toString).toList();
		List<FieldValue> creators = followed.stream().map((id) -> FieldValue.of(id.toString())).toList();
		String since = this.clock.instant().minus(RECENT).toString();
		Query fromFollows = Query.of((q) -> q
			.bool((b) -> b.filter((f) -> f.terms((t) -> t.field("creatorId").terms((v) -> v.value(creators))))
				.filter((f) -> f.range((r) -> r.date((d) -> d.field("publishedAt").gte(since))))
				.boost(2.0f)));
		Query query = Query.of((q) -> q.bool((b) -> {
			if (!likedIds.isEmpty()) {
				b.should(MoreLikeThis.like(alias, likedIds));
			}
			if (!creators.isEmpty()) {
				b.should(fromFollows);
			}
			return b.minimumShouldMatch("1")
				.mustNot((n) -> n.ids((i) -> i.values(likedIds)))
				.mustNot((n) -> n.term((t) -> t.field("creatorId").value(userId.toString())));
		}));
		return ElasticsearchCalls
			.call(() -> this.client
				.search((s) -> s.index(alias).size(first).source((src) -> src.fetch(false)).query(query), Void.class))
			.map((response) -> response.hits()
				.hits()
				.stream()
				.map(Hit::id)
				.flatMap((id) -> Ids.tryParse(id).stream())
				.toList());
	}

}
