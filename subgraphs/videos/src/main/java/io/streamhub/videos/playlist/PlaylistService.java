package io.streamhub.videos.playlist;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.errors.ForbiddenException;
import io.streamhub.platform.errors.NotFoundException;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.videos.video.VideoService;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Playlist changes. Item changes lock the playlist row, so concurrent changes of one
 * playlist are serialized and positions stay dense.
 */
@Service
class PlaylistService {

	private final PlaylistRepository repository;

	private final VideoService videos;

	private final TransactionalOperator transactions;

	private final Clock clock;

	PlaylistService(PlaylistRepository repository, VideoService videos, TransactionalOperator transactions,
			Clock clock) {
		this.repository = repository;
		this.videos = videos;
		this.transactions = transactions;
		this.clock = clock;
	}

	Mono<Playlist> create(AuthenticatedUser viewer, PlaylistChange change) {
		return this.repository.insert(UUID.randomUUID(), viewer.id(), change, this.clock.instant());
	}

	Mono<Playlist> update(AuthenticatedUser viewer, UUID id, PlaylistChange change) {
		return inTransaction(lockOwned(id, viewer).then(this.repository.update(id, change, this.clock.instant())));
	}

	Mono<Boolean> delete(AuthenticatedUser viewer, UUID id) {
		return inTransaction(lockOwned(id, viewer).then(this.repository.delete(id)).thenReturn(true));
	}

	Mono<Playlist> add(AuthenticatedUser viewer, UUID id, UUID videoId) {
		Mono<Playlist> add = lockOwned(id, viewer)
			.flatMap((playlist) -> this.videos.findVisible(videoId, Optional.of(viewer))
				.then(this.repository.append(id, videoId, this.clock.instant()))
				.thenReturn(playlist));
		return inTransaction(add);
	}

	Mono<Playlist> remove(AuthenticatedUser viewer, UUID id, UUID videoId) {
		Mono<Playlist> remove = lockOwned(id, viewer).flatMap((playlist) -> this.repository.positionOf(id, videoId)
			.flatMap((position) -> this.repository.remove(id, videoId, position))
			.thenReturn(playlist));
		return inTransaction(remove);
	}

	Mono<Playlist> move(AuthenticatedUser viewer, UUID id, UUID videoId, int position) {
		Mono<Playlist> move = lockOwned(id, viewer).flatMap((playlist) -> this.repository.positionOf(id, videoId)
			.switchIfEmpty(Mono.error(() -> new NotFoundException("The video is not in this playlist")))
			.zipWith(this.repository.size(id))
			.flatMap((current) -> this.repository.move(id, videoId, current.getT1(),
					Math.max(0, Math.min(position, current.getT2() - 1))))
			.thenReturn(playlist));
		return inTransaction(move);
	}

	private Mono<Playlist> lockOwned(UUID id, AuthenticatedUser viewer) {
		return this.repository.lock(id)
			.filter((playlist) -> playlist.visibleTo(Optional.of(viewer)))
			.switchIfEmpty(Mono.error(() -> new NotFoundException("No such playlist")))
			.flatMap((playlist) -> playlist.ownerId().equals(viewer.id()) ? Mono.just(playlist)
					: Mono.error(new ForbiddenException("Only the playlist's owner may change it")));
	}

	private <T> Mono<T> inTransaction(Mono<T> work) {
		return this.transactions.transactional(work);
	}

}
