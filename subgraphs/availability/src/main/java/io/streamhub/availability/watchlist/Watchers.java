package io.streamhub.availability.watchlist;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Who watches which video: the recipients of availability notifications and the hot sync
 * tier.
 */
@Component
public class Watchers {

	private final WatchlistRepository repository;

	Watchers(WatchlistRepository repository) {
		this.repository = repository;
	}

	/**
	 * The users with each video on their watchlist who may still see it (one statement).
	 * @param videoIds the videos
	 * @return user ids by video (videos nobody watches are absent)
	 */
	public Mono<Map<UUID, List<UUID>>> of(Collection<UUID> videoIds) {
		if (videoIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.repository.watchers(videoIds);
	}

	/**
	 * The videos on at least some number of watchlists.
	 * @param minimum the number of watchlists
	 * @return the video ids
	 */
	public Flux<UUID> watchedVideos(int minimum) {
		return this.repository.watchedVideos(minimum);
	}

}
