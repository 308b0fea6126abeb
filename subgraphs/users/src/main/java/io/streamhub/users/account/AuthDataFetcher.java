package io.streamhub.users.account;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.users.config.ClientAddress;
import reactor.core.publisher.Mono;

/**
 * {@code login}, {@code refreshToken} and {@code logout}.
 */
@DgsComponent
class AuthDataFetcher {

	private static final int MAX_INPUT = 512;

	private final AuthService auth;

	AuthDataFetcher(AuthService auth) {
		this.auth = auth;
	}

	@DgsMutation
	Mono<AuthPayload> login(@InputArgument String emailOrUsername, @InputArgument String password,
			DataFetchingEnvironment env) {
		require("emailOrUsername", emailOrUsername);
		require("password", password);
		return this.auth.login(emailOrUsername, password, ClientAddress.of(env));
	}

	@DgsMutation
	Mono<AuthPayload> refreshToken(@InputArgument String token) {
		require("token", token);
		return this.auth.refresh(token);
	}

	@DgsMutation
	Mono<Boolean> logout(@InputArgument String refreshToken) {
		require("refreshToken", refreshToken);
		return this.auth.logout(refreshToken).thenReturn(true);
	}

	private static void require(String field, String value) {
		if (value.isBlank() || value.length() > MAX_INPUT) {
			throw new BadUserInputException(field, "Must be 1 to " + MAX_INPUT + " characters");
		}
	}

}
