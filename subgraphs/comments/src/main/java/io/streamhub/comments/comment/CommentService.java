package io.streamhub.comments.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.comments.access.VideoAccess;
import io.streamhub.comments.access.VideoAccessService;
import io.streamhub.comments.config.CommentsProperties;
import io.streamhub.platform.paging.Connection;
import io.streamhub.platform.paging.PageRequest;
import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.platform.errors.ForbiddenException;
import io.streamhub.platform.errors.NotFoundException;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.OutboxWriter;
import io.streamhub.platform.events.Streams;
import io.streamhub.platform.ratelimit.RateLimit;
import io.streamhub.platform.ratelimit.RateLimiter;
import io.streamhub.platform.security.AuthenticatedUser;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Adding, editing and deleting comments. Every change commits with its event on
 * {@code events:comments}; a new comment also asks for a notification of the video's
 * creator (top-level) or of the parent's author (reply), never of the author themself.
 */
@Service
class CommentService {

	static final String STREAM = Streams.events("comments");

	/** A comment or reply was written (the realtime gateway's {@code commentAdded}). */
	static final String ADDED = "comment.added";

	static final String EDITED = "comment.edited";

	static final String DELETED = "comment.deleted";

	static final String REPLIED = "comment.replied";

	private final CommentRepository repository;

	private final LikeRepository likes;

	private final VideoAccessService videos;

	private final RateLimiter rateLimiter;

	private final OutboxWriter outbox;

	private final TransactionalOperator transactions;

	private final CommentsProperties properties;

	private final Clock clock;

	private final ToxicityScorer toxicity;

	CommentService(CommentRepository repository, LikeRepository likes, VideoAccessService videos,
			RateLimiter rateLimiter, OutboxWriter outbox, TransactionalOperator transactions,
			CommentsProperties properties, Clock clock) {
		this.repository = repository;
		this.likes = likes;
		this.videos = videos;
		this.rateLimiter = rateLimiter;
		this.outbox = outbox;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
		CommentsProperties.Moderation moderation = properties.getModeration();
		this.toxicity = new ToxicityScorer(moderation.getToxicWords(), moderation.getWordWeight());
	}

	Mono<Comment> add(AuthenticatedUser viewer, UUID videoId, String body, @Nullable UUID parentId) {
		RateLimit limit = new RateLimit("comment", this.properties.getPerUserPerMinute(), Duration.ofMinutes(1));
		Mono<Comment> add = this.videos.requireVisible(videoId, viewer)
			.flatMap((video) -> parent(parentId, videoId).map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap((parent) -> insert(viewer, video, body, parent.orElse(null))));
		return this.rateLimiter.acquire(limit, viewer.id().toString()).then(this.transactions.transactional(add));
	}

	Mono<Comment> edit(AuthenticatedUser viewer, UUID id, String body) {
		Mono<Comment> edit = visible(id, viewer).flatMap((comment) -> {
			if (!comment.authorId().equals(viewer.id())) {
				return Mono.error(new ForbiddenException("Only the author may edit a comment"));
			}
			return this.repository.updateBody(id, body, isToxic(body), this.clock.instant())
				.flatMap((edited) -> this.outbox.append(STREAM, event(EDITED, edited, viewer.id(), Map.of()))
					.thenReturn(edited));
		});
		return this.transactions.transactional(edit);
	}

	Mono<Boolean> delete(AuthenticatedUser viewer, UUID id) {
		Mono<Boolean> delete = visible(id, viewer).flatMap((comment) -> {
			if (!comment.authorId().equals(viewer.id()) && !viewer.isAdmin()) {
				return Mono.error(new ForbiddenException("Only the author or an admin may delete a comment"));
			}
			return this.repository.delete(comment, this.clock.instant())
				.flatMap((deleted) -> this.outbox.append(STREAM, event(DELETED, deleted, viewer.id(), Map.of())))
				.thenReturn(true);
		});
		return this.transactions.transactional(delete);
	}

	/** Idempotent: liking a comment already liked changes nothing. */
	Mono<Comment> like(AuthenticatedUser viewer, UUID id) {
		Mono<Comment> like = visible(id, viewer)
			.flatMap((comment) -> this.likes.like(id, viewer.id(), this.clock.instant()).thenReturn(comment));
		return this.transactions.transactional(like);
	}

	/** Idempotent: unliking a comment not liked changes nothing. */
	Mono<Comment> unlike(AuthenticatedUser viewer, UUID id) {
		Mono<Comment> unlike = visible(id, viewer)
			.flatMap((comment) -> this.likes.unlike(id, viewer.id()).thenReturn(comment));
		return this.transactions.transactional(unlike);
	}

