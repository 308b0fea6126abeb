package io.streamhub.availability.ingest;

import java.util.List;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.streamhub.availability.offer.TitleSnapshot;
import reactor.core.publisher.Mono;

/**
 * A platform's feed: what it offers of some videos.
 */
public interface PlatformFeed {

	/**
	 * The platform's slug.
	 * @return the slug
	 */
	String slug();

	/**
	 * The platform's display name.
	 * @return the name
	 */
	String name();

	/**
	 * Video ids per request.
	 * @return the batch size
	 */
	int batchSize();

	/**
	 * What the platform offers of the videos: one snapshot per requested video (a video
	 * the feed does not list is offered nowhere).
	 * @param videoIds the videos, at most {@link #batchSize()}
	 * @return the snapshots; an error when the platform failed, was too slow, or its
	 * circuit is open or its rate limit exhausted
	 */
	Mono<List<TitleSnapshot>> fetch(List<UUID> videoIds);

	/**
	 * The circuit breaker guarding the feed.
	 * @return the circuit breaker
	 */
	CircuitBreaker circuitBreaker();

}
