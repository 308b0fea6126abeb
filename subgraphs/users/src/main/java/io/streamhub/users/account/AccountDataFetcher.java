package io.streamhub.users.account;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.security.Viewer;
import io.streamhub.users.config.ClientAddress;
import io.streamhub.platform.ids.Ids;
import io.streamhub.users.generated.DgsConstants;
import io.streamhub.users.generated.types.RegisterInput;
import io.streamhub.users.generated.types.UpdateProfileInput;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Accounts in the graph: {@code me}, lookups, registration, profile, roles, and the
 * private {@code User.email}.
 */
@DgsComponent
class AccountDataFetcher {

	private final AccountService accounts;

	AccountDataFetcher(AccountService accounts) {
		this.accounts = accounts;
	}

	@DgsQuery
	@Nullable CompletableFuture<Account> me(DataFetchingEnvironment env) {
		return Viewer.current(env).map((viewer) -> UserDataLoader.load(env, viewer.id())).orElse(null);
	}

	@DgsQuery
	CompletableFuture<Account> user(@InputArgument String id, DataFetchingEnvironment env) {
		return UserDataLoader.load(env, Ids.parse(id, "id"));
	}

	@DgsQuery
	Mono<Account> userByUsername(@InputArgument String username) {
		return this.accounts.findByUsername(username.trim());
	}

	@DgsMutation
	Mono<Account> register(@InputArgument RegisterInput input, DataFetchingEnvironment env) {
		Registration registration = RegistrationValidator.validate(input.getEmail(), input.getUsername(),
				input.getPassword(), input.getDisplayName());
		return this.accounts.register(registration, ClientAddress.of(env));
	}

	@DgsMutation
	Mono<Account> updateProfile(@InputArgument UpdateProfileInput input, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		ProfileChange change = ProfileValidator.validate(input.getDisplayName(), input.getBio(), input.getAvatarUrl());
		return this.accounts.updateProfile(viewer.id(), change);
	}

	@DgsMutation
	Mono<Account> promoteUser(@InputArgument String userId, @InputArgument String role, DataFetchingEnvironment env) {
		Viewer.requireRole(env, Role.ADMIN);
		return this.accounts.promote(Ids.parse(userId, "userId"), role(role));
	}

	@DgsData(parentType = DgsConstants.USER.TYPE_NAME, field = DgsConstants.USER.Email)
	@Nullable String email(DataFetchingEnvironment env) {
		Account account = env.getSource();
		boolean allowed = Viewer.current(env)
			.map((viewer) -> viewer.id().equals(account.id()) || viewer.isAdmin())
			.orElse(false);
		return allowed ? account.email() : null;
	}

	private static Role role(String name) {
		try {
			return Role.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadUserInputException("role", "Unknown role");
		}
	}

}