	/**
	 * Idempotent per user; enough distinct reports since the last approval hide the
	 * comment pending review.
	 */
	Mono<Boolean> report(AuthenticatedUser viewer, UUID id, String reason) {
		Mono<Boolean> report = visible(id, viewer)
			.flatMap((comment) -> this.repository.report(id, viewer.id(), reason, this.clock.instant())
				.then(this.repository.hideIfReported(id, this.properties.getModeration().getReportsToHide()))
				.thenReturn(true));
		return this.transactions.transactional(report);
	}

	/**
	 * Hidden comments pending review, oldest first (admins only, checked by the caller).
	 */
	Mono<Connection<CommentEdge>> moderationQueue(PageRequest page) {
		return this.repository.hidden(page)
			.map(CommentEdge::new)
			.collectList()
			.map((rows) -> Connection.of(rows, page.first(), CommentEdge::position));
	}

	/**
	 * APPROVE makes a comment visible (reports made so far no longer count); REMOVE
	 * deletes it with its text (and, for a top-level comment, its thread).
	 */
	Mono<Comment> moderate(AuthenticatedUser admin, UUID id, String decision) {
		Instant now = this.clock.instant();
		Mono<Comment> moderate = this.repository.lock(id)
			.filter((comment) -> !Comment.DELETED.equals(comment.status()))
			.switchIfEmpty(Mono.error(() -> new NotFoundException("No such comment")))
			.flatMap(
					(comment) -> "APPROVE".equals(decision) ? this.repository.approve(id, now)
							: this.repository.softDelete(id, now)
								.then(this.repository.remove(id, now))
								.flatMap((removed) -> this.outbox
									.append(STREAM, event(DELETED, removed, admin.id(), Map.of()))
									.thenReturn(removed)));
		return this.transactions.transactional(moderate);
	}

	private boolean isToxic(String body) {
		return this.toxicity.score(body) > this.properties.getModeration().getToxicityThreshold();
	}

	private Mono<Comment> visible(UUID id, AuthenticatedUser viewer) {
		return this.repository.lock(id)
			.filter((comment) -> !Comment.DELETED.equals(comment.status()) && comment.shownTo(Optional.of(viewer)))
			.filterWhen((comment) -> this.videos.requireVisible(comment.videoId(), viewer)
				.thenReturn(true)
				.onErrorReturn(NotFoundException.class, false))
			.switchIfEmpty(Mono.error(() -> new NotFoundException("No such comment")));
	}

	private Mono<Comment> parent(@Nullable UUID parentId, UUID videoId) {
		if (parentId == null) {
			return Mono.empty();
		}
		return this.repository.lock(parentId)
			.filter((parent) -> parent.videoId().equals(videoId) && parent.parentId() == null
					&& !Comment.DELETED.equals(parent.status()))
			.switchIfEmpty(Mono
				.error(() -> new BadUserInputException("parentId", "Must be a top-level comment of the same video")));
	}

	private Mono<Comment> insert(AuthenticatedUser viewer, VideoAccess video, String body, @Nullable Comment parent) {
		Comment comment = new Comment(UUID.randomUUID(), video.videoId(), (parent != null) ? parent.id() : null,
				viewer.id(), body, this.clock.instant().truncatedTo(ChronoUnit.MICROS), null,
				isToxic(body) ? Comment.HIDDEN : Comment.VISIBLE, 0);
		UUID recipient = (parent != null) ? parent.authorId() : video.ownerId();
		String kind = (parent != null) ? REPLIED : ADDED;
		Mono<Void> notify = recipient.equals(viewer.id()) ? Mono.empty()
				: this.outbox.append(STREAM, notification(comment, recipient, kind));
		return this.repository.insert(comment)
			.then(this.outbox.append(STREAM, event(ADDED, comment, viewer.id(), Map.of())))
			.then(notify)
			.thenReturn(comment);
	}

	private static EventEnvelope event(String type, Comment comment, UUID actor, Map<String, Object> extra) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("commentId", comment.id().toString());
		data.put("videoId", comment.videoId().toString());
		data.put("parentId", (comment.parentId() != null) ? comment.parentId().toString() : null);
		data.put("authorId", comment.authorId().toString());
		data.put("body", comment.body());
		data.putAll(extra);
		return EventEnvelope.of(type, new EventEnvelope.Subject("Comment", comment.id()), actor, data);
	}

	private static EventEnvelope notification(Comment comment, UUID recipient, String kind) {
		Map<String, Object> data = Map.of("recipients", List.of(recipient.toString()), "kind", kind, "subject",
				Map.of("type", "Comment", "id", comment.id().toString()), "videoId", comment.videoId().toString());
		return EventEnvelope.of("notification.requested", new EventEnvelope.Subject("Comment", comment.id()),
				comment.authorId(), data);
	}

}
