package io.streamhub.users.follow;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import io.streamhub.users.account.Account;
import io.streamhub.users.account.UserDataLoader;
import io.streamhub.platform.ids.Ids;
import io.streamhub.users.generated.DgsConstants;
import io.streamhub.users.paging.Connection;
import io.streamhub.users.paging.PageRequest;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * {@code follow}/{@code unfollow} and the follow fields of {@code User}, all batched.
 */
@DgsComponent
class FollowDataFetcher {

	private final FollowService follows;

	FollowDataFetcher(FollowService follows) {
		this.follows = follows;
	}

	@DgsMutation
	Mono<Account> follow(@InputArgument String userId, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		return this.follows.follow(viewer.id(), Ids.parse(userId, "userId"));
	}

	@DgsMutation
	Mono<Account> unfollow(@InputArgument String userId, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		return this.follows.unfollow(viewer.id(), Ids.parse(userId, "userId"));
	}

	@DgsData(parentType = DgsConstants.USER.TYPE_NAME, field = DgsConstants.USER.FollowerCount)
	CompletableFuture<Long> followerCount(DataFetchingEnvironment env) {
		return count(env, Direction.FOLLOWERS);
	}

	@DgsData(parentType = DgsConstants.USER.TYPE_NAME, field = DgsConstants.USER.FollowingCount)
	CompletableFuture<Long> followingCount(DataFetchingEnvironment env) {
		return count(env, Direction.FOLLOWING);
	}

	@DgsData(parentType = DgsConstants.USER.TYPE_NAME, field = DgsConstants.USER.ViewerIsFollowing)
	CompletableFuture<Boolean> viewerIsFollowing(DataFetchingEnvironment env) {
		Account user = env.getSource();
		Optional<AuthenticatedUser> viewer = Viewer.current(env);
		if (viewer.isEmpty() || viewer.get().id().equals(user.id())) {
			return CompletableFuture.completedFuture(false);
		}
		DataLoader<FollowCheck, Boolean> loader = env.getDataLoader(FollowStateDataLoader.NAME);
		return loader.load(new FollowCheck(viewer.get().id(), user.id()));
	}

	@DgsData(parentType = DgsConstants.USER.TYPE_NAME, field = DgsConstants.USER.Followers)
	CompletableFuture<Connection<FollowEdge>> followers(@InputArgument @Nullable Integer first,
			@InputArgument @Nullable String after, DataFetchingEnvironment env) {
		return page(env, Direction.FOLLOWERS, PageRequest.of(first, after));
	}

	@DgsData(parentType = DgsConstants.USER.TYPE_NAME, field = DgsConstants.USER.Following)
	CompletableFuture<Connection<FollowEdge>> following(@InputArgument @Nullable Integer first,
			@InputArgument @Nullable String after, DataFetchingEnvironment env) {
		return page(env, Direction.FOLLOWING, PageRequest.of(first, after));
	}

	@DgsData(parentType = DgsConstants.USEREDGE.TYPE_NAME, field = DgsConstants.USEREDGE.Node)
	CompletableFuture<Account> node(DataFetchingEnvironment env) {
		FollowEdge edge = env.getSource();
		return UserDataLoader.load(env, edge.userId());
	}

	private static CompletableFuture<Long> count(DataFetchingEnvironment env, Direction direction) {
		Account user = env.getSource();
		DataLoader<CountKey, Long> loader = env.getDataLoader(FollowCountDataLoader.NAME);
		return loader.load(new CountKey(direction, user.id()));
	}

	private static CompletableFuture<Connection<FollowEdge>> page(DataFetchingEnvironment env, Direction direction,
			PageRequest request) {
		Account user = env.getSource();
		DataLoader<PageKey, Connection<FollowEdge>> loader = env.getDataLoader(FollowPageDataLoader.NAME);
		return loader.load(new PageKey(direction, user.id(), request));
	}

}
