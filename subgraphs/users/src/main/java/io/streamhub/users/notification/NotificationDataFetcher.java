package io.streamhub.users.notification;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.platform.errors.ForbiddenException;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import io.streamhub.users.account.Account;
import io.streamhub.users.account.UserDataLoader;
import io.streamhub.platform.ids.Ids;
import io.streamhub.users.generated.DgsConstants;
import io.streamhub.users.paging.Connection;
import io.streamhub.users.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * {@code User.notifications} (the user themself only), {@code markNotificationsRead}, and
 * the references of a {@code Notification}.
 */
@DgsComponent
class NotificationDataFetcher {

	private final NotificationService notifications;

	NotificationDataFetcher(NotificationService notifications) {
		this.notifications = notifications;
	}

	@DgsData(parentType = DgsConstants.USER.TYPE_NAME, field = DgsConstants.USER.Notifications)
	Mono<Connection<NotificationEdge>> notifications(@InputArgument @Nullable Integer first,
			@InputArgument @Nullable String after, @InputArgument @Nullable Boolean unreadOnly,
			DataFetchingEnvironment env) {
		Account user = env.getSource();
		AuthenticatedUser viewer = Viewer.require(env);
		if (!viewer.id().equals(user.id())) {
			throw new ForbiddenException("Only the user themself can read their notifications");
		}
		return this.notifications.page(user.id(), Boolean.TRUE.equals(unreadOnly), PageRequest.of(first, after));
	}

	@DgsData(parentType = DgsConstants.USER.TYPE_NAME, field = DgsConstants.USER.UnreadNotificationCount)
	@Nullable Mono<Long> unreadNotificationCount(DataFetchingEnvironment env) {
		Account user = env.getSource();
		boolean self = Viewer.current(env).map((viewer) -> viewer.id().equals(user.id())).orElse(false);
		return self ? this.notifications.unreadCount(user.id()) : null;
	}

	@DgsMutation
	Mono<List<Notification>> markNotificationsRead(@InputArgument List<String> ids, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		if (ids.size() > NotificationService.MAX_MARK) {
			throw new BadUserInputException("ids", "At most " + NotificationService.MAX_MARK + " ids");
		}
		List<UUID> parsed = ids.stream().map((id) -> Ids.parse(id, "ids")).toList();
		return this.notifications.markRead(viewer.id(), parsed);
	}

	@DgsData(parentType = DgsConstants.NOTIFICATION.TYPE_NAME, field = DgsConstants.NOTIFICATION.Actor)
	CompletableFuture<@Nullable Account> actor(DataFetchingEnvironment env) {
		Notification notification = env.getSource();
		UUID actor = notification.actorId();
		return (actor != null) ? UserDataLoader.load(env, actor) : CompletableFuture.completedFuture(null);
	}

	@DgsData(parentType = DgsConstants.NOTIFICATION.TYPE_NAME, field = DgsConstants.NOTIFICATION.SubjectUser)
	CompletableFuture<@Nullable Account> subjectUser(DataFetchingEnvironment env) {
		Notification notification = env.getSource();
		boolean user = DgsConstants.USER.TYPE_NAME.equals(notification.subjectType());
		return user ? UserDataLoader.load(env, notification.subjectId()) : CompletableFuture.completedFuture(null);
	}

	@DgsData(parentType = DgsConstants.NOTIFICATION.TYPE_NAME, field = DgsConstants.NOTIFICATION.SubjectVideo)
	@Nullable VideoReference subjectVideo(DataFetchingEnvironment env) {
		Notification notification = env.getSource();
		boolean video = DgsConstants.VIDEO.TYPE_NAME.equals(notification.subjectType());
		return video ? new VideoReference(notification.subjectId()) : null;
	}

}
