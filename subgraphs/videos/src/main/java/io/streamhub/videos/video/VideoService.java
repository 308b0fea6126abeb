package io.streamhub.videos.video;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.platform.errors.ForbiddenException;
import io.streamhub.platform.errors.NotFoundException;
import io.streamhub.platform.events.OutboxWriter;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.paging.Connection;
import io.streamhub.platform.paging.Cursor;
import io.streamhub.platform.paging.PageRequest;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Creating, listing, updating and deleting videos. Every change commits with its event on
 * {@code events:videos}.
 */
@Service
public class VideoService {

	private final VideoRepository repository;

	private final OutboxWriter outbox;

	private final TransactionalOperator transactions;

	private final Clock clock;

	VideoService(VideoRepository repository, OutboxWriter outbox, TransactionalOperator transactions, Clock clock) {
		this.repository = repository;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Inserts a new video with its {@code video.created} event.
	 * @param video the video
	 * @return the video once committed
	 */
	public Mono<Video> create(Video video) {
		Mono<Video> insert = this.repository.insert(video)
			.then(this.outbox.append(VideoEvents.STREAM, VideoEvents.of(VideoEvents.CREATED, video, video.ownerId())))
			.thenReturn(video);
		return this.transactions.transactional(insert);
	}

	/**
	 * Locks a video the viewer owns (or administers), inside the caller's transaction.
	 * @param id the video
	 * @param viewer the viewer
	 * @return the video; NOT_FOUND when missing or invisible to the viewer, FORBIDDEN
	 * when visible but not theirs
	 */
	public Mono<Video> lockOwned(UUID id, AuthenticatedUser viewer) {
		return this.repository.lock(id)
			.switchIfEmpty(Mono.error(() -> new NotFoundException("No such video")))
			.flatMap((video) -> checkOwner(video, viewer));
	}

	/**
	 * A video the viewer may see, for mutations that act on visible videos (likes, views,
	 * playlists).
	 * @param id the video
	 * @param viewer the viewer
	 * @return the video, or NOT_FOUND
	 */
	public Mono<Video> findVisible(UUID id, Optional<AuthenticatedUser> viewer) {
		return this.repository.findById(id)
			.filter((video) -> VideoAccess.canSee(video, viewer))
			.switchIfEmpty(Mono.error(() -> new NotFoundException("No such video")));
	}

	Mono<Connection<VideoEdge>> list(VideoFilter filter, VideoOrder order, PageRequest page,
			Optional<AuthenticatedUser> viewer) {
		boolean seeAll = filter.creatorId() != null && VideoAccess.isOwnerOrAdmin(viewer, filter.creatorId());
		Cursor after = page.after();
		Object afterKey = (after != null) ? bindable(order, after) : null;
		UUID afterId = (after != null) ? after.id() : null;
		return this.repository.list(filter, !seeAll, order, page.first() + 1, afterKey, afterId)
			.map((video) -> new VideoEdge(video, new Cursor(order.name(), order.key(video), video.id())))
			.collectList()
			.map((rows) -> Connection.of(rows, page.first(), VideoEdge::position));
	}

	Mono<Video> update(UUID id, VideoChange change, AuthenticatedUser viewer) {
		Mono<Video> update = lockOwned(id, viewer)
			.flatMap((before) -> this.repository.update(id, change, this.clock.instant())
				.flatMap((after) -> announceUpdate(before, after, viewer.id())));
		return this.transactions.transactional(update);
	}

	Mono<Boolean> delete(UUID id, AuthenticatedUser viewer) {
		Mono<Boolean> delete = lockOwned(id, viewer)
			.flatMap((video) -> this.repository.softDelete(id, this.clock.instant())
				.then(this.outbox.append(VideoEvents.STREAM, VideoEvents.of(VideoEvents.DELETED, video, viewer.id())))
				.thenReturn(true));
		return this.transactions.transactional(delete);
	}

	private Mono<Video> announceUpdate(Video before, Video after, UUID actor) {
		Mono<Void> updated = this.outbox.append(VideoEvents.STREAM, VideoEvents.of(VideoEvents.UPDATED, after, actor));
		if (before.visibility() == after.visibility()) {
			return updated.thenReturn(after);
		}
		return updated
			.then(this.outbox.append(VideoEvents.STREAM, VideoEvents.of(VideoEvents.VISIBILITY_CHANGED, after, actor)))
			.thenReturn(after);
	}

	private static Mono<Video> checkOwner(Video video, AuthenticatedUser viewer) {
		Optional<AuthenticatedUser> current = Optional.of(viewer);
		if (VideoAccess.isOwnerOrAdmin(current, video.ownerId())) {
			return Mono.just(video);
		}
		if (!VideoAccess.canSee(video, current)) {
			return Mono.error(new NotFoundException("No such video"));
		}
		return Mono.error(new ForbiddenException("Only the video's owner may do this"));
	}

	private static Object bindable(VideoOrder order, Cursor after) {
		try {
			return order.bindable(after.key());
		}
		catch (RuntimeException ex) {
			throw new BadUserInputException("after", "Not a valid cursor");
		}
	}

}
