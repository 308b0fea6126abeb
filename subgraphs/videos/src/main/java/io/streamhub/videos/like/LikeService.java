package io.streamhub.videos.like;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.events.OutboxWriter;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.videos.video.Video;
import io.streamhub.videos.video.VideoEvents;
import io.streamhub.videos.video.VideoService;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Like and unlike, both idempotent: only a real change moves {@code likeCount} and emits
 * {@code video.counters}.
 */
@Service
class LikeService {

	private final LikeRepository repository;

	private final VideoService videos;

	private final OutboxWriter outbox;

	private final TransactionalOperator transactions;

	private final Clock clock;

	LikeService(LikeRepository repository, VideoService videos, OutboxWriter outbox, TransactionalOperator transactions,
			Clock clock) {
		this.repository = repository;
		this.videos = videos;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	Mono<Video> like(AuthenticatedUser viewer, UUID videoId) {
		Mono<Video> like = this.videos.findVisible(videoId, Optional.of(viewer))
			.flatMap((video) -> this.repository.insert(videoId, viewer.id(), this.clock.instant())
				.flatMap((inserted) -> inserted ? count(videoId, 1, viewer.id()) : Mono.just(video)));
		return this.transactions.transactional(like);
	}

	Mono<Video> unlike(AuthenticatedUser viewer, UUID videoId) {
		Mono<Video> unlike = this.videos.findVisible(videoId, Optional.of(viewer))
			.flatMap((video) -> this.repository.delete(videoId, viewer.id())
				.flatMap((deleted) -> deleted ? count(videoId, -1, viewer.id()) : Mono.just(video)));
		return this.transactions.transactional(unlike);
	}

	private Mono<Video> count(UUID videoId, int delta, UUID actor) {
		return this.repository.addToCount(videoId, delta)
			.flatMap(
					(video) -> this.outbox
						.append(VideoEvents.STREAM,
								VideoEvents
									.of(VideoEvents.COUNTERS, videoId, actor,
											Map.of("videoId", videoId.toString(), "likeCount", video.likeCount(),
													"viewCount", video.viewCount())))
						.thenReturn(video));
	}

}
