package io.streamhub.comments.comment;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.comments.access.Video;
import io.streamhub.platform.ids.Ids;
import io.streamhub.comments.generated.DgsConstants;
import io.streamhub.platform.paging.Connection;
import io.streamhub.platform.paging.PageRequest;
import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.security.Viewer;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Comments in the graph: lookup, changes, and the batched fields of {@code Comment} and
 * {@code Video}.
 */
@DgsComponent
class CommentDataFetcher {

	private final CommentService comments;

	CommentDataFetcher(CommentService comments) {
		this.comments = comments;
	}

	@DgsQuery
	CompletableFuture<Comment> comment(@InputArgument String id, DataFetchingEnvironment env) {
		return CommentDataLoader.loadVisible(env, Ids.parse(id, "id"));
	}

	@DgsMutation
	Mono<Comment> addComment(@InputArgument String videoId, @InputArgument String body,
			@InputArgument @Nullable String parentId, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		UUID video = Ids.parse(videoId, "videoId");
		UUID parent = (parentId != null) ? Ids.parse(parentId, "parentId") : null;
		return this.comments.add(viewer, video, CommentText.validate(body), parent);
	}

	@DgsMutation
	Mono<Comment> editComment(@InputArgument String id, @InputArgument String body, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		return this.comments.edit(viewer, Ids.parse(id, "id"), CommentText.validate(body));
	}

	@DgsMutation
	Mono<Boolean> deleteComment(@InputArgument String id, DataFetchingEnvironment env) {
		return this.comments.delete(Viewer.require(env), Ids.parse(id, "id"));
	}

	@DgsMutation
	Mono<Boolean> reportComment(@InputArgument String id, @InputArgument String reason, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		return this.comments.report(viewer, Ids.parse(id, "id"), reportReason(reason));
	}

	@DgsQuery
	Mono<Connection<CommentEdge>> moderationQueue(@InputArgument @Nullable Integer first,
			@InputArgument @Nullable String after, DataFetchingEnvironment env) {
		Viewer.requireRole(env, Role.ADMIN);
		return this.comments.moderationQueue(page(first, after));
	}

	@DgsMutation
	Mono<Comment> moderateComment(@InputArgument String id, @InputArgument String decision,
			DataFetchingEnvironment env) {
		AuthenticatedUser admin = Viewer.requireRole(env, Role.ADMIN);
		return this.comments.moderate(admin, Ids.parse(id, "id"), decision);
	}

	@DgsMutation
	Mono<Comment> likeComment(@InputArgument String id, DataFetchingEnvironment env) {
		return this.comments.like(Viewer.require(env), Ids.parse(id, "id"));
	}

	@DgsMutation
	Mono<Comment> unlikeComment(@InputArgument String id, DataFetchingEnvironment env) {
		return this.comments.unlike(Viewer.require(env), Ids.parse(id, "id"));
	}

	@DgsData(parentType = DgsConstants.COMMENT.TYPE_NAME, field = DgsConstants.COMMENT.LikeCount)
	CompletableFuture<Long> likeCount(DataFetchingEnvironment env) {
		Comment comment = env.getSource();
		DataLoader<UUID, Long> loader = env.getDataLoader(LikeCountDataLoader.NAME);
		return loader.load(comment.id());
	}

	@DgsData(parentType = DgsConstants.COMMENT.TYPE_NAME, field = DgsConstants.COMMENT.ViewerHasLiked)
	CompletableFuture<Boolean> viewerHasLiked(DataFetchingEnvironment env) {
		Comment comment = env.getSource();
		DataLoader<UUID, Boolean> loader = env.getDataLoader(LikeStateDataLoader.NAME);
		return loader.load(comment.id());
	}

	@DgsData(parentType = DgsConstants.COMMENT.TYPE_NAME, field = DgsConstants.COMMENT.Author)
	User author(DataFetchingEnvironment env) {
		Comment comment = env.getSource();
		return new User(comment.authorId());
	}

	@DgsData(parentType = DgsConstants.COMMENT.TYPE_NAME, field = DgsConstants.COMMENT.Video)
	Video video(DataFetchingEnvironment env) {
		Comment comment = env.getSource();
		return new Video(comment.videoId());
	}

	@DgsData(parentType = DgsConstants.COMMENT.TYPE_NAME, field = DgsConstants.COMMENT.Parent)
	@Nullable CompletableFuture<Comment> parent(DataFetchingEnvironment env) {
		Comment comment = env.getSource();
		if (comment.parentId() == null) {
			return null;
		}
		return CommentDataLoader.loadVisible(env, comment.parentId());
	}

	@DgsData(parentType = DgsConstants.COMMENT.TYPE_NAME, field = DgsConstants.COMMENT.Replies)
	CompletableFuture<Connection<CommentEdge>> replies(@InputArgument @Nullable Integer first,
			@InputArgument @Nullable String after, DataFetchingEnvironment env) {
		Comment comment = env.getSource();
		DataLoader<PageKey, Connection<CommentEdge>> loader = env.getDataLoader(ReplyPagesDataLoader.NAME);
		return loader.load(new PageKey(comment.id(), page(first, after)));
	}

	@DgsData(parentType = DgsConstants.COMMENT.TYPE_NAME, field = DgsConstants.COMMENT.ReplyCount)
	CompletableFuture<Long> replyCount(DataFetchingEnvironment env) {
		Comment comment = env.getSource();
		DataLoader<UUID, Long> loader = env.getDataLoader(ReplyCountDataLoader.NAME);
		return loader.load(comment.id());
	}

	@DgsData(parentType = DgsConstants.VIDEO.TYPE_NAME, field = DgsConstants.VIDEO.Comments)
	CompletableFuture<Connection<CommentEdge>> videoComments(@InputArgument @Nullable Integer first,
			@InputArgument @Nullable String after, @InputArgument @Nullable String orderBy,
			DataFetchingEnvironment env) {
		Video video = env.getSource();
		CommentOrder order = CommentOrder.of(orderBy);
		DataLoader<PageKey, Connection<CommentEdge>> loader = env.getDataLoader(VideoPagesDataLoader.NAME);
		return loader.load(new PageKey(video.id(), page(first, after, order), order));
	}

	@DgsData(parentType = DgsConstants.VIDEO.TYPE_NAME, field = DgsConstants.VIDEO.CommentCount)
	CompletableFuture<Long> commentCount(DataFetchingEnvironment env) {
		Video video = env.getSource();
		DataLoader<UUID, Long> loader = env.getDataLoader(CommentCountDataLoader.NAME);
		return loader.load(video.id());
	}

	private static String reportReason(String reason) {
		String trimmed = reason.strip();
		if (trimmed.isEmpty() || trimmed.length() > 500) {
			throw new BadUserInputException("reason", "Must be 1-500 characters");
		}
		return trimmed;
	}

	private static PageRequest page(@Nullable Integer first, @Nullable String after) {
		return page(first, after, CommentOrder.NEWEST);
	}

	private static PageRequest page(@Nullable Integer first, @Nullable String after, CommentOrder order) {
		PageRequest page = PageRequest.of(first, after, order.cursorKind());
		if (page.after() != null) {
			order.validate(page.after());
		}
		return page;
	}

}
