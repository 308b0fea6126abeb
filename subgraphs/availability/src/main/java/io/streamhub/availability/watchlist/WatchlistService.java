package io.streamhub.availability.watchlist;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.streamhub.availability.access.VideoAccessService;
import io.streamhub.platform.paging.Connection;
import io.streamhub.platform.paging.PageRequest;
import io.streamhub.platform.security.AuthenticatedUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Watchlists: adding needs a video the user may see; both changes are idempotent.
 */
@Service
class WatchlistService {

	private final WatchlistRepository repository;

	private final VideoAccessService videos;

	private final Clock clock;

	WatchlistService(WatchlistRepository repository, VideoAccessService videos, Clock clock) {
		this.repository = repository;
		this.videos = videos;
		this.clock = clock;
	}

	Mono<WatchlistEntry> add(AuthenticatedUser viewer, UUID videoId) {
		return this.videos.requireVisible(videoId, viewer)
			.then(Mono.defer(() -> this.repository.add(viewer.id(), videoId,
					this.clock.instant().truncatedTo(ChronoUnit.MICROS))));
	}

	Mono<Boolean> remove(AuthenticatedUser viewer, UUID videoId) {
		return this.repository.remove(viewer.id(), videoId).thenReturn(true);
	}

	Mono<Connection<WatchlistEdge>> page(UUID userId, PageRequest page) {
		return this.repository.page(userId, page)
			.map(WatchlistEdge::new)
			.collectList()
			.map((rows) -> Connection.of(rows, page.first(), (edge) -> edge.node().position()));
	}

}
